/**
 * A headline as replies show it. Some sources hand over headlines cut short with "..." ("Trump sues BBC for
 * $10B over edited Jan. 6 video: 'Putting words in ..."); the part before the last clause break reads as
 * a whole headline, so the cut is moved back there. The stored title stays as the source gave it (ids and
 * search are made from it).
 */
const CUT_SHORT = /\s*(?:\.{3}|…)\s*$/;
/** Where a headline's clause ends: "; ", ": ", " - ", " – ", " — ", " | ". */
const BREAK = /[;:](?=\s)|\s[-–—|](?=\s)/g;
/** Shorter than this, the part before a break is a kicker ("Analysis:"), not the headline. */
const SHORTEST = 25;

export function shownHeadline(title: string): string {
  if (!CUT_SHORT.test(title)) return title;
  const text = title.replace(CUT_SHORT, '');
  let cut = -1;
  for (const m of text.matchAll(BREAK)) if (m.index >= SHORTEST) cut = m.index;
  return cut > 0 ? text.slice(0, cut).trim() : `${text}…`;
}
