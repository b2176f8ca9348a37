import type { EntityDirectory } from './entity-directory.js';
import type { RoleLine } from './entity-facts.js';
import { officeKey, officeWithoutNation } from './office-key.js';

/** Offices one person holds at a time in a nation: two holders of one at one time are a holder and a look back. */
const ONE_HOLDER = new Set(['president', 'vice president', 'prime minister', 'chancellor', 'premier', 'king', 'queen', 'emperor', 'supreme leader']);
/** A cheap first look at a title's last words before its office key is worked out. */
const MAY_BE_ONE_HOLDER = /(?:president|minister|chancellor|premier|king|queen|emperor|leader)$/i;
/** Another holder in as many articles as this, and this many times the line's, makes the line a look back. */
const RIVAL_AT_LEAST = 5;
const OUTNUMBERED_BY = 3;
/** Days either side of a line's span in which another holder's sightings count against it. */
const AROUND_DAYS = 45;
/** A line of at most this many articles may be a look back that another holder's sightings on both sides show. */
const BRACKETED_AT_MOST = 2;
const BRACKET_DAYS = 400;
const shiftDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** A changed directory's index is worked out again at most this often: who holds an office changes slowly. */
const REBUILD_MS = 10 * 60_000;
/** Records read between two rests of a background pass. */
const STEP_RECORDS = 500;

/** The nation's one-holder office a title names ("US President" → "american president"); none for others or a bare "President". */
export function oneHolderOffice(title: string): string | undefined {
  if (!MAY_BE_ONE_HOLDER.test(title)) return undefined;
  const office = officeKey(title);
  const plain = officeWithoutNation(title);
  return ONE_HOLDER.has(plain) && office !== plain ? office : undefined;
}

/**
 * The nation's one-holder office a bare title names ("President" → "american president"): `nation`, the one
 * the person's other titles name ("south korean"), else `home`, the country most often named beside them.
 * No one writes FDR's nation in "President Franklin Roosevelt".
 */
export function bareOffice(title: string, nation: string | undefined, home?: string): string | undefined {
  if (!MAY_BE_ONE_HOLDER.test(title)) return undefined;
  const plain = officeWithoutNation(title);
  if (!ONE_HOLDER.has(plain) || officeKey(title) !== plain) return undefined;
  if (nation) return `${nation} ${plain}`;
  const office = home === undefined ? plain : officeKey(`${home} ${title}`);
  return office !== plain ? office : undefined;
}

/** The nation a title names, as its adjective ("Ukraine President" → "ukrainian"); none for a bare one. */
function nationOf(title: string): string | undefined {
  const key = officeKey(title);
  const plain = officeWithoutNation(title);
  return key !== plain && key.endsWith(` ${plain}`) ? key.slice(0, -plain.length - 1) : undefined;
}

interface Sighting {
  holder: string;
  articleId: string;
  date: string;
}

/**
 * Who the articles call the holder of each nation's one-holder office, and when. A briefing on Richard Nixon
 * read in 2022's news finds "President Richard Nixon" in a few articles about history, while hundreds call
 * another man the US President then: the few are look backs, not a term in office.
 */
export class OfficeHolders {
  private index: { version: number; builtAt: number; byOffice: Map<string, Sighting[]> } | undefined;

  constructor(
    private readonly directoryOf: () => EntityDirectory,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /**
   * The current-role lines of `subject` (a canonical key) that another holder outnumbers in their time; a bare
   * title ("President") is read as the office of the nation the subject's other lines name, else of `home`,
   * the country most often named beside the subject (`bareOffice`).
   */
  lookBacks(subject: string, lines: readonly RoleLine[], home?: string): Set<RoleLine> {
    const found = new Set<RoleLine>();
    const nation = lines.map((l) => nationOf(l.title)).find((n) => n !== undefined);
    for (const line of lines) {
      const office = line.former ? undefined : (oneHolderOffice(line.title) ?? bareOffice(line.title, nation, home));
      if (!office) continue;
      const rivals = new Map<string, Set<string>>();
      // The weeks around the line count too: a one-article line's own day says little of who held the office.
      const [from, to] = [shiftDays(line.first, -AROUND_DAYS), shiftDays(line.last, AROUND_DAYS)];
      for (const s of this.sightings(office)) {
        if (s.holder === subject || s.date < from || s.date > to) continue;
        const articles = rivals.get(s.holder) ?? new Set<string>();
        articles.add(s.articleId);
        rivals.set(s.holder, articles);
      }
      const most = Math.max(0, ...[...rivals.values()].map((a) => a.size));
      if (most >= RIVAL_AT_LEAST && most >= OUTNUMBERED_BY * line.articles.length) found.add(line);
      else if (line.articles.length <= BRACKETED_AT_MOST && this.bracketed(subject, office, line, lines)) found.add(line);
    }
    return found;
  }

  /**
   * In an archive too thin to outnumber anyone (a folder of saved pages), "President Barack Obama's
   * re-election" in a 2019 article is a look back when another holder is seen in the office within
   * BRACKET_DAYS before the line and again within BRACKET_DAYS after it, and the subject's other lines of the
   * office keep out of that stretch.
   */
  private bracketed(subject: string, office: string, line: RoleLine, lines: readonly RoleLine[]): boolean {
    const [from, to] = [shiftDays(line.first, -BRACKET_DAYS), shiftDays(line.last, BRACKET_DAYS)];
    const before = new Map<string, string>();
    const after = new Map<string, string>();
    for (const s of this.sightings(office)) {
      if (s.holder === subject) continue;
      if (s.date >= from && s.date < line.first && (before.get(s.holder) ?? '') < s.date) before.set(s.holder, s.date);
      if (s.date > line.last && s.date <= to && (after.get(s.holder) ?? '9') > s.date) after.set(s.holder, s.date);
    }
    for (const [holder, start] of before) {
      const end = after.get(holder);
      if (!end) continue;
      const own = lines.some((l) => l !== line && !l.former && l.title === line.title && l.last >= start && l.first <= end);
      if (!own) return true;
    }
    return false;
  }

  /** Whether the index is worked out for the directory as it is now. */
  isCurrent(): boolean {
    return this.index?.version === this.directoryOf().version;
  }

  private sightings(office: string): readonly Sighting[] {
    const directory = this.directoryOf();
    const stale = this.index && this.index.version !== directory.version && this.now() - this.index.builtAt > REBUILD_MS;
    if (!this.index || stale) for (const steps = this.steps(true); !steps.next().done; );
    return this.index!.byOffice.get(office) ?? [];
  }

  /**
   * The index worked out, a step per STEP_RECORDS records, when there is none or the directory changed since it
   * was more than REBUILD_MS ago (or always, `force`): run as a load ends, or in the background after one or
   * after changes (`fold-pacing.ts`), so the first question on a head of state does not walk the whole directory (a quarter
   * of a second at 100,000 articles), and a feed's steady changes do not make every quiet moment walk it. A
   * change to the directory during the pass does not cut it short: the index is as fresh as when it started.
   */
  *steps(force = false): Generator<void, void> {
    const directory = this.directoryOf();
    if (!force && this.index && (this.index.version === directory.version || this.now() - this.index.builtAt <= REBUILD_MS)) return;
    const version = directory.version;
    const byOffice = new Map<string, Sighting[]>();
    let n = 0;
    for (const record of directory.all()) {
      if (++n % STEP_RECORDS === 0) yield;
      // "President Trump": a bare title is the office of the nation the holder's other titles name.
      const nation = record.roles.length ? record.roles.map((r) => nationOf(r.title)).find((x) => x !== undefined) : undefined;
      for (const role of record.roles) {
        const key = role.former ? undefined : (oneHolderOffice(role.title) ?? (nation ? bareOffice(role.title, nation) : undefined));
        if (!key) continue;
        const list = byOffice.get(key) ?? [];
        list.push({ holder: directory.canonical(record.key), articleId: role.articleId, date: role.date });
        byOffice.set(key, list);
      }
    }
    this.index = { version, builtAt: this.now(), byOffice };
  }
}
