import { isUndated, type EnrichedArticle } from '../articles/article.js';
import type { EntityType } from '../language/analysis.js';
import { lookBackSentences } from './look-back-sentences.js';
import { entityForms, nameForm } from './name-forms.js';
import { SmallMap } from './small-map.js';

/** A role as one article gives it, with that article's date. */
export interface RoleSighting {
  title: string;
  former: boolean;
  articleId: string;
  date: string;
  sentence: number;
}

/**
 * A dated happening an entity takes part in: an event of the analysis, or (for an article whose analysis
 * has no events) a sentence that names the entity and a calendar date, standing in for one.
 */
export type EventRef = { articleId: string; event: number } | { articleId: string; time: number };

/**
 * A record's `EventRef`s as one flat list: an article id, then the event's number or, for a stand-in time,
 * -1 minus the time's (the snapshot's pair). Some 450,000 refs at 100,000 articles: an object each cost
 * 40 bytes more than its two slots. A briefing reads them as `EventRef`s (`refsOf`).
 */
export type RefList = readonly (string | number)[];

const codeOf = (ref: EventRef): number => ('event' in ref ? ref.event : -1 - ref.time);

/** The ref an (article id, code) pair stands for. */
export const refOf = (articleId: string, code: number): EventRef => (code >= 0 ? { articleId, event: code } : { articleId, time: -1 - code });

export function refsOf(list: RefList): EventRef[] {
  const refs: EventRef[] = [];
  for (let i = 0; i < list.length; i += 2) refs.push(refOf(list[i] as string, list[i + 1] as number));
  return refs;
}

/** The pairs of a list, as the snapshot writes them. */
export function refPairs(list: RefList): [string, number][] {
  const pairs: [string, number][] = [];
  for (let i = 0; i < list.length; i += 2) pairs.push([list[i] as string, list[i + 1] as number]);
  return pairs;
}

/**
 * The list with `ref` added unless it holds it. An article's refs are added together, so only the list's
 * tail can hold one of the same article: the check reads that, not a big name's thousands of refs.
 */
export function withRef(list: RefList, ref: EventRef): RefList {
  const code = codeOf(ref);
  for (let i = list.length - 2; i >= 0 && list[i] === ref.articleId; i -= 2) if (list[i + 1] === code) return list;
  if (list === NONE) return [ref.articleId, code];
  (list as (string | number)[]).push(ref.articleId, code);
  return list;
}

/** The list without the refs of one article. */
export function withoutArticle(list: RefList, articleId: string): RefList {
  const kept: (string | number)[] = [];
  for (let i = 0; i < list.length; i += 2) if (list[i] !== articleId) kept.push(list[i]!, list[i + 1]!);
  return kept.length ? kept : NONE;
}

export interface Presence {
  mentions: number;
  /** Sentence indices that mention the entity, ascending. */
  sentences: number[];
  leader: boolean;
}

/**
 * A `Presence` as a record holds it (one per record and article, some two million at 100,000 articles): one
 * number when the sentences are among the first SENTENCE_BITS (a bit each, above the leader bit and the
 * mentions), else an array of the leader bit and mentions, then the sentences.
 */
export type PackedPresence = number | readonly number[];
const HEAD = 2 ** 9;
const MENTIONS_LIMIT = 2 ** 8;
/** The head's 9 bits and the sentence bits stay within a double's exact integers (2^53). */
const SENTENCE_BITS = 44;
const WORD = 2 ** 32;

const ascendingBelow = (list: readonly number[], limit: number): boolean => list.every((n, i) => Number.isInteger(n) && n >= 0 && n < limit && (i === 0 || n > list[i - 1]!));

export function packPresence(p: Presence): PackedPresence {
  const head = p.mentions * 2 + (p.leader ? 1 : 0);
  if (!Number.isInteger(p.mentions) || p.mentions < 0 || p.mentions >= MENTIONS_LIMIT || !ascendingBelow(p.sentences, SENTENCE_BITS)) return [head, ...p.sentences];
  let mask = 0;
  for (const sentence of p.sentences) mask += 2 ** sentence;
  return head + mask * HEAD;
}

export function unpackPresence(packed: PackedPresence): Presence {
  const head = typeof packed === 'number' ? packed % HEAD : packed[0]!;
  return { mentions: Math.floor(head / 2), sentences: presenceSentences(packed), leader: head % 2 === 1 };
}

/** The sentences alone (a briefing reads them for every article naming its subject). */
export function presenceSentences(packed: PackedPresence): number[] {
  if (typeof packed !== 'number') return packed.slice(1);
  const mask = (packed - (packed % HEAD)) / HEAD;
  const low = mask % WORD;
  const sentences: number[] = [];
  // Lowest set bit first, so the sentences come out ascending.
  for (let bits = low | 0; bits !== 0; bits &= bits - 1) sentences.push(31 - Math.clz32(bits & -bits));
  for (let bits = ((mask - low) / WORD) | 0; bits !== 0; bits &= bits - 1) sentences.push(63 - Math.clz32(bits & -bits));
  return sentences;
}

/** How many sentences two presences (of one article) both name: bit masks ANDed where both are packed as numbers. */
export function sharedSentences(a: PackedPresence, b: PackedPresence): number {
  if (typeof a !== 'number' || typeof b !== 'number') {
    const theirs = new Set(presenceSentences(b));
    return presenceSentences(a).filter((s) => theirs.has(s)).length;
  }
  const maskA = (a - (a % HEAD)) / HEAD;
  const maskB = (b - (b % HEAD)) / HEAD;
  const lowA = maskA % WORD;
  const lowB = maskB % WORD;
  return bitCount((lowA & lowB) >>> 0) + bitCount(((maskA - lowA) / WORD) & ((maskB - lowB) / WORD));
}

function bitCount(bits: number): number {
  let n = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) n += 1;
  return n;
}

/** How many times the entity is named in the article. */
export const presenceMentions = (packed: PackedPresence): number => Math.floor((typeof packed === 'number' ? packed % HEAD : packed[0]!) / 2);

/** Mentions in all the record's articles, counted from its presences (a record read back is given it so). */
export function mentionsOf(record: Pick<EntityRecord, 'articles'>): number {
  let n = 0;
  record.articles.forEach((packed) => (n += presenceMentions(packed)));
  return n;
}

/**
 * Mentions per article date (from `since` on), over records: worked out from the presences and the articles'
 * dates rather than kept per record, which cost as much memory as the presences. A date whose articles name
 * the entity no times is left out, as a count that went to zero was.
 */
export function mentionsPerDay(records: readonly EntityRecord[], dateOf: (articleId: string) => string | undefined, since?: string): Map<string, number> {
  const perDay = new Map<string, number>();
  for (const record of records) {
    record.articles.forEach((packed, id) => {
      const day = dateOf(id);
      if (day === undefined || (since && day < since)) return;
      perDay.set(day, (perDay.get(day) ?? 0) + presenceMentions(packed));
    });
  }
  for (const [day, n] of perDay) if (n === 0) perDay.delete(day);
  return perDay;
}

const isLeaderIn = (packed: PackedPresence | undefined): boolean => packed !== undefined && (typeof packed === 'number' ? packed : packed[0]!) % 2 === 1;

/** How often two entities are named together: in how many articles, in how many shared sentences (`beside-counts.ts`). */
export interface Beside {
  articles: number;
  sentences: number;
}

/** Everything the archive says about one entity key, kept up to date as articles come and go. */
export interface EntityRecord {
  key: string;
  type: EntityType;
  /** Display names (an article's canonical name) with how many articles use each. */
  names: SmallMap<string, number>;
  /** Every written form (name and aliases), as `nameForm`s, with how many articles use each. */
  forms: SmallMap<string, number>;
  /** By article id (see `unpackPresence`). */
  articles: SmallMap<string, PackedPresence>;
  roles: RoleSighting[];
  /** Events this entity acts in. */
  acts: RefList;
  /** Events that happen at this place. */
  hosts: RefList;
  /** Articles that mark the entity a leader. */
  leaderIn: number;
  /** Mentions in all its articles (how prominent the name is, for ties between companions). */
  mentions: number;
}

export function newRecord(key: string, type: EntityType): EntityRecord {
  return { key, type, names: new SmallMap(), forms: new SmallMap(), articles: new SmallMap(), roles: NONE, acts: NONE, hosts: NONE, leaderIn: 0, mentions: 0 };
}

/**
 * Most records have no roles, acts or hosts: they share this empty list (frozen, so a push to it fails at
 * once) until `appended` gives them one of their own.
 */
const NONE: never[] = Object.freeze([]) as never[];

/** The list with `item` added: a new list in place of the shared empty one, else the same list. */
export function appended<T>(list: T[], item: T): T[] {
  if (list === NONE) return [item];
  list.push(item);
  return list;
}

export const orNone = <T>(list: T[]): T[] => (list.length ? list : NONE);

const bump = <K>(map: SmallMap<K, number>, key: K, by: number): void => {
  const next = (map.get(key) ?? 0) + by;
  if (next > 0) map.set(key, next);
  else map.delete(key);
};

/** The display name most articles use; the longest on a tie. */
export function displayName(record: EntityRecord): string {
  let best = '';
  let count = -1;
  for (const [name, n] of record.names) if (n > count || (n === count && name.length > best.length)) [best, count] = [name, n];
  return best ? withRegnalTitle(record, best) : record.key;
}

/** Titles a reigning or royal name is known by: "Pope Francis", "King Charles III", "Prince Harry", never "Francis" alone. */
const REGNAL_TITLES = new Set(['Pope', 'King', 'Queen', 'Emperor', 'Empress', 'Prince', 'Princess']);
/** A regnal name: one word, maybe with its number ("Francis", "Charles III", "Benedict XVI"). */
const REGNAL_NAME = /^\p{Lu}\p{Ll}+(?: [IVX]+)?$/u;

/**
 * The name with its title when it is a regnal name and most role sightings give such a title: the newest one,
 * as a prince who is crowned is then the King.
 */
function withRegnalTitle(record: EntityRecord, name: string): string {
  if (record.type !== 'person' || !REGNAL_NAME.test(name) || record.roles.length === 0) return name;
  const regnal = record.roles.filter((r) => REGNAL_TITLES.has(r.title));
  if (regnal.length * 2 <= record.roles.length) return name;
  const newest = regnal.reduce((a, b) => (b.date > a.date ? b : a));
  return `${newest.title} ${name}`;
}

export function isLeader(record: EntityRecord): boolean {
  return record.leaderIn > 0;
}

/** Adds (sign 1) or takes back (sign -1) what one article's entity contributes to its record; the presence it filed, when adding. */
export function contribute(record: EntityRecord, article: EnrichedArticle, entityIndex: number, sign: 1 | -1): PackedPresence | undefined {
  const entity = article.analysis.entities[entityIndex]!;
  const id = article.id;
  bump(record.names, entity.name, sign);
  for (const form of new Set(entityForms(entity).map(nameForm))) if (form) bump(record.forms, form, sign);
  if (sign < 0) {
    // One entity per record per article (placement keeps it so), so the article's share goes whole.
    const held = record.articles.get(id);
    if (isLeaderIn(held)) record.leaderIn -= 1;
    if (held !== undefined) record.mentions -= presenceMentions(held);
    record.articles.delete(id);
    record.roles = orNone(record.roles.filter((r) => r.articleId !== id));
    record.acts = withoutArticle(record.acts, id);
    record.hosts = withoutArticle(record.hosts, id);
    return undefined;
  }
  const presence = packPresence({
    mentions: entity.mentions.length,
    sentences: [...new Set(entity.mentions.map((m) => m.sentence))].sort((a, b) => a - b),
    leader: entity.leader,
  });
  record.articles.set(id, presence);
  if (entity.leader) record.leaderIn += 1;
  record.mentions += entity.mentions.length;
  // A current title told of the past (a dated look back, an old gallery photo) says nothing of the
  // article's day; a former one still holds on it. An undated article's day is the day it arrived, so its
  // titles are dated by nothing: they are not filed, nor those of a page updated after its date.
  if (isUndated(article) || article.analysis.updatedLater) return presence;
  const past = entity.roles.length ? lookBackSentences(article) : undefined;
  for (const role of entity.roles) if (!role.notHeld && (role.former || !past?.has(role.sentence))) record.roles = appended(record.roles, { title: role.title, former: role.former, articleId: id, date: article.date, sentence: role.sentence });
  return presence;
}
