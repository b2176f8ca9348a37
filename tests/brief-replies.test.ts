import { describe, expect, it } from 'vitest';
import { Archive } from '../src/articles/archive.js';
import { articleBriefingFields } from '../src/briefing/article-extras.js';
import { createBriefings } from '../src/briefing/briefings.js';
import { briefChoices } from '../src/briefing/brief-choices.js';
import { resolveTarget } from '../src/briefing/brief-target.js';
import { latestBriefing } from '../src/briefing/latest-briefing.js';
import { personBriefing } from '../src/briefing/person-briefing.js';
import { placeBriefing } from '../src/briefing/place-briefing.js';
import { storyBriefing } from '../src/briefing/story-briefing.js';
import type { Reply } from '../src/replies/reply.js';
import { fixtureArchive, fixtureArticle, limitProblems, quotesOf, unquotedLines } from './brief-fixtures.js';

const { archive, briefings: b } = fixtureArchive();
const field = (reply: Reply, start: string) => reply.fields?.find((f) => f.name.startsWith(start));
const floodStory = () => b.stories.storyIdOf(fixtureArticle('01-flood-alpine-wire.json').id)!;

describe('a person’s briefing', () => {
  const reply = personBriefing(b, 'person:markus-feldner');

  it('quotes only whole sentences, each verbatim from the article whose id follows it', () => {
    expect(quotesOf(reply).length).toBeGreaterThan(3);
    expect(unquotedLines(reply, archive)).toEqual([]);
  });

  it('gives the role with its dates, the latest articles quoted newest first, people and places beside, and sources', () => {
    expect(reply.title).toBe('Briefing: Markus Feldner');
    expect(reply.text).toMatch(/^Leader · named in 9 articles \(2023-11-08 to 2024-06-03\)/);
    expect(field(reply, 'Role')!.value).toMatch(/^Austrian Chancellor — 2023-11-08 to 2024-06-03 · 9 articles/);
    const latest = quotesOf({ fields: [field(reply, 'Latest')!] });
    expect(latest[0]!.id).toBe(fixtureArticle('10-hofer-flood-costs.json').id);
    expect(field(reply, 'Most often beside: people')!.value.split('\n')[0]).toMatch(/^Claire Duvall · 2 articles/);
    expect(field(reply, 'Most often beside: places')!.value).toMatch(/Krems/);
    expect(field(reply, 'Sources (9)')).toBeDefined();
  });

  it('shows the timeline oldest first and fits Discord: one embed, fields within limits, a mentions chart', () => {
    const timeline = reply.fields!.filter((f) => f.name.startsWith('Timeline'));
    const dates = timeline.flatMap((f) => [...f.value.matchAll(/^\*\*([^*]+)\*\*/gm)].map((m) => m[1]!));
    expect(dates.length).toBeGreaterThan(2);
    expect(limitProblems(reply)).toEqual([]);
    expect(reply.image!.name).toBe('person-markus-feldner-mentions.png');
    expect([...reply.image!.data.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    expect(reply.image!.description).toMatch(/^Mentions of Markus Feldner, per month/);
  });

  it('shows a changed role: foreign minister in 2023, finance minister from May 2024 (one line for its two forms)', () => {
    const hofer = personBriefing(b, 'person:lena-hofer');
    const roles = field(hofer, 'Roles')!.value.split('\n');
    expect(roles[0]).toMatch(/^Austrian Foreign Minister — 2023-11-08 `2023-11-08-/);
    expect(roles.at(-1)).toMatch(/^Austrian Finance Minister — 2024-05-23 to 2024-06-03 · 2 articles, first `2024-05-23-/);
    expect(hofer.text).toMatch(/^Person ·/);
    expect(unquotedLines(hofer, archive)).toEqual([]);
  });

  it('keeps to the news since a date when asked', () => {
    const since = personBriefing(b, 'person:markus-feldner', '2024-05-20');
    expect(since.text).toMatch(/named in 4 articles \(2024-05-21 to 2024-06-03\) .* since 2024-05-20/);
    expect(personBriefing(b, 'person:dmytro-kovalenko', '2024-01-01').tone).toBe('notice');
  });
});

describe('a story’s briefing', () => {
  const reply = storyBriefing(b, floodStory());

  it('says what happened (quoted), when, who, where, its developments in order and its sources', () => {
    expect(reply.title).toMatch(/^Story: /);
    expect(reply.text).toMatch(/^When: 2024-05-14 to 2024-05-16\nWho: Markus Feldner/);
    expect(reply.text).toMatch(/Where: .*Krems/);
    expect(reply.text).toMatch(/3 sources, 4 articles \(1 copy\)/);
    expect(field(reply, 'What happened')).toBeDefined();
    const developments = field(reply, 'Developments')!.value;
    const dates = [...developments.matchAll(/^\*\*(\d{4}-\d{2}-\d{2})\*\*/gm)].map((m) => m[1]!);
    expect(dates).toEqual([...dates].sort());
    expect(field(reply, 'Sources (4)')!.value).toMatch(/ · copy/);
    expect(unquotedLines(reply, archive)).toEqual([]);
    expect(limitProblems(reply)).toEqual([]);
    expect(reply.image!.description).toMatch(/^Articles of this story, per day/);
  });
});

describe('a place’s briefing', () => {
  it('lists the stories involving Krems and who is named beside it most', () => {
    const reply = placeBriefing(b, 'place:krems');
    expect(reply.text).toMatch(/^Place · named in 5 articles/);
    expect(field(reply, 'Stories')!.value).toContain(floodStory());
    expect(field(reply, 'Most often beside: people')!.value.split('\n')[0]).toMatch(/^Markus Feldner/);
    expect(unquotedLines(reply, archive)).toEqual([]);
    expect(limitProblems(reply)).toEqual([]);
  });
});

describe('the latest news', () => {
  it('ranks the week’s stories and quotes each from its best article, with who, where, sources and ids', () => {
    const reply = latestBriefing(b);
    expect(reply.title).toBe('Briefing: the latest news');
    expect(reply.text).toMatch(/of 2024-05-28 to 2024-06-03/);
    expect(reply.fields).toHaveLength(1);
    const since = latestBriefing(b, '2024-05-14');
    const names = since.fields!.map((f) => f.name);
    expect(names.some((n) => /Danube|Krems|flood/i.test(n))).toBe(true);
    expect(names.some((n) => /Duvall|Brussels|steel/i.test(n))).toBe(true);
    const flood = since.fields!.find((f) => f.value.includes(floodStory()))!;
    expect(flood.value).toMatch(/3 sources, 4 articles \(1 copy\)/);
    expect(flood.value).toMatch(/Who: Markus Feldner/);
    expect(unquotedLines(since, archive)).toEqual([]);
    expect(limitProblems(since)).toEqual([]);
  });
});

describe('the stories of a place', () => {
  it('lists stories about the place, not one that names it once in passing ("flood repairs" names the Danube once)', () => {
    const stories = field(placeBriefing(b, 'place:danube'), 'Stories')!.value;
    expect(stories).toContain('Austrian chancellor tours flooded Danube towns');
    expect(stories).not.toContain(b.stories.storyIdOf(fixtureArticle('10-hofer-flood-costs.json').id)!);
  });
});

describe('finding what /brief about: names', () => {
  it('finds people by any spelling, stories by id, headline or an article’s id, and offers near names for the unknown', () => {
    expect(resolveTarget(b, 'feldner')).toEqual({ kind: 'entity', key: 'person:markus-feldner' });
    expect(resolveTarget(b, 'Markus  FELDNER')).toEqual({ kind: 'entity', key: 'person:markus-feldner' });
    expect(resolveTarget(b, floodStory())).toEqual({ kind: 'story', id: floodStory() });
    expect(resolveTarget(b, fixtureArticle('04-flood-aid-package.json').id)).toEqual({ kind: 'story', id: floodStory() });
    expect(resolveTarget(b, 'Rotterdam crane operators strike, stranding container ships')).toMatchObject({ kind: 'story' });
    const unknown = resolveTarget(b, 'Markus Feldmann');
    expect(unknown).toMatchObject({ kind: 'unknown' });
    expect((unknown as { nearest: string[] }).nearest[0]).toBe('Markus Feldner');
  });

  it('finds a person named with a title the directory does not hold as a form ("Chancellor Markus Feldner")', () => {
    expect(resolveTarget(b, 'Chancellor Markus Feldner')).toEqual({ kind: 'entity', key: 'person:markus-feldner' });
    expect(resolveTarget(b, 'Lord Markus Feldner')).toEqual({ kind: 'entity', key: 'person:markus-feldner' });
  });

  it('offers the near name for two swapped letters in a short surname', () => {
    const swapped = resolveTarget(b, 'Hfoer');
    expect(swapped).toMatchObject({ kind: 'unknown' });
    expect((swapped as { nearest: string[] }).nearest).toContain('Lena Hofer');
  });

  it('autocompletes leaders first, then people, places and stories, within Discord’s limits', () => {
    const choices = briefChoices(b, 'fe');
    expect(choices[0]).toEqual({ name: 'Markus Feldner · leader · 9 articles', value: 'person:markus-feldner' });
    const empty = briefChoices(b, '');
    expect(empty.length).toBeLessThanOrEqual(25);
    expect(empty.some((c) => c.name.startsWith('Story: '))).toBe(true);
    for (const c of [...choices, ...empty]) expect(c.name.length <= 100 && c.value.length <= 100).toBe(true);
    expect(briefChoices(b, 'krem').map((c) => c.value)).toContain('place:krems');
  });
});

describe('the /article card additions', () => {
  it('shows the article’s leaders with roles and its story’s other sources', () => {
    const fields = articleBriefingFields(b, fixtureArticle('02-flood-central-europe-daily.json'));
    expect(fields.find((f) => f.name === 'Leaders')!.value).toBe('Markus Feldner (Chancellor)');
    const others = fields.find((f) => f.name.startsWith('Also in this story'))!;
    expect(others.name).toBe('Also in this story (3)');
    expect(others.value).toContain(fixtureArticle('04-flood-aid-package.json').id);
    expect(others.value).toContain(`/brief about:${floodStory()}`);
  });

  it('names among its leaders a leader the archive knows whom the article is about, though it gives no title here', () => {
    const base = fixtureArticle('04-flood-aid-package.json');
    const untitled = base.analysis.entities.map((e) => (e.key === 'person:markus-feldner' ? { ...e, leader: false, roles: [] } : e));
    expect(untitled.find((e) => e.key === 'person:markus-feldner')!.mentions.length).toBeGreaterThanOrEqual(2);
    const article = { ...base, analysis: { ...base.analysis, entities: untitled } };
    expect(articleBriefingFields(b, article).find((f) => f.name === 'Leaders')!.value).toBe('Markus Feldner');
    const unknown = { ...article, analysis: { ...article.analysis, entities: untitled.map((e) => ({ ...e, key: `${e.key}-x` })) } };
    expect(articleBriefingFields(createBriefings(new Archive([unknown])), unknown).find((f) => f.name === 'Leaders')).toBeUndefined();
  });
});
