import type { EntityDirectory } from './entity-directory.js';
import type { RoleLine } from './entity-facts.js';
import { officeKey, officeWithoutNation } from './office-key.js';

/** Offices one person holds at a time in a nation: two holders of one at one time are a holder and a look back. */
const ONE_HOLDER = new Set(['president', 'prime minister', 'chancellor', 'premier', 'king', 'queen', 'emperor', 'supreme leader']);
/** A cheap first look at a title's last words before its office key is worked out. */
const MAY_BE_ONE_HOLDER = /(?:president|minister|chancellor|premier|king|queen|emperor|leader)$/i;
/** Another holder in as many articles as this, and this many times the line's, makes the line a look back. */
const RIVAL_AT_LEAST = 5;
const OUTNUMBERED_BY = 3;
/** A changed directory's index is worked out again at most this often: who holds an office changes slowly. */
const REBUILD_MS = 10 * 60_000;

/** The nation's one-holder office a title names ("US President" → "american president"); none for others or a bare "President". */
export function oneHolderOffice(title: string): string | undefined {
  if (!MAY_BE_ONE_HOLDER.test(title)) return undefined;
  const office = officeKey(title);
  const plain = officeWithoutNation(title);
  return ONE_HOLDER.has(plain) && office !== plain ? office : undefined;
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

  /** The current-role lines of `subject` (a canonical key) that another holder outnumbers in their time. */
  lookBacks(subject: string, lines: readonly RoleLine[]): Set<RoleLine> {
    const found = new Set<RoleLine>();
    for (const line of lines) {
      const office = line.former ? undefined : oneHolderOffice(line.title);
      if (!office) continue;
      const rivals = new Map<string, Set<string>>();
      for (const s of this.sightings(office)) {
        if (s.holder === subject || s.date < line.first || s.date > line.last) continue;
        const articles = rivals.get(s.holder) ?? new Set<string>();
        articles.add(s.articleId);
        rivals.set(s.holder, articles);
      }
      const most = Math.max(0, ...[...rivals.values()].map((a) => a.size));
      if (most >= RIVAL_AT_LEAST && most >= OUTNUMBERED_BY * line.articles.length) found.add(line);
    }
    return found;
  }

  private sightings(office: string): readonly Sighting[] {
    const directory = this.directoryOf();
    const stale = this.index && this.index.version !== directory.version && this.now() - this.index.builtAt > REBUILD_MS;
    if (!this.index || stale) {
      const byOffice = new Map<string, Sighting[]>();
      for (const record of directory.all()) {
        for (const role of record.roles) {
          const key = role.former ? undefined : oneHolderOffice(role.title);
          if (!key) continue;
          const list = byOffice.get(key) ?? [];
          list.push({ holder: directory.canonical(record.key), articleId: role.articleId, date: role.date });
          byOffice.set(key, list);
        }
      }
      this.index = { version: directory.version, builtAt: this.now(), byOffice };
    }
    return this.index.byOffice.get(office) ?? [];
  }
}
