import { besideCountsOf, newestArticles } from './beside-counts.js';
import type { EntityDirectory } from './entity-directory.js';
import { displayName, type EntityRecord } from './entity-record.js';
import { isGenericName } from './generic-names.js';
import { actsApart } from './joint-acts.js';
import type { TimelineEntry } from './timeline.js';

export interface Companion {
  key: string;
  name: string;
  type: string;
  articles: number;
  sentences: number;
  /** Dated events both take part in (as actors, or one acting at the other). */
  events: number;
}

/** How many of each kind a briefing shows: people, and places (countries among them). */
export interface CompanionsShown {
  people: number;
  places: number;
}

/** Count in each record's newest `window` articles only, dated by `dateOf` (`BESIDE_WINDOW`). */
export interface Newest {
  window: number;
  dateOf: (articleId: string) => string | undefined;
}

/** The window a briefing counts in, its articles dated by the archive. */
export const newestIn = (archive: { get(id: string): { date: string } | undefined }): Newest => ({ window: BESIDE_WINDOW, dateOf: (id) => archive.get(id)?.date });

export const PLACE_TYPES: ReadonlySet<string> = new Set(['place', 'country']);

const actedApart = (e: TimelineEntry, subject: string, other: string): boolean => {
  const [mine, theirs] = [e.names[subject], e.names[other]];
  return !!e.what && !!mine && !!theirs && e.actors.includes(other) && actsApart(e.evidence, e.what, mine, theirs);
};

type Counts = { key: string; articles: number; sentences: number; events: number; score: number };

/**
 * Past this many articles in one record, the names beside it are counted in its newest BESIDE_WINDOW only, and
 * the briefing says so (`besideWindowed`). Walking every article of the archive's biggest names (a capital,
 * a president: a tenth of a million articles at 1M) was most of the slowest briefings; and who stands
 * beside a name in this year's news says more than who stood there ten years ago.
 */
export const BESIDE_WINDOW = 2000;

/** Whether the names beside these records are counted in their newest articles only. */
export const besideWindowed = (records: readonly EntityRecord[], window = BESIDE_WINDOW): boolean => records.some((r) => r.articles.size > window);

/** Of the records named beside the subject (and sharing its events), how often each: shared events weigh double. */
function countsBeside(key: string, records: readonly EntityRecord[], directory: EntityDirectory, events: readonly TimelineEntry[], newest?: Newest): Counts[] {
  const merged = new Map<string, Counts>();
  const at = (other: string) => {
    let counts = merged.get(other);
    if (!counts) merged.set(other, (counts = { key: other, articles: 0, sentences: 0, events: 0, score: 0 }));
    return counts;
  };
  const within = newest && ((record: EntityRecord) => newestArticles(record, newest.window, newest.dateOf));
  besideCountsOf(records, directory, { within, canonical: (other) => directory.canonical(other) }).forEach((beside, other) => {
    if (other === key) return;
    const counts = at(other);
    counts.articles += beside.articles;
    counts.sentences += beside.sentences;
  });
  for (const event of events) {
    for (const other of new Set([...event.actors, ...event.places])) {
      // "Harris and Trump hit the campaign trail": each on their own, no event together.
      if (other === key || actedApart(event, key, other)) continue;
      at(other).events += 1;
    }
  }
  const list = [...merged.values()];
  for (const c of list) c.score = c.articles + c.sentences + 2 * c.events;
  // Stable: equal scores keep the order the names were first met in.
  return list.sort((a, b) => b.score - a.score);
}

/**
 * Who and where is named beside an entity most, best first: by score, then (for the 40 best scored) the more
 * prominent name (more mentions in all), then by name. Only as far down as `shown` needs: a name's record and
 * display name are read for the best scored until each kind shown has enough, score ties whole, which for the
 * biggest places (tens of thousands of names beside them) is most of the work saved. Without `shown`, all.
 */
export function companionsOf(
  key: string,
  records: readonly EntityRecord[],
  directory: EntityDirectory,
  events: readonly TimelineEntry[] = [],
  shown?: CompanionsShown,
  newest?: Newest,
): Companion[] {
  const out: (Companion & { score: number; prominence: number })[] = [];
  let people = 0;
  let places = 0;
  const enough = () => shown !== undefined && people >= shown.people && places >= shown.places;
  for (const counts of countsBeside(key, records, directory, events, newest)) {
    // A whole score group is read, so the order within it is the full list's.
    if (out.length > 0 && enough() && counts.score < out.at(-1)!.score) break;
    const record = directory.record(counts.key);
    if (!record) continue;
    const name = displayName(record);
    if (isGenericName(name)) continue;
    out.push({ key: counts.key, name, type: record.type, articles: counts.articles, sentences: counts.sentences, events: counts.events, score: counts.score, prominence: 0 });
    if (record.type === 'person') people += 1;
    else if (PLACE_TYPES.has(record.type)) places += 1;
  }
  // Ties go to the more prominent name, read only for the few shown.
  for (const c of out.slice(0, 40)) for (const r of directory.members(c.key)) c.prominence += r.mentions;
  out.sort((a, b) => b.score - a.score || b.prominence - a.prominence || a.name.localeCompare(b.name));
  return out.map(({ score: _score, prominence: _prominence, ...c }) => c);
}
