import type { RoleLine } from './entity-facts.js';
import { officeKey, officeWithoutNation } from './office-key.js';

/** Folds of one person's role lines into the office another line names more fully (`rolesOf` calls them). */

/** `short` joins `long`: its articles, and its dates where they reach further. */
export function absorb(long: RoleLine, short: RoleLine): void {
  long.articles = [...new Set([...long.articles, ...short.articles])];
  if (short.first < long.first) [long.first, long.articles] = [short.first, [...short.articles, ...long.articles.filter((a) => !short.articles.includes(a))]];
  if (short.last > long.last) long.last = short.last;
}

/**
 * A bare title more than a year from the only form of the office that names its nation ("Prime Minister" in
 * 2019, "British Prime Minister" in 2022) is that office, written as the articles name it elsewhere; each
 * keeps its own span (roleRows shows one row with both spans), as nothing says the years between were held.
 */
export function nationNamed(lines: RoleLine[]): RoleLine[] {
  return lines.map((line) => {
    const office = officeWithoutNation(line.title);
    if (office !== officeKey(line.title)) return line;
    const named = new Set(lines.filter((l) => l.former === line.former && officeWithoutNation(l.title) === office && officeKey(l.title) !== office).map((l) => l.title));
    return named.size === 1 ? { ...line, title: [...named][0]! } : line;
  });
}

/**
 * Folds each line `officeFor` reads as a description of an office ("NATO chief", "finance minister") into the
 * one line of that office over the same dates (same kind, current or former). With none, or two, it stays.
 */
function describedFolded(lines: RoleLine[], officeFor: (line: RoleLine) => ((other: RoleLine) => boolean) | undefined): RoleLine[] {
  let kept = lines;
  for (const line of lines) {
    const isOffice = officeFor(line);
    if (!isOffice) continue;
    const offices = kept.filter((l) => l !== line && l.former === line.former && l.first <= line.last && line.first <= l.last && isOffice(l));
    if (offices.length !== 1) continue;
    absorb(offices[0]!, line);
    kept = kept.filter((l) => l !== line);
  }
  return kept;
}

/** How news names whoever heads a body ("NATO chief", "Pentagon boss"): a description of its head's office. */
const HEAD_WORDS = new Set(['chief', 'head', 'boss']);

/**
 * "NATO chief" beside "NATO Secretary General" over the same dates is that office said short: it joins the one
 * other office of that body the person held then.
 */
export function headOfBodyFolded(lines: RoleLine[]): RoleLine[] {
  return describedFolded(lines, (line) => {
    // Office keys, so "EU chief" finds the "European Commission President" as "European Union chief" would.
    const words = officeKey(line.title).split(' ');
    if (words.length < 2 || !HEAD_WORDS.has(words.at(-1)!)) return undefined;
    const body = `${words.slice(0, -1).join(' ')} `;
    return (l) => officeKey(l.title).startsWith(body);
  });
}

/** How news abroad describes a country's finance office; its own name says the same office. */
const FINANCE_DESCRIPTIONS = new Set(['finance minister', 'finance secretary', 'finance chief']);
const FINANCE_OFFICES = new Set(['chancellor of the exchequer', 'exchequer chancellor', 'treasury secretary']);

/**
 * "finance minister" and "finance secretary" beside "Chancellor of the Exchequer" over the same dates are one
 * office in three wordings: they join the one finance office the person held then.
 */
export function financeOfficeFolded(lines: RoleLine[]): RoleLine[] {
  return describedFolded(lines, (line) =>
    FINANCE_DESCRIPTIONS.has(officeWithoutNation(line.title)) ? (l) => FINANCE_OFFICES.has(officeWithoutNation(l.title)) : undefined,
  );
}
