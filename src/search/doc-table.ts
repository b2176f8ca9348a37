import type { EnrichedArticle } from '../articles/article.js';
import { analysisVersionOf } from '../articles/analysis-shelf.js';
import { dayNumber as calendarDay, parseDay } from '../language/times/calendar.js';
import { plainText } from './text-terms.js';
import { JoinedTerms, TextColumn, type TermList } from './term-list.js';

/** Days since 1970-01-01 of an ISO day: article dates and resolved filter dates are always whole days. */
export const dayNumber = (iso: string): number => calendarDay(parseDay(iso));

const SEEDS = [0x9747b28c, 0x85ebca6b, 0x27d4eb2f, 0x165667b1];
const MIX = [0x5bd1e995, 0xcc9e2d51, 0x1b873593, 0xe6546b64];

/**
 * An article's contribution to the archive fingerprint: its id, its text hash and the version of its
 * analysis (a new pipeline changes the names the index holds), as four 32-bit hashes (murmur-style
 * mixing, one pass over the characters). XOR-ed together, so adding and removing one article updates
 * the fingerprint without rehashing the archive. Not cryptographic: it detects change, it does not resist
 * forgery (the snapshot also carries a SHA-256 of its contents).
 */
function articleStamp(article: Pick<EnrichedArticle, 'id' | 'hash' | 'analysis'>, into = new Uint32Array(4)): Uint32Array {
  state.set(SEEDS);
  mix(article.id);
  mix(TAB);
  mix(article.hash);
  mix(TAB);
  mix(analysisVersionOf(article));
  for (let i = 0; i < 4; i++) into[i] = finish(state[i]!);
  return into;
}

const TAB = '\t';
const state = new Int32Array(4);

/**
 * Feeds each character code of `text` (or the one number) to the four hashes, held in locals through the loop: a closure over
 * them made the start's two passes over 100,000 articles (search snapshot check, briefings) cost a second.
 */
function mix(text: string | number): void {
  let [a, b, c, d] = state as unknown as [number, number, number, number];
  const length = typeof text === 'number' ? 1 : text.length;
  for (let i = 0; i < length; i++) {
    const code = typeof text === 'number' ? text : text.charCodeAt(i);
    a = Math.imul(a ^ code, MIX[0]!);
    a ^= a >>> 15;
    b = Math.imul(b ^ code, MIX[1]!);
    b ^= b >>> 15;
    c = Math.imul(c ^ code, MIX[2]!);
    c ^= c >>> 15;
    d = Math.imul(d ^ code, MIX[3]!);
    d ^= d >>> 15;
  }
  state[0] = a;
  state[1] = b;
  state[2] = c;
  state[3] = d;
}

function finish(h: number): number {
  const x = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

export class Fingerprint {
  constructor(
    readonly words = new Uint32Array(4),
    public count = 0,
  ) {}

  /** Back from `toString()`; undefined for any other text. */
  static parse(text: string): Fingerprint | undefined {
    const m = /^(\d+)-([0-9a-f]{32})$/.exec(text);
    if (!m) return undefined;
    const words = new Uint32Array(4);
    for (let i = 0; i < 4; i++) words[i] = Number.parseInt(m[2]!.slice(i * 8, i * 8 + 8), 16);
    return new Fingerprint(words, Number(m[1]));
  }

  static of(articles: Iterable<EnrichedArticle>): Fingerprint {
    const print = new Fingerprint();
    for (const article of articles) print.toggle(article, 1);
    return print;
  }

  private readonly stamp = new Uint32Array(4);

  toggle(article: EnrichedArticle, change: 1 | -1): void {
    const stamp = articleStamp(article, this.stamp);
    for (let i = 0; i < 4; i++) this.words[i] = (this.words[i]! ^ stamp[i]!) >>> 0;
    this.count += change;
  }

  toString(): string {
    return `${this.count}-${[...this.words].map((w) => w.toString(16).padStart(8, '0')).join('')}`;
  }
}

const printed = new WeakMap<readonly EnrichedArticle[], string>();

/**
 * `Fingerprint.of(articles).toString()`, kept per list: the search index and the briefings both check the
 * archive's list at start (`Archive.all()` is one array until the archive changes), 100,000 stamps each.
 */
export function fingerprintText(articles: readonly EnrichedArticle[]): string {
  let text = printed.get(articles);
  if (text === undefined) {
    text = Fingerprint.of(articles).toString();
    printed.set(articles, text);
  }
  return text;
}

export interface DocTableData {
  ids: string[];
  dates: number[];
  titles: TermList;
}

/**
 * The documents of the index by number: id, date (day number) and plain title for autocomplete.
 * Removed documents are marked dead until the next compaction renumbers the rest.
 */
export class DocTable {
  ids: string[] = [];
  dates: number[] = [];
  titles = new TextColumn();
  dead = new Uint8Array(1024);
  deadCount = 0;
  readonly fingerprint = new Fingerprint();
  /** Id → number, built on first need (a live change), not at load. */
  private byIdMap: Map<string, number> | undefined;

  private get byId(): Map<string, number> {
    if (!this.byIdMap) {
      this.byIdMap = new Map();
      this.ids.forEach((id, doc) => this.dead[doc] !== 1 && this.byIdMap!.set(id, doc));
    }
    return this.byIdMap;
  }

  static from(data: DocTableData, fingerprint: Fingerprint): DocTable {
    const table = new DocTable();
    table.ids = data.ids;
    table.dates = data.dates;
    table.titles = data.titles instanceof TextColumn ? data.titles : new TextColumn(data.titles);
    table.dead = new Uint8Array(Math.max(1024, data.ids.length * 2));
    table.fingerprint.words.set(fingerprint.words);
    table.fingerprint.count = fingerprint.count;
    return table;
  }

  get size(): number {
    return this.ids.length;
  }

  get live(): number {
    return this.ids.length - this.deadCount;
  }

  docOf(id: string): number | undefined {
    return this.byId.get(id);
  }

  add(article: EnrichedArticle): number {
    const doc = this.ids.length;
    this.ids.push(article.id);
    this.dates.push(dayNumber(article.date));
    this.titles.push(` ${plainText(article.title)}`);
    this.byId.set(article.id, doc);
    if (doc >= this.dead.length) {
      const grown = new Uint8Array(this.dead.length * 2);
      grown.set(this.dead);
      this.dead = grown;
    }
    this.fingerprint.toggle(article, 1);
    return doc;
  }

  remove(article: EnrichedArticle): boolean {
    const doc = this.byId.get(article.id);
    if (doc === undefined) return false;
    this.byId.delete(article.id);
    this.dead[doc] = 1;
    this.deadCount++;
    this.fingerprint.toggle(article, -1);
    return true;
  }

  /** Drops dead documents; returns old number → new number (or -1). */
  compact(): Int32Array {
    const remap = new Int32Array(this.ids.length).fill(-1);
    const data = { ids: [] as string[], dates: [] as number[], titles: [] as string[] };
    for (let doc = 0; doc < this.ids.length; doc++) {
      if (this.dead[doc] === 1) continue;
      remap[doc] = data.ids.length;
      data.ids.push(this.ids[doc]!);
      data.dates.push(this.dates[doc]!);
      data.titles.push(this.titles.at(doc)!);
    }
    const fresh = DocTable.from({ ...data, titles: JoinedTerms.of(data.titles) }, this.fingerprint);
    Object.assign(this, { ids: fresh.ids, dates: fresh.dates, titles: fresh.titles, dead: fresh.dead, deadCount: 0 });
    this.byIdMap = undefined;
    return remap;
  }

  data(): DocTableData {
    return { ids: this.ids, dates: this.dates, titles: this.titles };
  }
}
