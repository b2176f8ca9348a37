import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bodyText } from '../src/articles/article.js';
import type { Entity } from '../src/language/analysis.js';
import { extractEntities } from '../src/language/entities/extract-entities.js';
import { splitSentences } from '../src/language/sentences.js';
import { toArticle } from '../src/ingest/to-article.js';

const seed = new URL('../seeds/000_1eac8ca87cd292f6.txt', import.meta.url);
const when = new Date('2023-09-14T00:00:00Z');
const { article } = toArticle({ origin: seed.pathname, fallbackTime: when, pageText: readFileSync(seed, 'utf8') }, when);
const text = bodyText(article);
const entities = extractEntities(text, splitSentences(text));
const byKey = (key: string): Entity => {
  const found = entities.find((e) => e.key === key);
  if (!found) throw new Error(`no ${key} in ${entities.map((e) => e.key).join(', ')}`);
  return found;
};

describe('entities of the seed article', () => {
  it('finds the two leaders with their roles', () => {
    const putin = byKey('person:vladimir-putin');
    expect(putin.roles.map((r) => r.title)).toEqual(['Russian President']);
    expect(putin.leader).toBe(true);
    expect(putin.aliases).toEqual(['Putin']);
    const kim = byKey('person:kim-jong-un');
    expect(kim.roles.map((r) => r.title)).toEqual(['North Korean leader']);
    expect(kim.leader).toBe(true);
    expect(kim.aliases).toEqual(['Kim']);
    expect(kim.mentions.length).toBeGreaterThanOrEqual(5);
  });

  it('finds Donald Trump with a former role', () => {
    const trump = byKey('person:donald-trump');
    expect(trump.roles).toEqual([expect.objectContaining({ title: 'U.S. President', former: true })]);
    expect(trump.leader).toBe(false);
  });

  it('joins KCNA to the Korean Central News Agency, and finds Tass and the Group of Seven', () => {
    expect(byKey('organisation:korean-central-news-agency').aliases).toEqual(['KCNA']);
    expect(byKey('organisation:tass').name).toBe('Tass');
    expect(byKey('organisation:group-of-seven').name).toBe('Group of Seven');
  });

  it('counts the capitals standing for their governments as their countries', () => {
    const russia = byKey('country:russia');
    expect(russia.aliases).toContain('Moscow');
    expect(russia.mentions.filter((m) => m.text === 'Moscow')).toHaveLength(3);
    expect(byKey('country:north-korea').aliases).toContain('Pyongyang');
  });

  it('finds the places, regions and facilities', () => {
    const places = entities.filter((e) => e.type === 'place').map((e) => e.name);
    expect(places).toEqual(
      expect.arrayContaining([
        'Russian Far East',
        'Vostochny Cosmodrome',
        'Amur region',
        'Sea of Japan',
        'Khasan station',
        'Komsomolsk-on-Amur',
        'Khabarovsk region',
        'Vladivostok',
        'Panmunjeom',
      ]),
    );
    const countries = entities.filter((e) => e.type === 'country').map((e) => e.name);
    expect(countries).toEqual(expect.arrayContaining(['Russia', 'Ukraine', 'North Korea', 'Japan', 'South Korea', 'United States']));
  });

  it('makes no people of anything else', () => {
    expect(entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Vladimir Putin', 'Kim Jong Un', 'Donald Trump']);
  });
});
