import { existsSync, readFileSync } from 'node:fs';
import type { EnrichedArticle } from '../articles/article.js';
import type { Entity, Sentence } from '../language/analysis.js';
import { slug } from '../search/text-terms.js';
import { seededRandom } from '../eval/seeded-random.js';

/**
 * Archives of any size for the search benchmark: the bbc-news articles (or, without ../shared/data,
 * articles generated from made-up words), repeated with changed names, dates, sources and places.
 * Each copy replaces the article's three most frequent capitalised words (mid-sentence: names) with
 * generated names, so the vocabulary grows as a real archive's does. The analysis is cheap and
 * synthetic: sentences by punctuation, entities from the generated names and the dateline place.
 */
interface Base {
  title: string;
  body: string;
}

export const random = seededRandom;

const SYLLABLES = ['ka', 'ri', 'mo', 'ta', 'len', 'vor', 'sa', 'del', 'mi', 'ro', 'na', 'bel', 'tor', 'vin', 'ga', 'lu', 'ser', 'an', 'ko', 'dra', 'pe', 'zu'];
const SOURCES = ['Reuters', 'AP', 'AFP', 'AJMEDIA', 'Kyodo', 'Yonhap', 'Tass', 'Xinhua', 'dpa', 'ANSA'];
const PLACES = ['Tokyo', 'Seoul', 'Moscow', 'Washington', 'London', 'Paris', 'Berlin', 'Beijing', 'Delhi', 'Cairo', 'Nairobi', 'Lagos', 'Lima', 'Madrid', 'Rome', 'Warsaw', 'Kyiv', 'Ankara', 'Tehran', 'Jakarta', 'Manila', 'Hanoi', 'Bangkok', 'Sydney', 'Ottawa', 'Mexico City', 'Brasilia', 'Santiago', 'Vienna', 'Oslo'];


const pick = <T>(list: readonly T[], next: () => number): T => list[Math.floor(next() * list.length)]!;

function madeUpWord(next: () => number, syllables: number): string {
  let word = '';
  for (let i = 0; i < syllables; i++) word += pick(SYLLABLES, next);
  return word;
}

const capital = (w: string) => w[0]!.toUpperCase() + w.slice(1);

/** Articles from made-up words with a Zipf-like spread, for when the shared data is absent. */
function generatedBases(count: number): Base[] {
  const next = random(7);
  const vocabulary = Array.from({ length: 20_000 }, (_, i) => madeUpWord(next, 2 + (i % 3)));
  const word = () => vocabulary[Math.floor(vocabulary.length * next() ** 3)]!;
  const sentence = () => capital(Array.from({ length: 12 + Math.floor(next() * 14) }, word).join(' ')) + '.';
  return Array.from({ length: count }, () => ({
    title: capital(Array.from({ length: 6 }, word).join(' ')),
    body: Array.from({ length: 5 }, () => Array.from({ length: 4 }, sentence).join(' ')).join('\n\n'),
  }));
}

export function loadBases(file: string | undefined): { bases: Base[]; from: string } {
  if (file && existsSync(file)) {
    const bases = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Base)
      .filter((b) => typeof b.title === 'string' && typeof b.body === 'string');
    return { bases, from: 'bbc-news' };
  }
  return { bases: generatedBases(2000), from: 'generated' };
}

/** Sentences as slices of the paragraphs (which already hold the text), offsets into the joined body. */
function sentencesOf(paragraphs: readonly string[]): Sentence[] {
  const out: Sentence[] = [];
  let offset = 0;
  paragraphs.forEach((paragraph, index) => {
    for (const m of paragraph.matchAll(/[^.!?]+[.!?]*/g)) {
      if (m[0].trim()) out.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0], paragraph: index });
    }
    offset += paragraph.length + 2;
  });
  return out;
}

function entity(type: Entity['type'], name: string, aliases: string[], mentions: number): Entity {
  const mention = { start: 0, end: name.length, text: name, sentence: 0 };
  return { key: `${type}:${slug(name)}`, type, name, aliases, mentions: Array.from({ length: mentions }, () => mention), roles: [], leader: false };
}

export interface CorpusArticle extends EnrichedArticle {
  /** Names put into this copy, for filtered queries. */
  people: string[];
}

/** Article `i` of a corpus of repeated bases; copy 0 of each base keeps its own names. */
export function makeArticle(bases: readonly Base[], i: number, figures: readonly string[]): CorpusArticle {
  const base = bases[i % bases.length]!;
  const copy = Math.floor(i / bases.length);
  const next = random(i * 2654435761);
  let { title, body } = base;
  const people = [pick(figures, next)];
  if (copy > 0) {
    const counts = new Map<string, number>();
    for (const m of body.matchAll(/[a-z,;] ([A-Z][a-z]{2,})\b/g)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
    const names = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3);
    for (const [old] of names) {
      const fresh = capital(madeUpWord(next, 3));
      const pattern = new RegExp(`\\b${old}\\b`, 'g');
      title = title.replace(pattern, fresh);
      body = body.replace(pattern, fresh);
      people.push(fresh);
    }
  }
  const date = new Date(Date.UTC(2004, 0, 1) + Math.floor(next() * 7300) * 86_400_000).toISOString().slice(0, 10);
  const place = pick(PLACES, next);
  const lead = `${people[0]} spoke in ${place} on the matter.`;
  const paragraphs = [lead, ...body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)];
  const entities = [
    ...people.map((p, k) => entity('person', k === 0 ? p : `${capital(madeUpWord(next, 2))} ${p}`, k === 0 ? [] : [p], 1 + Math.floor(next() * 4))),
    entity('place', place, [], 1),
  ];
  const id = `${date}-${slug(title).slice(0, 40)}-${i.toString(16).padStart(5, '0')}`;
  return {
    id,
    hash: `h${i}`,
    title,
    source: pick(SOURCES, next),
    place,
    date,
    dateSource: 'stated',
    dateNote: 'benchmark',
    paragraphs,
    origin: `bench#${i}`,
    analysis: { version: 1, sentences: sentencesOf(paragraphs), entities, times: [], events: [], summaryRank: [] },
    people,
  };
}

/** Recurring public figures (made-up names), so person filters have long lists as real ones do. */
export function figures(count: number): string[] {
  const next = random(99);
  return Array.from({ length: count }, () => `${capital(madeUpWord(next, 2))} ${capital(madeUpWord(next, 3))}`);
}

export { SOURCES, PLACES };
