import { afterEach, describe, expect, it } from 'vitest';
import { summarySentences } from '../src/articles/summary.js';
import { arrivalTime } from '../src/digest/digest-arrivals.js';
import { buildDigest, type DigestInput } from '../src/digest/digest-content.js';
import type { StoryLookup } from '../src/stories/story-lookup.js';
import { articleIsItsOwnStory } from '../src/stories/story-lookup.js';
import { digestWorld, fixtureItems, type DigestWorld } from './digest-harness.js';

/** What a digest says, built from fixture articles run through the real ingestion and analysis. */
const worlds: DigestWorld[] = [];
afterEach(async () => {
  for (const w of worlds.splice(0)) await w.close();
});

async function articlesOf(date = '2026-03-27') {
  const w = digestWorld({ start: `${date}T18:00:00Z` });
  worlds.push(w);
  await w.ingest(fixtureItems(), date);
  return { w, articles: w.archive.all() };
}

const base = (articles: DigestInput['articles'], extra: Partial<DigestInput> = {}): DigestInput => ({
  articles,
  stories: articleIsItsOwnStory,
  localDate: '2026-03-28',
  zone: 'Europe/Berlin',
  since: new Date('2026-03-27T07:00:00Z'),
  sinceLastDigest: true,
  quiet: false,
  footer: 'Digest for 2026-03-28 · schedule 1',
  ...extra,
});

describe('digest content', () => {
  it('gives each story its headline, one sentence quoted verbatim from the stored ranking, its sources and ids', async () => {
    const { articles } = await articlesOf();
    const reply = buildDigest(base(articles))!;
    expect(reply.title).toBe('News digest · Saturday 28 March 2026');
    expect(reply.text).toBe('4 new articles in 4 stories since the last digest (Fri 27 Mar, 08:00 CET).');
    expect(reply.footer).toBe('Digest for 2026-03-28 · schedule 1');
    const bank = articles.find((a) => a.title.startsWith('Central bank holds rates'))!;
    const field = reply.fields!.find((f) => f.name === bank.title)!;
    const sentence = summarySentences(bank, 1)[0]!.text;
    expect(field.value).toContain(`> “${sentence}”`);
    expect(field.value).toContain(`1 source (Market Wire): \`${bank.id}\``);
  });

  it('folds the articles of one story, counting every source, and ranks the most-reported story first', async () => {
    const { articles } = await articlesOf();
    const strike = articles.filter((a) => /strike/i.test(a.title));
    expect(strike).toHaveLength(2);
    const stories: StoryLookup = { storyIdOf: (id) => (strike.some((a) => a.id === id) ? 'port-strike' : id) };
    const reply = buildDigest(base(articles, { stories }))!;
    expect(reply.text).toBe('4 new articles in 3 stories since the last digest (Fri 27 Mar, 08:00 CET).');
    const top = reply.fields![0]!;
    expect(strike.map((a) => a.title)).toContain(top.name);
    expect(top.value).toMatch(/2 sources \((Northern Ledger, Channel Post|Channel Post, Northern Ledger)\)/);
    for (const article of strike) expect(top.value).toContain(`\`${article.id}\``);
  });

  it('names every leader the analysis marked in the period, one line each', async () => {
    const { articles } = await articlesOf();
    const marked = new Set(articles.flatMap((a) => a.analysis.entities.filter((e) => e.leader).map((e) => e.name)));
    const field = buildDigest(base(articles))!.fields!.find((f) => f.name === 'Leaders in the news');
    const lines = field ? field.value.split('\n') : [];
    expect(lines).toHaveLength(Math.min(marked.size, 5));
    for (const name of marked) expect(lines.some((l) => l.startsWith(`**${name}**`))).toBe(true);
  });

  it('writes a leader line as name, role, and the headline of their top story (or how many stories)', async () => {
    const { articles } = await articlesOf();
    // The role marks as the analysis gives them, set here so the line format is tested on its own.
    const leader = (key: string, name: string, title: string) => ({
      key, type: 'person' as const, name, aliases: [], leader: true,
      mentions: [{ start: 0, end: name.length, text: name, sentence: 0 }],
      roles: [{ title, former: false, sentence: 0 }],
    });
    const strike = articles.filter((a) => /strike/i.test(a.title));
    const marked = articles.map((a) => ({
      ...a,
      analysis: {
        ...a.analysis,
        entities: [
          ...a.analysis.entities.filter((e) => !e.leader),
          ...(strike.includes(a) ? [leader('person:dick-schoof', 'Dick Schoof', 'Dutch Prime Minister')] : []),
          ...(a === strike[1] ? [leader('person:bart-de-wever', 'Bart De Wever', 'Belgian Prime Minister')] : []),
        ],
      },
    }));
    const lines = buildDigest(base(marked))!.fields!.find((f) => f.name === 'Leaders in the news')!.value.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\*\*Dick Schoof\*\*, Dutch Prime Minister: 2 stories, top “(Harbour|Port) strike/);
    expect(lines[1]).toBe(`**Bart De Wever**, Belgian Prime Minister: “${strike[1]!.title}”`);
  });

  it('says so in one line on a day with nothing new, or says nothing when the schedule is quiet', () => {
    expect(buildDigest(base([]))).toEqual({
      title: 'News digest · Saturday 28 March 2026',
      text: 'Nothing new since the last digest (Fri 27 Mar, 08:00 CET).',
      footer: 'Digest for 2026-03-28 · schedule 1',
    });
    expect(buildDigest(base([], { sinceLastDigest: false }))!.text).toBe('Nothing new in the last 24 hours.');
    expect(buildDigest(base([], { quiet: true }))).toBeUndefined();
  });

  it('escapes a headline’s markup in its field name, so a stray * cannot restyle the digest', async () => {
    const { articles } = await articlesOf();
    const starred = articles.map((a, i) => (i === 0 ? { ...a, title: `${a.title} *live*` } : a));
    const names = buildDigest(base(starred))!.fields!.map((f) => f.name);
    expect(names).toContain(`${articles[0]!.title} \\*live\\*`);
  });

  it('adds the chart where one is supplied', async () => {
    const { articles } = await articlesOf();
    const image = { name: 'mentions.png', data: new Uint8Array([137, 80, 78, 71]), description: 'Mentions per hour' };
    let given = 0;
    const reply = buildDigest(base(articles, { chart: (list) => ((given = list.length), image) }))!;
    expect(reply.image).toBe(image);
    expect(given).toBe(4);
  });

  it('counts an article as news from when the bot first saw it, but never a backlog article dated days before', () => {
    const now = new Date('2026-03-28T09:00:00Z');
    expect(arrivalTime({ date: '2026-03-28' }, now)).toBe('2026-03-28T09:00:00.000Z');
    expect(arrivalTime({ date: '2026-03-26' }, now)).toBe('2026-03-28T09:00:00.000Z');
    expect(arrivalTime({ date: '2026-03-20' }, now)).toBe('2026-03-23T00:00:00.000Z');
  });

  it('leaves articles that arrived before the period out, and old seed-like articles out of a first digest', async () => {
    const w = digestWorld({ start: '2026-03-28T06:00:00Z' });
    worlds.push(w);
    await w.ingest(fixtureItems().slice(0, 1), '2026-03-01'); // a backlog item: news on 1 March, not today
    w.clock.set('2026-03-28T06:30:00Z');
    await w.ingest(fixtureItems().slice(3, 4), '2026-03-28');
    const preview = w.desk.preview('440000000000000101', 'Europe/Berlin');
    expect(preview.ephemeral).toBe(true);
    expect(preview.text).toBe('1 new article in 1 story in the last 24 hours.');
    expect(preview.fields![0]!.name).toBe('Flood barriers raised as river nears record level');
    expect(preview.footer).toBe('Preview: not posted · no digest is set for this channel');
  });
});
