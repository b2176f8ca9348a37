import { describe, expect, it } from 'vitest';
import { EntityDirectory } from '../src/briefing/entity-directory.js';
import { StoryBook } from '../src/stories/story-book.js';
import { shingleSketch, sketchOverlap } from '../src/stories/text-sketch.js';
import { fixtureArchive, fixtureArticle } from './brief-fixtures.js';

const FLOOD = ['01-flood-alpine-wire.json', '02-flood-central-europe-daily.json', '03-flood-alpine-wire-copy.json', '04-flood-aid-package.json'];
const BRUSSELS = ['05-brussels-talks-alpine-wire.json', '06-brussels-talks-central-europe-daily.json'];
const ALONE = ['07-hofer-kyiv-visit.json', '08-cabinet-reshuffle.json', '09-rotterdam-port-strike.json', '10-hofer-flood-costs.json'];

const idOf = (file: string) => fixtureArticle(file).id;

describe('story grouping', () => {
  const { briefings } = fixtureArchive();
  const storyOf = (file: string) => briefings.stories.storyIdOf(idOf(file));

  it('folds reports of the Danube floods from three outlets, in their own words, and the next day’s aid package into one story', () => {
    const story = storyOf(FLOOD[0]!);
    expect(story).toBeDefined();
    for (const file of FLOOD) expect(storyOf(file), file).toBe(story);
  });

  it('folds two outlets’ reports of the Brussels steel talks into one story, apart from the floods', () => {
    expect(storyOf(BRUSSELS[0]!)).toBe(storyOf(BRUSSELS[1]!));
    expect(storyOf(BRUSSELS[0]!)).not.toBe(storyOf(FLOOD[0]!));
  });

  it('keeps a reshuffle, a Kyiv visit, a port strike and a later cost estimate as stories of their own, though they share names', () => {
    const stories = new Set([...ALONE, FLOOD[0]!, BRUSSELS[0]!].map(storyOf));
    expect(stories.size).toBe(ALONE.length + 2);
    expect(briefings.stories.size).toBe(ALONE.length + 2);
  });

  it('counts a syndicated copy (same text, another outlet, a credit line added) as a copy of the original', () => {
    const story = briefings.stories.storyOfArticle(idOf(FLOOD[2]!))!;
    // Both are dated the same day; whichever the archive held first is the original.
    const pair = [...story.copies.entries()].map((e) => [...e].sort());
    expect(pair).toEqual([[idOf(FLOOD[0]!), idOf(FLOOD[2]!)].sort()]);
    expect(story.copies.has(idOf(FLOOD[1]!))).toBe(false);
  });

  it('names a story by its earliest article and shows its headline, span, actors and places', () => {
    const story = briefings.stories.storyOfArticle(idOf(FLOOD[0]!))!;
    expect(story.id).toMatch(/^s-2024-05-14-/);
    const view = briefings.view(story)!;
    expect([view.first, view.last]).toEqual(['2024-05-14', '2024-05-16']);
    expect(view.who[0]!.name).toBe('Markus Feldner');
    expect(view.who[0]!.leader).toBe(true);
    expect(view.where.map((w) => w.name)).toContain('Krems');
    expect(FLOOD.map((f) => fixtureArticle(f).title)).toContain(view.headline);
    expect(view.articles).toHaveLength(4);
  });
});

describe('stories kept up to date from the archive', () => {
  it('keeps a story’s id when later articles join it and when its first article leaves', () => {
    // Changes applied by hand, directory first, as the app's subscriptions do.
    const directory = new EntityDirectory();
    const ordered = new StoryBook(undefined, directory);
    for (const file of FLOOD) {
      const article = fixtureArticle(file);
      directory.apply({ type: 'added', article });
      ordered.apply({ type: 'added', article });
    }
    const id = ordered.storyIdOf(idOf(FLOOD[0]!))!;
    expect(id).toBe(`s-${idOf(FLOOD[0]!)}`);
    for (const file of FLOOD) expect(ordered.storyIdOf(idOf(file))).toBe(id);
    const first = fixtureArticle(FLOOD[0]!);
    ordered.apply({ type: 'removed', article: first });
    directory.apply({ type: 'removed', article: first });
    expect(ordered.storyIdOf(idOf(FLOOD[1]!))).toBe(id);
    expect(ordered.storyIdOf(first.id)).toBeUndefined();
    expect(ordered.story(id)!.members.size).toBe(3);
  });

  it('follows the archive: an article added after start joins its story, and a removed one leaves it', () => {
    const { archive, briefings } = fixtureArchive([FLOOD[0]!, FLOOD[1]!, ...BRUSSELS]);
    const before = briefings.stories.storyIdOf(idOf(FLOOD[0]!));
    archive.add(fixtureArticle(FLOOD[3]!));
    expect(briefings.stories.storyIdOf(idOf(FLOOD[3]!))).toBe(before);
    archive.remove(idOf(BRUSSELS[1]!));
    expect(briefings.stories.storyIdOf(idOf(BRUSSELS[1]!))).toBeUndefined();
    expect(briefings.stories.story(briefings.stories.storyIdOf(idOf(BRUSSELS[0]!))!)!.members.size).toBe(1);
  });

  it('merges two stories an article bridges into the older one, which keeps its id', () => {
    const { archive, briefings } = fixtureArchive([FLOOD[1]!, FLOOD[3]!]);
    const older = briefings.stories.storyIdOf(idOf(FLOOD[1]!))!;
    archive.add(fixtureArticle(FLOOD[0]!));
    expect(briefings.stories.storyIdOf(idOf(FLOOD[3]!))).toBe(older);
    expect(briefings.stories.storyIdOf(idOf(FLOOD[0]!))).toBe(older);
  });
});

describe('near-duplicate sketch', () => {
  it('sees a copy with a line added as near-identical, and two reports in their own words as different', () => {
    const text = (file: string) => fixtureArticle(file).paragraphs.join('\n\n');
    expect(sketchOverlap(shingleSketch(text(FLOOD[0]!)), shingleSketch(text(FLOOD[2]!)))).toBeGreaterThan(0.8);
    expect(sketchOverlap(shingleSketch(text(FLOOD[0]!)), shingleSketch(text(FLOOD[1]!)))).toBeLessThan(0.2);
  });
});
