import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../src/language/analysis.js';
import { extractEntities } from '../src/language/entities/extract-entities.js';
import { splitSentences } from '../src/language/sentences.js';

const dir = new URL('./fixtures/entities/', import.meta.url);
const fixture = (name: string): string => readFileSync(new URL(name, dir), 'utf8');
const entitiesOf = (text: string): Entity[] => extractEntities(text, splitSentences(text));
const mentionTexts = (entities: Entity[]): string[] => entities.flatMap((e) => e.mentions.map((m) => m.text));

describe('entity text shapes', () => {
  it('never puts a possessive or punctuation inside a mention', () => {
    const text = "Kim's visit ended early. “We trust Macron,” she said of Macron’s plan, and Moscow's reply came on Friday.";
    const mentions = mentionTexts(entitiesOf(text));
    expect(mentions).toEqual(expect.arrayContaining(['Kim', 'Macron', 'Moscow']));
    for (const m of mentions) expect(m).toMatch(/^[\p{L}\p{N}][\p{L}\p{N} .'’&-]*[\p{L}\p{N}.]$|^\p{L}$/u);
  });

  it('gives every mention offsets that point at its text', () => {
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const text = fixture(name);
      for (const e of entitiesOf(text)) {
        for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      }
    }
  });

  it('reads an all-capitals headline through the names the article gives', () => {
    const entities = entitiesOf(fixture('wire-headlines.txt'));
    const headline = fixture('wire-headlines.txt').split('\n')[0]!;
    const inHeadline = entities.flatMap((e) => e.mentions.filter((m) => m.end <= headline.length).map((m) => `${e.key} ${m.text}`));
    expect(inHeadline).toEqual(['country:ukraine UKRAINE', 'place:odesa ODESA']);
    expect(entities.find((e) => e.key === 'country:ukraine')?.name).toBe('Ukraine');
  });

  it('leaves ordinary words that open a sentence untagged', () => {
    const text =
      'Despite the cold, hundreds gathered. Officials said the plan was late. Analysts expect rates to rise. ' +
      'Shares of Samsung Electronics rose in Seoul. Meanwhile, prices fell.';
    const names = entitiesOf(text).map((e) => e.name);
    expect(names).toEqual(['Samsung Electronics', 'Seoul']);
  });

  it('keeps a name that opens a sentence when the article names it elsewhere', () => {
    const text = 'The talks were led by Amina Okafor. Okafor said the deal was close.';
    const okafor = entitiesOf(text).find((e) => e.name === 'Amina Okafor');
    expect(okafor?.mentions).toHaveLength(2);
  });

  it('does not make entities of nationalities', () => {
    const text = 'Russian officials and North Korean diplomats met East Asian and Chechen delegates.';
    expect(entitiesOf(text)).toEqual([]);
  });

  it('keeps a multi-word organisation joined by "for" and "and" whole', () => {
    const text = 'Observers from the Organisation for Security and Co-operation in Europe arrived on Monday.';
    expect(entitiesOf(text).map((e) => `${e.type}:${e.name}`)).toEqual(['organisation:Organisation for Security and Co-operation in Europe']);
  });

  it('reads ordinary words capitalised after "A" as a title of a work, and a building as a place', () => {
    const text =
      'The broadcaster will not air the documentary Senator Vale: A Second Chance? again. Crowds marched to the U.S. Capitol on Friday. ' +
      'Police cleared the Capitol by night. ' +
      'A Los Angeles judge ruled on Monday. A Goldman Sachs analyst said rates would fall.';
    const entities = entitiesOf(text);
    const names = entities.map((e) => `${e.type} ${e.name}`);
    expect(names.some((n) => n.includes('Second Chance'))).toBe(false);
    expect(names).toEqual(expect.arrayContaining(['place U.S. Capitol', 'place Los Angeles', 'organisation Goldman Sachs']));
    // "the Capitol" after "the U.S. Capitol" is the same building.
    expect(names).not.toContain('place Capitol');
  });

  it('never takes a contraction into a name, and keeps names with an apostrophe', () => {
    const text = "You're Ron DeSantis and you know it, the crowd chanted. Ann O'Neill spoke. D'Angelo Russell scored.";
    const names = entitiesOf(text).map((e) => `${e.type} ${e.name}`);
    expect(names).toEqual(expect.arrayContaining(['person Ron DeSantis', "person Ann O'Neill", "person D'Angelo Russell"]));
    expect(names.some((n) => n.includes("You're"))).toBe(false);
  });
});
