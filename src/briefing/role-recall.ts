import type { RoleSighting } from './entity-record.js';
import { nameForm } from './name-forms.js';

/** Role sightings that recall an office held before, told apart from a current one (`rolesOf` drops them). */

/** "Vice President" and "President" are two offices; "US President" and "President" one. */
export const officeOf = (title: string): string => {
  const words = nameForm(title).split(' ');
  const before = words.at(-2);
  return before === 'vice' || before === 'deputy' ? words.slice(-2).join(' ') : (words.at(-1) ?? '');
};

/** Plain sightings of an office between two former ones that are read as a look back, not a return. */
const RECALL_RUN = 3;

/**
 * Drops a plain title written amid articles that call the same office former ("President Marr" in a
 * quote or a look back, between "former President Marr" on either side): at least two of its nearest
 * sightings of the office, two before and two after, and three in four of them, say former; or it is one of
 * a short run of plain sightings with a former one on either side.
 */
export function recalledDropped(sightings: readonly RoleSighting[]): RoleSighting[] {
  const byOffice = new Map<string, RoleSighting[]>();
  for (const s of sightings) {
    const list = byOffice.get(officeOf(s.title));
    if (list) list.push(s);
    else byOffice.set(officeOf(s.title), [s]);
  }
  const dropped = new Set<RoleSighting>();
  for (const list of byOffice.values()) {
    list.sort((a, b) => a.date.localeCompare(b.date) || Number(a.former) - Number(b.former));
    list.forEach((s, i) => {
      if (s.former) return;
      const near = [...list.slice(Math.max(0, i - 2), i), ...list.slice(i + 1, i + 3)];
      const former = near.filter((n) => n.former).length;
      if (former >= 2 && former * 4 >= near.length * 3) dropped.add(s);
      // Between two sightings that call it former, a short run of plain ones (three at most) is a look back
      // ("when President Marr signed…"), not a return to office: a return is told in more than that.
      const before = list.slice(0, i).findLastIndex((n) => n.former);
      const after = list.findIndex((n, j) => j > i && n.former);
      if (before >= 0 && after > 0 && list.slice(before + 1, after).filter((n) => !n.former).length <= RECALL_RUN) dropped.add(s);
    });
  }
  return sightings.filter((s) => !dropped.has(s));
}
