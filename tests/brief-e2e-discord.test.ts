import { ManualClock } from '../src/clock.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerOf, buttonsOf, EPHEMERAL, type ApiEmbed } from './fake-discord/answers.js';
import { startBot, type BotUnderTest } from './fake-discord/bot-harness.js';
import { startFakeDiscord, type FakeDiscord } from './fake-discord/fake-discord.js';
import { opt } from './fake-discord/interactions.js';
import { FIXTURE_DIR } from './brief-fixtures.js';

/** The embed's text as one string, for reading what a member sees. */
const textOf = (embed: ApiEmbed) => [embed.title, embed.description, ...(embed.fields ?? []).flatMap((f) => [f.name, f.value]), embed.footer?.text].join('\n');
const fieldOf = (embed: ApiEmbed, start: string) => embed.fields?.find((f) => f.name.startsWith(start))?.value ?? '';
const refused = (fake: FakeDiscord) => fake.requests.filter((r) => r.status >= 400 && r.status !== 429).map((r) => `${r.method} ${r.path} ${r.status}`);

describe('/brief on a fake Discord, with the project seed', () => {
  let fake: FakeDiscord;
  let bot: BotUnderTest;

  beforeAll(async () => {
    fake = await startFakeDiscord();
    bot = await startBot(fake, { seedsDir: 'seeds' });
  });
  afterAll(async () => {
    await bot?.dispose();
    await fake?.close();
  });

  it('briefs on Kim Jong Un: his role, the 2019 meetings, Khasan, the summit, the planned factory visit, Putin beside him, and a chart', async () => {
    const asked = fake.slashCommand('brief', [opt.string('about', 'Kim Jong Un')]);
    const answer = await answerOf(fake, asked);
    const embed = answer.message.embeds![0]!;
    expect(embed.title).toBe('Briefing: Kim Jong Un');
    expect(fieldOf(embed, 'Role')).toMatch(/^North Korean leader — 2023-09-13 `2023-09-13-/);
    const timeline = embed.fields!.filter((f) => f.name.startsWith('Timeline')).map((f) => f.value).join('\n');
    const order = ['**April 2019**', '**June 2019**', '**2023-09-12**', '**2023-09-13**'].map((d) => timeline.indexOf(d));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(timeline).toMatch(/\*\*April 2019\*\*.*Vladivostok/);
    expect(timeline).toMatch(/\*\*June 2019\*\*.*Donald Trump.*Panmunjeom/);
    expect(timeline).toMatch(/\*\*2023-09-12\*\*.*Khasan station/);
    expect(timeline).toMatch(/\*\*2023-09-13\*\*.*Vladimir Putin.*Vostochny Cosmodrome/);
    // A plan is not a past line: it has a section of its own.
    expect(timeline).not.toMatch(/\*\* · visit a factory/);
    expect(fieldOf(embed, 'Planned, as last reported')).toMatch(/visit a factory.*\*planned\*/);
    expect(fieldOf(embed, 'Most often beside: people').split('\n')[0]).toMatch(/^Vladimir Putin · /);
    expect(embed.image!.url).toBe('attachment://person-kim-jong-un-mentions.png');
    const sent = answer.requests.at(-1)!;
    expect(sent.files.map((f) => [f.name, f.contentType])).toEqual([['person-kim-jong-un-mentions.png', 'image/png']]);
    expect(refused(fake)).toEqual([]);
  });

  it('briefs on Vladimir Putin likewise: Russian President, the Vladivostok meeting and the summit, Kim beside him', async () => {
    const answer = await answerOf(fake, fake.slashCommand('brief', [opt.string('about', 'putin')]));
    const embed = answer.message.embeds![0]!;
    expect(embed.title).toBe('Briefing: Vladimir Putin');
    expect(fieldOf(embed, 'Role')).toMatch(/^Russian President — 2023-09-13/);
    const timeline = embed.fields!.filter((f) => f.name.startsWith('Timeline')).map((f) => f.value).join('\n');
    expect(timeline).toMatch(/\*\*April 2019\*\*.*Vladivostok[\s\S]*\*\*2023-09-13\*\*.*Vostochny Cosmodrome/);
    expect(fieldOf(embed, 'Most often beside: people').split('\n')[0]).toMatch(/^Kim Jong Un · /);
  });

  it('gives /brief alone: the seed story, quoted from the article, with who, where and its id', async () => {
    const answer = await answerOf(fake, fake.slashCommand('brief', []));
    const embed = answer.message.embeds![0]!;
    expect(embed.title).toBe('Briefing: the latest news');
    const top = embed.fields![0]!;
    expect(top.name).toBe('1. Putin, Kim Jong Un meet at space launch facility in Russia: Tass');
    expect(top.value).toMatch(/^> Russian President Vladimir Putin and North Korean leader Kim Jong Un met Wednesday afternoon/);
    expect(top.value).toMatch(/Who: .*Kim Jong Un.*Vladimir Putin|Who: .*Vladimir Putin.*Kim Jong Un/);
    expect(top.value).toMatch(/Where: .*Vostochny Cosmodrome/);
    expect(top.value).toMatch(/1 source · story `s-2023-09-13-/);
  });

  it('answers a name not in the archive privately, in one line, with the nearest names', async () => {
    const answer = await answerOf(fake, fake.slashCommand('brief', [opt.string('about', 'Kim Jong Il')]));
    expect(answer.message.flags! & EPHEMERAL).toBe(EPHEMERAL);
    expect(answer.message.embeds![0]!.description).toBe('Nothing in the archive is called “Kim Jong Il”. Nearest names: Kim Jong Un.');
  });

  it('autocompletes about: with leaders first, values that resolve, within Discord’s limits', async () => {
    const answer = await answerOf(fake, fake.autocomplete('brief', [opt.string('about', 'ki', true)]));
    expect(answer.callbackType).toBe(8);
    expect(answer.message.choices![0]).toEqual({ name: 'Kim Jong Un · leader · 1 article', value: 'person:kim-jong-un' });
    const chosen = await answerOf(fake, fake.slashCommand('brief', [opt.string('about', 'person:kim-jong-un')]));
    expect(chosen.message.embeds![0]!.title).toBe('Briefing: Kim Jong Un');
  });

  it('shows the seed’s leaders, events and story on /article', async () => {
    const id = bot.app.services.archive.all()[0]!.id;
    const answer = await answerOf(fake, fake.slashCommand('article', [opt.string('id', id)]));
    const embed = answer.message.embeds![0]!;
    expect(fieldOf(embed, 'Leaders')).toBe('Vladimir Putin (Russian President), Kim Jong Un (North Korean leader)');
    expect(fieldOf(embed, 'Events')).toMatch(/\*\*2023-09-12\*\* · arrived at Khasan station/);
    expect(refused(fake)).toEqual([]);
  });
});

describe('/brief on a fake Discord, with the briefing fixtures', () => {
  let fake: FakeDiscord;
  let bot: BotUnderTest;

  beforeAll(async () => {
    fake = await startFakeDiscord();
    // The clock after the fixtures' dates: a date more than a day after now is rejected as impossible.
    bot = await startBot(fake, { seedsDir: FIXTURE_DIR, clock: new ManualClock('2024-06-10T00:00:00Z') });
  });
  afterAll(async () => {
    await bot?.dispose();
    await fake?.close();
  });

  it('briefs on a story: when, who, where, its sources with the copy marked', async () => {
    const story = bot.app.services.briefings!.stories.storyIdOf(bot.app.services.archive.all().find((a) => a.title.startsWith('Feldner unveils'))!.id)!;
    const embed = (await answerOf(fake, fake.slashCommand('brief', [opt.string('about', story)]))).message.embeds![0]!;
    expect(embed.title).toMatch(/^Story: /);
    expect(embed.description).toMatch(/^When: 2024-05-14 to 2024-05-16\nWho: Markus Feldner/);
    expect(textOf(embed)).toMatch(/3 sources, 4 articles \(1 copy\)/);
    expect(embed.image!.url).toMatch(/^attachment:\/\/s-2024-05-14-.*-mentions\.png$/);
  });

  it('pages a leader’s full timeline in place with its button, and goes back to the briefing', async () => {
    const asked = fake.slashCommand('brief', [opt.string('about', 'Markus Feldner')]);
    const brief = await answerOf(fake, asked);
    const embed = brief.message.embeds![0]!;
    expect(embed.fields!.find((f) => f.name.startsWith('Timeline'))!.name).toMatch(/^Timeline: latest 6 of \d+, oldest first$/);
    const full = buttonsOf(brief.message).find((b) => b.label === 'Full timeline');
    expect(full?.custom_id).toBe('brief:tl:1:person:markus-feldner');
    const page = await answerOf(fake, fake.pressButton(full!.custom_id!, { answerOf: asked.id }));
    expect(page.callbackType).toBe(7);
    const timeline = page.message.embeds![0]!;
    expect(timeline.title).toBe('Timeline: Markus Feldner');
    expect(timeline.description).toMatch(/^\d+ dated events, oldest first · page 1 of 1$/);
    const dates = [...textOf(timeline).matchAll(/^\*\*(\d{4}-\d{2}(?:-\d{2})?)\*\*/gm)].map((m) => m[1]!);
    expect(dates.length).toBeGreaterThan(6);
    expect(dates).toEqual([...dates].sort());
    const back = buttonsOf(page.message).find((b) => b.label === 'Briefing')!;
    const again = await answerOf(fake, fake.pressButton(back.custom_id!, { answerOf: asked.id }));
    expect(again.message.embeds![0]!.title).toBe('Briefing: Markus Feldner');
    expect(refused(fake)).toEqual([]);
  });

  it('refuses an unreadable since: privately', async () => {
    const answer = await answerOf(fake, fake.slashCommand('brief', [opt.string('since', 'soonish')]));
    expect(answer.message.flags! & EPHEMERAL).toBe(EPHEMERAL);
    expect(answer.message.embeds![0]!.description).toMatch(/could not read/);
  });
});
