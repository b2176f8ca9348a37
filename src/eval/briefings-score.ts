import type { GoldEvent, GoldRole } from './briefings-gold.js';

/**
 * Judging the lines of `/brief about:` against the gold. Each judge returns 'right', 'wrong' or
 * 'unjudged' (the gold has nothing to say: the line's article was not read for it).
 */
export type Verdict = 'right' | 'wrong' | 'unjudged';

/** Words that qualify a title without changing the office: nationality, place, organisation, time. */
const MODIFIERS = new Set(
  ('u.s. us united states american america russian russia ukrainian ukraine chinese china french france british uk u.k. britain ' +
    'israeli israel indian india turkish turkey german germany canadian canada italian italy north south korean korea japanese ' +
    'republican democratic democrat gop labour conservative house senate florida california new york state party main opposition white house vatican catholic the of former then incoming outgoing current acting ex (former) late')
    .split(' '),
);

/** "US President (former)" → "president"; "When President" stays "when president" (sentence words are not modifiers). */
export function coreTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/\bgov\./g, 'governor')
    .replace(/\bsen\./g, 'senator')
    .replace(/\brep\./g, 'representative')
    .replace(/\bsec\./g, 'secretary')
    .split(/[\s-]+/)
    .filter((w) => w && !MODIFIERS.has(w))
    .join(' ');
}

export interface RoleLine {
  title: string;
  from: string;
  to: string;
  former: boolean;
}

/** `Title — 2019-01-07 to 2025-12-17 · …` → its parts; undefined when the line is not a role line. */
export function parseRoleLine(line: string): RoleLine | undefined {
  const m = /^(.+?) — (\d{4}-\d{2}-\d{2})(?: to (\d{4}-\d{2}-\d{2}))?/.exec(line);
  if (!m) return undefined;
  const title = m[1]!.trim();
  return { title, from: m[2]!, to: m[3] ?? m[2]!, former: /\(former\)|\bformer\b|\bex-|\bthen-/i.test(title) };
}

/**
 * Right when the core title is one the gold gives the person and the shown span sits within a time the
 * gold says it applies: while in office for a current title, after some term of it for a former one.
 */
export function judgeRole(line: RoleLine, roles: readonly GoldRole[]): Verdict {
  const core = coreTitle(line.title);
  const same = roles.filter((r) => coreTitle(r.title) === core);
  if (!same.length) return 'wrong';
  const fits = same.some((r) => {
    if (line.former) return r.to !== undefined && line.from >= r.to && !heldAt(same, line.from, line.to);
    return line.from >= r.from && (r.to === undefined || line.to <= r.to);
  });
  return fits ? 'right' : 'wrong';
}

/** Some term of the office overlaps the span (then "former" contradicts it). */
function heldAt(roles: readonly GoldRole[], from: string, to: string): boolean {
  return roles.some((r) => r.from <= to && (r.to === undefined || r.to > from));
}

export interface TimelineLine {
  /** As shown: `2025-12-17`, `2025-07`, `2026`, `after 2025-12-17`. */
  date: string;
  text: string;
  /** The bot's article id quoted under the line. */
  articleId: string;
  planned: boolean;
}

/** A timeline field's value → its entries (`**date** · words …` then `> sentence \`id\``). */
export function parseTimeline(value: string): TimelineLine[] {
  const out: TimelineLine[] = [];
  let current: TimelineLine | undefined;
  for (const line of value.split('\n')) {
    const head = /^\*\*(.+?)\*\*(.*)$/.exec(line);
    if (head) {
      current = { date: head[1]!.trim(), text: head[2]!.replace(/^\s*·\s*/, '').trim(), articleId: '', planned: /\*planned\*/.test(head[2]!) };
      out.push(current);
    } else if (current && !current.articleId) {
      const id = /`([^`]+)`\s*$/.exec(line);
      if (id) current.articleId = id[1]!;
    }
  }
  return out;
}

/** The gold event a line shows, if any: same article, verb in the line, date equal at the granularity shown. */
export function matchEvent(line: TimelineLine, events: readonly GoldEvent[]): GoldEvent | undefined {
  const week = /^week of (\d{4}-\d{2}-\d{2})$/.exec(line.date)?.[1];
  const shown = calendarValue(line.date.replace(/^after\s+/, ''));
  const after = line.date.startsWith('after ');
  const inWeek = (d: string) => week !== undefined && d.length === 10 && d >= week && d <= addDays(week, 6);
  const text = line.text.toLowerCase();
  return events.find((e) => {
    if (!text.includes(e.verb.toLowerCase())) return false;
    const fits = inWeek(e.date) || e.date.startsWith(shown) || (after && e.date >= shown);
    return (after || line.planned) === (e.planned === true) && fits;
  });
}

const MONTHS = 'january february march april may june july august september october november december'.split(' ');

/** A shown label back to the calendar value it names: "March 2024" → 2024-03, "the 1990s" → 199; days and years as shown. */
export function calendarValue(label: string): string {
  const month = /^([A-Za-z]+) (\d{4})$/.exec(label);
  const m = month ? MONTHS.indexOf(month[1]!.toLowerCase()) : -1;
  if (month && m >= 0) return `${month[2]}-${String(m + 1).padStart(2, '0')}`;
  const decade = /^the (\d{3})0s$/.exec(label);
  return decade ? decade[1]! : label;
}

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Names that are never a person, organisation or place entry, whatever the gold says. Parties,
 * caucuses and party members are organisations, never people ("House Democrats" as a person is junk,
 * "Republican Party" as an organisation is not).
 */
export function junkByRule(name: string, type?: string): boolean {
  const n = name.trim();
  if (/\b(images|getty|photo|photos|pool|staff|contributor|correspondent)\b/i.test(n)) return true;
  if (/\b(war|wars|programme|program|social security|medicare|medicaid)\b/i.test(n)) return true;
  if (type !== 'organisation' && /\b(caucus|party|democrats|republicans)\b/i.test(n)) return true;
  if (/^(et|pt|ct|mt|est|edt|pst|gmt|utc|bst)$/i.test(n)) return true;
  return /^(president|prime minister|senator|sen\.|rep\.|gov\.|governor|secretary|minister|king|queen|pope|chancellor|leader|mr\.?|mrs\.?|ms\.?)$/i.test(n);
}

export function isJunk(name: string, goldJunk: ReadonlySet<string>, type?: string): boolean {
  return junkByRule(name, type) || goldJunk.has(name.trim().toLowerCase());
}

/** Extra lines showing an event already shown, per distinct event shown. */
export function duplicatesPerEvent(matched: readonly GoldEvent[]): number {
  if (!matched.length) return 0;
  const distinct = new Set(matched).size;
  return (matched.length - distinct) / distinct;
}

export function precision(verdicts: readonly Verdict[]): { right: number; wrong: number; unjudged: number; precision: number | null } {
  const right = verdicts.filter((v) => v === 'right').length;
  const wrong = verdicts.filter((v) => v === 'wrong').length;
  const unjudged = verdicts.length - right - wrong;
  return { right, wrong, unjudged, precision: right + wrong ? +(right / (right + wrong)).toFixed(4) : null };
}
