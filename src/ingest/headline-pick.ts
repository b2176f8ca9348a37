import { wordCount } from './chrome.js';
import { junkPenalty } from './headline-junk.js';
import { isSiteTagline, printedAgain, stampRightUnder, underMasthead } from './headline-place.js';
import { type HeadKind } from './page-head.js';

/**
 * Which line above the story is its headline: scored by the lead's words it shares, its length and shape,
 * where it stands (over a byline or stamp, under a picture label, above its standfirst) and whether the page
 * prints it again; never a name-only line, a caption, a list of authors or a site prompt.
 */
const STOP = new Set('the a an and or but of in on at to for from with by as is are was were be been has have had it its this that these those his her their our your who what when where why how not no after over into about than more most new says said will would could can'.split(' '));
const contentWords = (text: string) => text.toLowerCase().split(/[^\p{L}\d]+/u).filter((w) => w.length >= 3 && !STOP.has(w));
/** "Duncan Walker", "Steffan Rhys Deputy Content Hub Director": capitalised words only, a name or a job, not a headline. */
const NAME_LIKE = /^(?:[\p{Lu}][\p{L}'’.-]*\s*){2,7}$/u;
/** A short line of capitalised words only: a reporter's name or job, or a menu's, not a headline. */
export const isNameLine = (text: string) => NAME_LIKE.test(text.trim()) && wordCount(text) <= 7;
/** "Jane Doe, John Roe and Ann Poe": several authors, each name capitalised, not a headline. */
const NAME_LIST = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}(?:(?:,| and| &) \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}){1,6}$/u;

/**
 * The headline: of the headline-like lines above the story (up to `lookBack` lines), the one that best
 * shares the lead's words, at a headline's length, not shaped like a name, a caption or a menu, and
 * repeated as "Headline | Site" where the page does so. The headline names what the lead tells.
 * `minScore`: none unless the best scores at least this (-1 then).
 */
export function findHeadline(lines: readonly string[], kinds: readonly HeadKind[], storyStart: number, lookBack = 40, minScore = -Infinity): number {
  const story = new Set<string>();
  for (let i = storyStart, n = 0; i < lines.length && n < 40; i++) {
    if (!lines[i]!.trim()) continue;
    n++;
    // Only the story's prose: teaser headlines listed after it share every word of themselves.
    if (kinds[i] !== 'prose') continue;
    // The lead's opening words are enough to recognise its headline; a one-line page is not split whole.
    for (const w of contentWords(lines[i]!.slice(0, 2000))) story.add(w);
  }
  let scored = scoreCandidates(lines, kinds, storyStart, story, lookBack);
  // A gallery or a video's playlist between the headline and the story can hold more lines than the usual
  // reach: with no fair candidate near, the head is read further up.
  if (topScore(scored) < 0) {
    const far = scoreCandidates(lines, kinds, storyStart, story, lookBack * FAR_REACH);
    if (topScore(far) > topScore(scored)) scored = far;
  }
  if (!scored.length) return -1;
  // The headline stands just above its standfirst, which shares as many of the lead's words: of the close
  // ones right above the best, the top-most (a line far above is another story's or the site's).
  const best = scored.reduce((a, b) => (b.score > a.score ? b : a));
  if (best.score < minScore) return -1;
  let chosen = best;
  // A site's tagline under its masthead, at the very top of the page, can share more of the lead's words: the
  // shorter line right under it, over the byline or date stamp, is the headline.
  const signedUnder = underMasthead(lines, best.index) && scored.find((c) => c.index > best.index && nonEmptyBetween(lines, best.index, c.index) <= 1 && c.score >= best.score - KICKER_SLACK && stampRightUnder(lines, kinds, c.index) && wordCount(lines[c.index]!) < wordCount(lines[best.index]!));
  if (signedUnder) return signedUnder.index;
  // A standfirst shares more of the lead's words than its headline does; the headline right above it is the one
  // the page prints again (a sticky header, a share label, a video's title), so that one is given more slack.
  const standfirstSlack = (c: { index: number }) => (printedAgain(lines, c.index) ? STANDFIRST_SLACK + REPRINT_SLACK : STANDFIRST_SLACK);
  // A subtitle set under the byline and date ("Headline / Jane Doe / Oct 19 · 10 min read / subtitle / lead"):
  // the line signed, right over the signature, is the headline.
  const signed = scored.find((c) => c.index < best.index && c.score >= best.score - SIGNED_SLACK && signatureBetween(lines, kinds, c.index, best.index));
  if (signed) chosen = signed;
  for (const c of scored) if (c.index < chosen.index && nonEmptyBetween(lines, c.index, chosen.index) <= 8 && (c.score >= best.score - 0.35 || (c.score >= best.score - standfirstSlack(c) && nonEmptyBetween(lines, c.index, chosen.index) <= 2 && wordCount(lines[chosen.index]!) >= STANDFIRST_WORDS && wordCount(lines[c.index]!) >= 5 && wordCount(lines[c.index]!) <= wordCount(lines[chosen.index]!)))) chosen = c;
  return chosen.index;
}

/** How much lower the signed line under a site's tagline may score and still be the headline. */
const KICKER_SLACK = 0.6;

/** How much lower a line over a signature may score than a subtitle under it and still be the headline. */
const SIGNED_SLACK = 2;

/**
 * Whether only a signature stands between lines `from` and `to`: a byline or a name, then a date stamp right
 * over `to`, with no more than four lines (buttons such as "Follow" and other shapeless lines aside).
 */
function signatureBetween(lines: readonly string[], kinds: readonly HeadKind[], from: number, to: number): boolean {
  let named = false;
  let last: HeadKind | undefined;
  let n = 0;
  for (let j = from + 1; j < to; j++) {
    const text = lines[j]!.trim();
    if (!text || kinds[j] === 'chrome' || kinds[j] === 'other') continue;
    if (++n > 4) return false;
    const name = kinds[j] === 'byline' || isNameLine(text);
    if (!name && kinds[j] !== 'date') return false;
    named ||= name;
    last = kinds[j];
  }
  return named && last === 'date';
}

/** How much lower a line right above a standfirst may score and still be its headline; more when printed again. */
const STANDFIRST_SLACK = 1.2;
const REPRINT_SLACK = 0.6;

const topScore = (scored: readonly { score: number }[]): number => scored.reduce((top, c) => Math.max(top, c.score), -Infinity);

/** How many times the usual reach the head is read when nothing near the story reads as its headline. */
const FAR_REACH = 4;

/** The headline-like lines up to `lookBack` lines above the story, each scored (see findHeadline). */
function scoreCandidates(lines: readonly string[], kinds: readonly HeadKind[], storyStart: number, story: ReadonlySet<string>, lookBack: number): { index: number; score: number }[] {
  const head = lines.slice(Math.max(0, storyStart - 2 * lookBack), storyStart).map((l) => l.trim());
  const scored: { index: number; score: number }[] = [];
  let seen = 0;
  for (let i = storyStart - 1; i >= 0 && seen < lookBack; i--) {
    const text = lines[i]!.trim();
    // Menus, share rows and sign-up boxes between the headline and the story do not put the headline out of reach.
    if (!text || kinds[i] === 'chrome') continue;
    seen++;
    if (kinds[i] !== 'headline') continue;
    const words = contentWords(text);
    const shared = words.filter((w) => story.has(w)).length;
    let score = words.length ? shared / Math.sqrt(words.length) : 0;
    // A trailing emoji decorates a section's heading ("News & general 🗞"); it is no word of a headline.
    const count = wordCount(text.replace(/\p{Extended_Pictographic}/gu, ''));
    if (count >= 4 && count <= 16) score += 0.5;
    else if (count > 18) score -= 0.7;
    // A line of two or three words above a story is more often a section or a label ("Real estate") than its headline.
    else if (count <= 3) score -= 1;
    if ((NAME_LIKE.test(text) && count <= 7) || NAME_LIST.test(text)) score -= 1.5;
    score -= junkPenalty(lines, i, storyStart);
    if (isSiteTagline(lines, i, storyStart)) score -= 3;
    if (head.some((other) => other !== text && other.startsWith(text) && /^\s*[|–—-]/.test(other.slice(text.length)))) score += 1;
    // A headline is printed again elsewhere on the page: a sticky header, the breadcrumb's last step, a share button's label.
    else if (text.length >= 20 && echoedElsewhere(lines, kinds, i, text, storyStart)) score += 0.8;
    // The headline stands over its byline or date stamp; a caption or a teaser does not.
    if (signedBelow(lines, kinds, i, storyStart)) score += 0.6;
    scored.push({ index: i, score: score - seen * 0.01 });
  }
  return scored;
}

/**
 * Whether the page prints line `i` again as a headline is reprinted: the same line, the last step of a
 * breadcrumb ("Home News Markets <headline>"), or a share button's label, in the page's head above the story
 * (a teaser is listed again under it). Only short lines in the last ECHO_REACH lines are read, so the cost per
 * candidate is bounded whatever the page's size.
 */
const ECHO_REACH = 200;

function echoedElsewhere(lines: readonly string[], kinds: readonly HeadKind[], i: number, text: string, storyStart: number): boolean {
  for (let j = Math.max(0, storyStart - ECHO_REACH); j < storyStart; j++) {
    const other = j === i ? '' : lines[j]!.trim();
    if (other.length < text.length || other.length > 500 || !other.includes(text)) continue;
    if (other === text || other.endsWith(text) || kinds[j] === 'chrome') return true;
  }
  return false;
}

/**
 * A standfirst runs to a sentence's length: a shorter line right above one that scores a little higher is the
 * headline, when it is no label (five words or more).
 */
const STANDFIRST_WORDS = 12;

function nonEmptyBetween(lines: readonly string[], from: number, to: number): number {
  let n = 0;
  for (let i = from + 1; i < to; i++) if (lines[i]!.trim()) n++;
  return n;
}

/** Whether a byline or a date stamp follows line `i` within its next two lines, before the story starts. */
function signedBelow(lines: readonly string[], kinds: readonly HeadKind[], i: number, storyStart: number): boolean {
  for (let j = i + 1, n = 0; j < storyStart && n < 2; j++) {
    if (!lines[j]!.trim()) continue;
    n++;
    if (kinds[j] === 'byline' || kinds[j] === 'date') return true;
  }
  return false;
}
