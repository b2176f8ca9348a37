import { signedColumn, type NumberColumn } from '../search/number-column.js';
import { countPairs, FeatureWords } from '../stories/feature-words.js';
import { FeatureTable, type FeatureRow } from '../stories/feature-table.js';
import { someDays, type TextFeatures } from '../stories/story-features.js';
import type { StoryBookState } from '../stories/story-book.js';
import { BookStory, NO_COPIES, storyKey, type Story } from '../stories/story.js';
import { cellOf, countEntries, KeyDayIndex } from '../stories/key-day-counts.js';
import type { DirectoryState } from './entity-directory.js';
import { KeyIndex } from './key-index.js';
import { placedKeysOf, PlacedRuns } from './placed-entities.js';
import { mentionsOf, orNone, packPresence, refPairs, unpackPresence, type EntityRecord } from './entity-record.js';
import { SmallMap } from './small-map.js';

/**
 * The entity directory and the story book as lines of JSON, one record, article or story a line, in
 * their maps' order (ties are broken by it, so a restored directory answers as the saved one did).
 * Decoding checks every shape it reads and throws a plain reason; the snapshot reader turns that into a rebuild.
 */
export const SECTIONS = ['records', 'placed', 'forms', 'endWords', 'words', 'features', 'stories', 'keyDays', 'folds'] as const;
export type SectionCounts = Record<(typeof SECTIONS)[number], number>;

const entries = <V>(map: Map<string, V> | SmallMap<string, V>): [string, V][] => [...map];

function recordLine(r: EntityRecord): unknown[] {
  const articles = [...r.articles].map(([id, packed]) => {
    const p = unpackPresence(packed);
    return [id, p.mentions, p.sentences, p.leader ? 1 : 0];
  });
  const roles = r.roles.map((x) => [x.title, x.former ? 1 : 0, x.articleId, x.date, x.sentence]);
  return [r.key, r.type, entries(r.names), entries(r.forms), articles, roles, refPairs(r.acts), refPairs(r.hosts), [], [], r.leaderIn];
}

function featureLine(f: FeatureRow, words: FeatureWords): unknown[] {
  return [f.id, f.date, f.titleForm, f.day, words.entries(f.keys)];
}

export function sectionCounts(dir: DirectoryState, book: StoryBookState): SectionCounts {
  return { records: dir.records.size, placed: dir.placed.size, forms: dir.byForm.size, endWords: dir.byEndWord.size, words: book.words.size, features: book.features.size, stories: book.stories.size, keyDays: book.byKeyDay.size, folds: dir.folds?.size ?? 0 };
}

/** Every line, section after section as SECTIONS lists them. */
export function* encodeBriefings(dir: DirectoryState, book: StoryBookState): Generator<string> {
  for (const r of dir.records.values()) yield JSON.stringify(recordLine(r));
  for (const [id, placed] of dir.placed.entries()) yield JSON.stringify([id, placedKeysOf(placed)]);
  for (const [form, keys] of dir.byForm) yield JSON.stringify([form, [...keys]]);
  for (const [word, keys] of dir.byEndWord) yield JSON.stringify([word, [...keys]]);
  for (let id = 0; id < book.words.size; id++) yield JSON.stringify([book.words.word(id), book.termDf.get(id)]);
  for (const f of book.features.rows()) yield JSON.stringify(featureLine(f, book.words));
  for (const s of book.stories.values()) yield JSON.stringify([s.id, [...s.members], entries(s.copies), s.version]);
  for (const [key, day, cell] of book.byKeyDay.entries()) yield JSON.stringify([`${key}@${day}`, [...countEntries(cell)].map(([s, n]) => [s.id, n])]);
  for (const [from, to] of dir.folds ?? []) yield JSON.stringify([from, to]);
}

class Shape extends Error {}

/** "name:kyiv@19876" → the name and the day number. */
function keyDay(at: unknown): [string, number] {
  const text = typeof at === 'string' ? at : fail('key day');
  const split = text.lastIndexOf('@');
  const day = Number(text.slice(split + 1));
  return split > 0 && Number.isInteger(day) && text.slice(split + 1) !== '' ? [text.slice(0, split), day] : fail('key day');
}
const fail = (what: string): never => {
  throw new Shape(`malformed ${what}`);
};
const num = (x: unknown, what: string): number => (typeof x === 'number' && Number.isFinite(x) ? x : fail(what));
const arr = (x: unknown, what: string, length?: number): unknown[] => (Array.isArray(x) && (length === undefined || x.length === length) ? x : fail(what));

/**
 * Shape checks for one decoding. Every string goes through one pool: an id or a key written on a
 * thousand lines becomes one string in the heap, as it was in the directory that was saved.
 */
function readers(known: Iterable<string>, words: FeatureWords) {
  const pool = new Map<string, string>();
  for (const s of known) pool.set(s, s);
  const str = (x: unknown, what: string): string => {
    if (typeof x !== 'string') return fail(what);
    const held = pool.get(x);
    if (held !== undefined) return held;
    pool.set(x, x);
    return x;
  };
  const strings = (x: unknown, what: string): string[] => arr(x, what).map((s) => str(s, what));
  const numbers = (x: unknown, what: string, held: (n: number) => number = (n) => n): SmallMap<string, number> =>
    new SmallMap(
      arr(x, what).map((e) => {
        const [k, v] = arr(e, what, 2);
        return [str(k, what), held(num(v, what))] as const;
      }),
    );
  const refs = (x: unknown, what: string): (string | number)[] => {
    const pairs = arr(x, what);
    const list = new Array<string | number>(pairs.length * 2);
    pairs.forEach((e, i) => {
      const [id, n] = arr(e, what, 2);
      list[2 * i] = str(id, what);
      list[2 * i + 1] = num(n, what);
    });
    return list;
  };
  const keySets = (line: unknown, what: string): [string, string[]] => {
    const [at, keys] = arr(line, what, 2);
    return [str(at, what), [...new Set(strings(keys, what))]];
  };

  const record = (line: unknown): EntityRecord => {
    const r = recordFields(line);
    // Not saved: counted from the presences (set in place, so the record keeps one shape).
    r.mentions = mentionsOf(r);
    return r;
  };
  const recordFields = (line: unknown): EntityRecord => {
    const [key, type, names, forms, articles, roles, acts, hosts, beside, perDay, leaderIn] = arr(line, 'record', 11);
    // Companions and mentions per day are worked out from the presences now; older files still carry them.
    arr(beside, 'beside');
    arr(perDay, 'per day');
    return {
      key: str(key, 'record key'),
      type: str(type, 'record type') as EntityRecord['type'],
      names: numbers(names, 'names'),
      forms: numbers(forms, 'forms'),
      articles: new SmallMap(
        arr(articles, 'articles').map((e) => {
          const [id, mentions, sentences, leader] = arr(e, 'presence', 4);
          return [str(id, 'presence'), packPresence({ mentions: num(mentions, 'presence'), sentences: arr(sentences, 'presence').map((n) => num(n, 'presence')), leader: leader === 1 })] as const;
        }),
      ),
      roles: orNone(
        arr(roles, 'roles').map((e) => {
          const [title, former, articleId, date, sentence] = arr(e, 'role', 5);
          return { title: str(title, 'role'), former: former === 1, articleId: str(articleId, 'role'), date: str(date, 'role'), sentence: num(sentence, 'role') };
        }),
      ),
      acts: orNone(refs(acts, 'acts')),
      hosts: orNone(refs(hosts, 'hosts')),
      leaderIn: num(leaderIn, 'leaderIn'),
      mentions: 0,
    };
  };

  /** A row; format 4 and older also carry the text features, and count their terms into `termDf`. */
  const feature = (line: unknown, termDf: NumberColumn): FeatureRow & Partial<TextFeatures> => {
    const fields = arr(line, 'features');
    const [id, date, titleForm, day, keys] = fields.length === 5 ? fields : arr(line, 'features', 8);
    const row = { id: str(id, 'features'), date: str(date, 'features'), titleForm: str(titleForm, 'features'), day: num(day, 'features'), keys: words.pack(numbers(keys, 'keys')) };
    if (fields.length === 5) return row;
    const [, , , , , terms, eventDays, sketch] = fields;
    if (typeof sketch !== 'string') fail('sketch');
    const bytes = Buffer.from(sketch as string, 'base64');
    if (bytes.length % 4 !== 0) fail('sketch');
    // Copied out aligned (a decoded buffer may start anywhere in node's pool); the table copies it again.
    const sketchWords = new Uint32Array(bytes.length / 4);
    new Uint8Array(sketchWords.buffer).set(bytes);
    const packed = words.pack(numbers(terms, 'terms'));
    countPairs(termDf, packed, 1);
    return { ...row, terms: packed, eventDays: someDays([...new Set(strings(eventDays, 'event days'))]), sketch: sketchWords };
  };
  return { str, strings, keySets, record, feature };
}

/**
 * The states back from their lines, fed one at a time: each `yield` takes the next parsed line (so a reader
 * can pace itself between lines), and the generator returns the states after the last. Throws on any
 * malformed line. `known` strings (the archive's ids) are used in place of equal ones read.
 */
export function* briefingsDecoder(counts: SectionCounts, versions: { directory: number; stories: number }, known: Iterable<string> = [], foldsSaved = false): Generator<void, { dir: DirectoryState; book: StoryBookState }, unknown> {
  const words = new FeatureWords();
  const { str, strings, keySets, record, feature } = readers(known, words);
  const records = new Map<string, EntityRecord>();
  for (let n = 0; n < counts.records; n++) {
    const r = record(yield);
    records.set(r.key, r);
  }
  const placed = new PlacedRuns();
  for (let n = 0; n < counts.placed; n++) {
    const [id, keys] = arr(yield, 'placed', 2);
    placed.set(str(id, 'placed'), strings(keys, 'placed'));
  }
  const byForm = new KeyIndex();
  for (let n = 0; n < counts.forms; n++) byForm.addAll(...keySets(yield, 'forms'));
  const byEndWord = new KeyIndex();
  for (let n = 0; n < counts.endWords; n++) byEndWord.addAll(...keySets(yield, 'end words'));
  const termDf = signedColumn();
  for (let n = 0; n < counts.words; n++) {
    const [word, df] = arr(yield, 'words', 2);
    if (words.id(str(word, 'words')) !== n) fail('words (a word twice)');
    termDf.set(n, num(df, 'words'));
  }
  const features = new FeatureTable();
  for (let n = 0; n < counts.features; n++) features.set(feature(yield, termDf));
  const stories = new Map<string, Story>();
  for (let n = 0; n < counts.stories; n++) {
    const [id, members, copies, version] = arr(yield, 'story', 4);
    const copied = new SmallMap(
      arr(copies, 'copies').map((e) => {
        const [a, b] = arr(e, 'copies', 2);
        return [str(a, 'copies'), str(b, 'copies')] as const;
      }),
    );
    // The key shares the archive's string for the article the story began with.
    const key = str(storyKey(str(id, 'story')) ?? fail('story id'), 'story');
    stories.set(key, new BookStory(key, strings(members, 'story'), copied.size ? copied : NO_COPIES, num(version, 'story')));
  }
  const byKeyDay = new KeyDayIndex();
  for (let n = 0; n < counts.keyDays; n++) {
    const [at, list] = arr(yield, 'key day', 2);
    const inner = cellOf(
      arr(list, 'key day').map((e) => {
        const [id, count] = arr(e, 'key day', 2);
        return [stories.get(storyKey(str(id, 'key day')) ?? '') ?? fail('key day story'), num(count, 'key day')] as const;
      }),
    );
    const [key, day] = keyDay(at);
    byKeyDay.set(str(key, 'key day'), day, inner);
  }
  byKeyDay.trim();
  const folds = new Map<string, string>();
  for (let n = 0; n < counts.folds; n++) {
    const [from, to] = arr(yield, 'folds', 2);
    folds.set(str(from, 'folds'), str(to, 'folds'));
  }
  return { dir: { records, placed, byForm, byEndWord, version: versions.directory, ...(foldsSaved ? { folds } : {}) }, book: { features, stories, byKeyDay, version: versions.stories, words, termDf } };
}
