import { dateSpan } from './brief-format.js';
import { otherKindBetween, type RoleLine } from './entity-facts.js';

/** One shown role: a title with every span of articles that state it, oldest first. */
export interface RoleRow {
  title: string;
  former: boolean;
  spans: { first: string; last: string }[];
  articles: string[];
}

/**
 * Spells of one title that coverage gaps split ("French President" in 2019, in 2022 and in 2024, with no
 * article about him in between) are one row, each span kept, so the role does not read as three terms.
 * Spells the other kind of line lies between (a "former" line between two current ones: out of office,
 * then back) stay apart rows, as rolesOf made them.
 */
export function roleRows(lines: readonly RoleLine[]): RoleRow[] {
  const rows: RoleRow[] = [];
  const rowOf = new Map<RoleLine, RoleRow>();
  for (const line of lines) {
    const earlier = lines.find((l) => rowOf.has(l) && l.title === line.title && l.former === line.former && !otherKindBetween(lines, l, line));
    const row = earlier ? rowOf.get(earlier)! : undefined;
    if (row) {
      row.spans.push({ first: line.first, last: line.last });
      row.articles.push(...line.articles.filter((a) => !row.articles.includes(a)));
      rowOf.set(line, row);
      continue;
    }
    const fresh = { title: line.title, former: line.former, spans: [{ first: line.first, last: line.last }], articles: [...line.articles] };
    rows.push(fresh);
    rowOf.set(line, fresh);
  }
  for (const row of rows) row.spans.sort((a, b) => a.first.localeCompare(b.first));
  return rows;
}

/** "2019-03-06 to 2020-04-28; 2022-01-07 to 2022-12-23". */
export const rowSpans = (row: RoleRow): string => row.spans.map((s) => dateSpan(s.first, s.last)).join('; ');
