import type { EnrichedArticle } from '../articles/article.js';
import type { Archive } from '../articles/archive.js';
import { endsAsSentence } from '../language/sentence-end.js';
import { escapeMarkdown } from '../replies/markdown.js';
import { notice, type Reply } from '../replies/reply.js';
import { dateSpan } from './brief-format.js';
import { isUndated } from './undated-news.js';
import type { EntityDirectory } from './entity-directory.js';
import { displayName, presenceSentences, type EntityRecord, type RoleSighting } from './entity-record.js';
import { ALL_TITLES, BARE_JOBS, JUDGING_WORDS, NOT_OFFICES } from '../language/gazetteer/titles.js';
import { officeOf, recalledDropped } from './role-recall.js';
import { nameForm } from './name-forms.js';
import { officeKey, officeWithoutNation, shownTitle } from './office-key.js';
import { absorb, financeOfficeFolded, headOfBodyFolded, nationNamed } from './role-folds.js';

export { officeOf } from './role-recall.js';

export interface RoleLine {
  title: string;
  former: boolean;
  first: string;
  last: string;
  articles: string[];
}

/**
 * Roles as the articles give them, oldest first, each with the dates of the articles that give it. A
 * shorter form ("Chancellor") folds into a longer one it ends ("Austrian Chancellor") only where their
 * dates overlap, so a role that changed (a minister before, another ministry after) is never hidden.
 * Where most articles of a quarter call an office former, the few that name it plainly then speak of
 * the past ("under President …", a file photo): the current role's span breaks there. Sightings more
 * than a year apart are two spells, each judged on its own (a one-article spell beside a well-stated
 * role is left out).
 */
export function rolesOf(records: readonly EntityRecord[]): RoleLine[] {
  const sightings = recalledDropped(records.flatMap((r) => r.roles).map(asWritten).filter((role) => isOffice(role.title)));
  const pastQuarters = quartersHeld(sightings, false);
  const heldQuarters = quartersHeld(sightings, true);
  const groups = new Map<string, { sightings: RoleSighting[]; titles: Map<string, number> }>();
  for (const role of sightings) {
    if (!role.former && pastQuarters.has(`${officeHead(role.title)}|${quarterOf(role.date)}`)) continue;
    const key = `${officeKey(role.title)}|${role.former}`;
    const group = groups.get(key) ?? { sightings: [] as RoleSighting[], titles: new Map<string, number>() };
    group.sightings.push(role);
    group.titles.set(role.title, (group.titles.get(role.title) ?? 0) + 1);
    groups.set(key, group);
  }
  let lines = [...groups.values()].flatMap(({ sightings: all, titles }) => {
    const title = shownTitle([...titles.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]![0]);
    return spans(all, all[0]!.former ? heldQuarters : pastQuarters).map((part) => {
      const dates = part.map((s) => s.date).sort();
      const articles = [...new Set(part.sort((a, b) => a.date.localeCompare(b.date) || a.articleId.localeCompare(b.articleId)).map((s) => s.articleId))];
      return { title, former: part[0]!.former, first: dates[0]!, last: dates.at(-1)!, articles };
    });
  });
  for (const short of [...lines].sort((a, b) => a.title.length - b.title.length)) {
    // "current director" is the director's office the longer form names ("Director of National Intelligence").
    const form = ` ${nameForm(short.title).replace(/^(?:current|sitting) /, '')}`;
    // A longer form ends the short one ("Austrian Chancellor") or names what it is of ("Chancellor of the Exchequer").
    // Compared as written and as office keys, so "Republican leader" ends "House GOP Leader".
    const office = ` ${officeKey(short.title)}`;
    const longer = (l: RoleLine) =>
      ` ${nameForm(l.title)}`.endsWith(form) || ` ${nameForm(l.title)}`.startsWith(`${form} of `) || ` ${officeKey(l.title)}`.endsWith(office);
    const long = lines.find((l) => l !== short && l.former === short.former && longer(l) && oneSpell(l, short, lines));
    if (!long) continue;
    absorb(long, short);
    lines = lines.filter((l) => l !== short);
  }
  lines = financeOfficeFolded(headOfBodyFolded(nationNamed(lines)));
  // "candidate", "owner": a job with nothing to say what of, once it has given its articles to a longer form.
  lines = lines.filter((l) => !BARE_JOBS.has(nameForm(l.title)));
  // Beside a role many articles state, one stated once is more likely a misreading than news.
  const most = Math.max(0, ...lines.map((l) => l.articles.length));
  if (most >= ONE_OFF_BELOW) lines = lines.filter((l) => l.articles.length > 1);
  // "Chinese leader" beside "Chinese President" describes the office already listed.
  if (lines.some((l) => !nationsLeader(l.title))) lines = lines.filter((l) => !nationsLeader(l.title));
  // A return to an office once called former is news many articles carry; one article naming "President
  // Reagan" years after "former President Reagan" names the office held when what it tells happened.
  lines = lines.filter((l) => l.former || l.articles.length > 1 || !lastBeforeWasFormer(lines, l));
  return lines.sort((a, b) => a.first.localeCompare(b.first) || a.title.localeCompare(b.title));
}

/**
 * A title and a longer form of it are one line when their spans overlap; when the longer form only adds
 * the nation ("Prime Minister", "Israeli Prime Minister"), also when they lie less than a year apart (as
 * sightings of one title do, `spans`) with no line between them that says otherwise (held against former).
 */
function oneSpell(a: RoleLine, b: RoleLine, lines: readonly RoleLine[]): boolean {
  if (a.first <= b.last && b.first <= a.last) return true;
  if (officeWithoutNation(a.title) !== officeWithoutNation(b.title)) return false;
  const [early, late] = a.last < b.first ? [a, b] : [b, a];
  if (daysBetween(early.last, late.first) > APART_DAYS) return false;
  return !otherKindBetween(lines, a, b);
}

/** A line of the same office and the other kind (former against current) dated between two lines' spans. */
export function otherKindBetween(lines: readonly RoleLine[], a: RoleLine, b: RoleLine): boolean {
  const [early, late] = a.first <= b.first ? [a, b] : [b, a];
  const office = officeOf(a.title);
  return lines.some((l) => l.former !== a.former && officeOf(l.title) === office && l.first <= late.first && l.last >= early.last);
}

/** The line of the same office that ends last before this one starts calls it former. */
function lastBeforeWasFormer(lines: readonly RoleLine[], line: RoleLine): boolean {
  const office = officeOf(line.title);
  const before = lines.filter((l) => l !== line && l.last < line.first && officeOf(l.title) === office);
  const last = before.reduce<RoleLine | undefined>((a, b) => (!a || b.last > a.last ? b : a), undefined);
  return last?.former ?? false;
}

/** "leader", "Chinese leader", "China's leader": how news describes a head of state, not an office ("Majority Leader" is one). */
const nationsLeader = (title: string): boolean => officeWithoutNation(title.replace(/['’]s\b/g, '')) === 'leader';

/** Sightings this far apart are two spells of a role, not one ("nominee" in two elections). */
const APART_DAYS = 365;
const daysBetween = (a: string, b: string): number => (Date.parse(b) - Date.parse(a)) / 86_400_000;

const quarterOf = (date: string): string => `${date.slice(0, 4)}Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
const officeHead = (title: string): string => nameForm(title).split(' ').at(-1) ?? '';

const quarterAfter = (q: string, by: number): string => {
  const n = Number(q.slice(0, 4)) * 4 + Number(q.slice(5)) - 1 + by;
  return `${Math.floor(n / 4)}Q${(n % 4) + 1}`;
};

/**
 * Quarters (per office head) in which, counting the quarters either side too, articles call the
 * office former at least twice and at least as often as plainly (it was held before then), or with
 * `now`, name it plainly at least twice and more often than former (it was held then).
 */
function quartersHeld(sightings: readonly RoleSighting[], now: boolean): Set<string> {
  const counts = new Map<string, { former: number; current: number }>();
  for (const s of sightings) {
    const key = `${officeHead(s.title)}|${quarterOf(s.date)}`;
    const c = counts.get(key) ?? { former: 0, current: 0 };
    if (s.former) c.former++;
    else c.current++;
    counts.set(key, c);
  }
  const held = new Set<string>();
  for (const key of counts.keys()) {
    const [head, q] = key.split('|') as [string, string];
    let former = 0;
    let current = 0;
    for (const by of [-1, 0, 1]) {
      const c = counts.get(`${head}|${quarterAfter(q, by)}`);
      former += c?.former ?? 0;
      current += c?.current ?? 0;
    }
    if (now ? current >= 2 && current > former : former >= 2 && former >= current) held.add(key);
  }
  return held;
}

/**
 * A role's sightings in runs that no quarter of the other kind interrupts: a current role breaks where
 * the office was held before, a former one where it was held then.
 */
function spans(sightings: RoleSighting[], breaks: ReadonlySet<string>): RoleSighting[][] {
  const sorted = [...sightings].sort((a, b) => a.date.localeCompare(b.date));
  const head = officeHead(sorted[0]!.title);
  const past = [...breaks].filter((k) => k.startsWith(`${head}|`)).map((k) => k.slice(head.length + 1));
  const out: RoleSighting[][] = [];
  for (const s of sorted) {
    const run = out.at(-1);
    const before = run?.at(-1);
    const broken = !before || daysBetween(before.date, s.date) > APART_DAYS || past.some((q) => q > quarterOf(before.date) && q < quarterOf(s.date));
    if (broken) out.push([s]);
    else run!.push(s);
  }
  return out;
}

/** A role line many articles must state before roles stated by one article only are left out. */
const ONE_OFF_BELOW = 10;

/** Words before a title that rank its holder among peers ("China's top leader", "a senior official"): a description. */
const RANKING_WORDS = new Set(['top', 'senior', 'key', 'leading', 'longtime', 'veteran']);

/** A head of office read on into the person's own style: "House Majority Whip Rep. Jim Clyburn". */
const STYLE_AFTER_HEAD = /\b(whip|leader|chairman|chairwoman|chair|speaker|representative)\s+(?:representative|rep\.?|senator|sen\.?)$/i;

/**
 * A sighting's title as a role line reads it: "Trump's former lawyer" is a former "Trump's lawyer", and a
 * style read on after the office ("Whip Rep.") is the person's, not the office's.
 */
function asWritten(role: RoleSighting): RoleSighting {
  const styled = role.title.replace(STYLE_AFTER_HEAD, '$1');
  if (!/\S\s+former\s+\S/i.test(styled)) return styled === role.title ? role : { ...role, title: styled };
  return { ...role, title: styled.replace(/\s+former(?=\s)/i, ''), former: true };
}

/** Titles of one word ("chairman" of "chairman of the select committee"; not "home" of "home secretary"). */
const TITLE_WORDS = new Set(ALL_TITLES.filter((t) => !t.includes(' ')));
const WEEKDAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/** An office ("Florida Gov.", "Russian President"), not a description ("rival", "author", "top leader"). */
export function isOffice(title: string): boolean {
  // "Trump's-endorsed candidate": whose backing a person has, not an office.
  if (/['’]s-/.test(title)) return false;
  // "Duchess of Sussex won't be present": a title read on into the sentence's verb.
  if (/n['’]t\b|\b(?:will|would|is|was|are|were|be|has|have|had)\b/i.test(title) || WEEKDAY.test(title)) return false;
  const words = nameForm(title).split(' ');
  const last = words[words.length - 1] ?? '';
  if (words.slice(0, -1).some((w) => RANKING_WORDS.has(w))) return false;
  // "billionaire adviser", "state's governor": the person judged, or an office of a place the title does not name.
  const first = /^\S+/.exec(title)?.[0] ?? '';
  if (/^\p{Ll}/u.test(first) && (NOT_OFFICES.has(first) || JUDGING_WORDS.has(first) || /^\p{Ll}+['’]s$/u.test(first))) return false;
  // "home of former assistant attorney general": a thing of an office, not the office ("speaker of the House" is one).
  if (/^\p{Ll}+ of /u.test(title) && !TITLE_WORDS.has(first)) return false;
  return !NOT_OFFICES.has(last) || (last === 'major' && title.endsWith('Major'));
}

/** The articles naming an entity, newest first, with the sentences that name it. */
export function articlesNaming(records: readonly EntityRecord[], archive: Archive, since?: string): { article: EnrichedArticle; sentences: number[] }[] {
  const out = new Map<string, { article: EnrichedArticle; sentences: number[] }>();
  for (const record of records) {
    record.articles.forEach((packed, id) => {
      const article = archive.get(id);
      if (!article || (since && article.date < since)) return;
      const sentences = presenceSentences(packed);
      const seen = out.get(id);
      out.set(id, { article, sentences: seen ? [...new Set([...seen.sentences, ...sentences])] : sentences });
    });
  }
  return [...out.values()].sort((a, b) => b.article.date.localeCompare(a.article.date) || a.article.id.localeCompare(b.article.id));
}

/** Of the whole sentences naming the entity, the one the summariser ranks highest (else the first), never a photo caption. */
export function bestSentence(article: EnrichedArticle, naming: readonly number[]): number | undefined {
  // A whole sentence only: a saved page's wrapped line cut mid-sentence ("…birther conspiracy theory, Harris")
  // or a heading ("Vladimir Putin and Vivek Ramaswamy split") quoted as news misleads.
  const told = new Set(naming.filter((i) => {
    const s = article.analysis.sentences[i];
    return s !== undefined && !s.caption && endsAsSentence(s.text);
  }));
  for (const i of article.analysis.summaryRank) if (told.has(i)) return i;
  return naming.find((i) => told.has(i));
}

export interface BriefingSubject {
  records: EntityRecord[];
  head: EntityRecord;
  name: string;
  naming: { article: EnrichedArticle; sentences: number[] }[];
  /** "2023-09-01 to 2023-09-13", or the one date. */
  span: string;
}

/** What every entity briefing starts from, or the notice that says why there is nothing to brief on. */
export function briefingSubject(directory: EntityDirectory, archive: Archive, key: string, since?: string): BriefingSubject | Reply {
  const records = directory.members(key);
  const head = directory.record(key);
  if (!head || records.length === 0) return notice('That name has left the archive.');
  const name = displayName(head);
  const naming = articlesNaming(records, archive, since);
  if (naming.length === 0) return notice(`No article since ${since} names ${escapeMarkdown(name)}.`);
  // An undated article carries the day it arrived, which is no day of the news.
  const dated = naming.filter((n) => !isUndated(n.article));
  const ends = dated.length ? dated : naming;
  const span = dateSpan(ends.at(-1)!.article.date, ends[0]!.article.date);
  return { records, head, name, naming, span };
}
