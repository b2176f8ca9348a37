import { dayNumber, fromDayNumber, weekday, type Day } from './calendar.js';

/**
 * Which way a time expression's clause points. News reports what happened, so an unqualified "Tuesday"
 * is the latest one on or before the article's date; but "will meet on Thursday" or "set to resume
 * Monday" point ahead, and a sentence with no past-tense verb ("the summit in April") may point either way.
 */
export type Lean = 'past' | 'open' | 'future';

/** Future cues count only before the expression: "said Friday that he would…" is still last Friday. */
const FUTURE_CUE =
  /\b(?:will|won't|shall|would|(?:expected|scheduled|due|set|slated|planned|poised|going|plans?|planning|intends?|hopes?|aims?)\s+to|(?:scheduled|set|slated|planned|due)\s+(?:for|on|in|by)|upcoming|forthcoming)\b|\w'll\b/i;
/** A deadline or an earliest date points ahead: "until 9 a.m. Tuesday", "as soon as Monday". */
const DEADLINE = /\b(?:until|till|as\s+(?:soon|early)\s+as|no\s+later\s+than)\s+(?:the\s+)?(?:\S+\s+){0,3}$/i;
const IRREGULAR_PAST =
  'was were had did began became brought bought came caught chose drew drove fell felt fought found fled flew gave got grew held kept knew led left lost made met paid ran rose sank saw sent shot sold sought spent spoke stood struck swept took taught thought threw won wrote broke built';
const PAST_CUE = new RegExp(String.raw`\b(?:${IRREGULAR_PAST.split(' ').join('|')}|ago|yesterday)\b|\b[a-z]{3,}ed\b`);
/** "-ed" words that are no past tense of an event: reporting verbs, adjectives, nouns. */
const NOT_PAST = /\b(?:said|added|reported|stated|noted|quoted|asked|according|need|indeed|hundred|speed|based|limited|related|concerned|interested|supposed|armed|detailed|advanced|skilled|so-called|unexpected|alleged|proposed)\b/g;

/** Whether a sentence tells of the past at all (asked once per sentence). */
export function tellsOfPast(sentence: string): boolean {
  return PAST_CUE.test(sentence.replace(NOT_PAST, ''));
}

/** The lean of an expression at `offset` inside `sentence` (offsets relative to the sentence). */
export function leanAt(sentence: string, offset: number, past = tellsOfPast(sentence)): Lean {
  const before = sentence.slice(0, offset);
  if (FUTURE_CUE.test(before) || DEADLINE.test(before.slice(-40))) return 'future';
  return past ? 'past' : 'open';
}

/**
 * The year of a period that recurs every year (a month, a date, a quarter, a season). 'past': its
 * latest start on or before `ref`. 'nearest': the occurrence nearest to `ref` either way, the earlier
 * on a tie; 'future' the same, the later on a tie ("will rule by Aug. 7" written on Aug. 18 stays
 * this year's: a deadline just missed is nearer than next year's).
 */
export function yearOfRecurring(ref: Day, mode: 'past' | 'nearest' | 'future', first: (year: number) => Day, last: (year: number) => Day): number {
  const today = dayNumber(ref);
  if (mode === 'past') return dayNumber(first(ref.year)) <= today ? ref.year : ref.year - 1;
  let best = ref.year;
  let bestDistance = Infinity;
  for (const year of [ref.year - 1, ref.year, ref.year + 1]) {
    const from = dayNumber(first(year));
    const to = dayNumber(last(year));
    const distance = today < from ? from - today : today > to ? today - to : 0;
    if (distance < bestDistance || (distance === bestDistance && mode === 'future')) [best, bestDistance] = [year, distance];
  }
  return best;
}

/** "before the summer", "by July", "ahead of the winter", "until the autumn": a limit set ahead of the writer. */
const LIMIT = /\b(?:before|by|until|till|ahead\s+of)\s+(?:the\s+)?(?:(?:start|end|beginning|middle)\s+of\s+(?:the\s+)?)?$/i;

/** Whether the expression at `offset` (relative to the sentence) follows a limit word. */
export function limitAt(sentence: string, offset: number): boolean {
  return LIMIT.test(sentence.slice(Math.max(0, offset - 40), offset));
}

/**
 * A recurring period named as a limit ("before the summer") is this year's when it has not yet passed:
 * the one running on `ref`, else the one still to begin in `ref`'s calendar year. Undefined when this
 * year's is over ("before the summer" in October looks back: the caller's usual lean decides).
 */
export function yearNotYetPast(ref: Day, first: (year: number) => Day, last: (year: number) => Day): number | undefined {
  const today = dayNumber(ref);
  for (const year of [ref.year - 1, ref.year]) if (dayNumber(first(year)) <= today && today <= dayNumber(last(year))) return year;
  return dayNumber(first(ref.year)) > today ? ref.year : undefined;
}

/** The given weekday (0 = Sunday) on or before `ref`, or on or after it when leaning to the future. */
export function nearestWeekday(ref: Day, target: number, lean: Lean): Day {
  const diff = (target - weekday(ref) + 7) % 7;
  return fromDayNumber(dayNumber(ref) + (lean === 'future' ? diff : diff === 0 ? 0 : diff - 7));
}
