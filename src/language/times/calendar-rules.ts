import { anchored, MONTH, NUMBER_WORD, YEAR, countNumber, monthNumber, norm, type TimeRule } from './rule-kit.js';
import { atMonth, atYear } from './time-value.js';

/** Words after a number that make it a count, not a year: "2000 people", "1500 GMT". */
const COUNTED =
  /^\s*(?:%|percent|per\s*cent|GMT|UTC|BST|CET|[ECMP][SD]T|hours?\b|hrs\b|people|persons|employees|workers|jobs|troops|soldiers|police|officers|shares|units|vehicles|cars|tons|tonnes|barrels|miles|kilomet(?:er|re)s|km\b|met(?:er|re)s|feet|acres|hectares|dollars|euros|pounds|yen|votes|seats|cases|deaths|students|members|homes|houses|residents|refugees|children|men|women|copies|customers|users|visitors|patients|staff|points|pages|words|calories|megawatts|MW\b|rpm\b)/i;
/** Words before a number that make it a quantity. */
const QUANTIFIED = /\b(?:about|some|nearly|almost|over|than|only|just|least|around|approximately|roughly|estimated|total\s+of|up\s+to|No\.?|number|page|room|flight|route|highway)\s+$/i;

/** A year and a comma or dash right before "the year": an appositive describing that year. */
const YEAR_BESIDE = /\b\d{4}\s*[,‒–—-]\s*$/;

/** "sportsman of the year", "album of the year": an award, not a date ("the rest of the year" is one). */
const AWARD_OF = /\b(?!(?:end|rest|half|part|start|beginning|middle|remainder|course|most|much|all|some|bulk|first|second|third|fourth|last)\b)[A-Za-z]+\s+of\s+$/;

/** A month name must be capitalised to be a month: "may" and "march" are also verbs. */
const isMonthName = (word: string) => /^[A-Z]/.test(word) && monthNumber(word) > 0;

/**
 * A year match starts at its first word, alone a word of its own: the year ("2019", the look-behind
 * bars a word character before it), "FY" or "FY2019", or "fiscal"/"calendar"/"financial"/"tax".
 */
const YEAR_WORDS = Array.from({ length: 2100 - 1600 }, (_, i) => String(1600 + i));
const YEAR_STARTS = ['fiscal', 'calendar', 'financial', 'tax', 'fy', ...YEAR_WORDS, ...YEAR_WORDS.map((y) => `fy${y}`)].join(' ');

/** Years standing alone, years named relative to the article's, and months named with "last"/"next". */
export const calendarRules: TimeRule[] = [
  anchored(YEAR_STARTS, 0, {
    pattern: new RegExp(String.raw`(?<![\w$£€#/@.]|\d[,.])(?:(?:fiscal|calendar|financial|tax)\s+(?:year\s+)?|FY\s?)?(${YEAR})(?![\w%@]|[.,]\d)`, 'gi'),
    resolve: (m) => {
      const input = m.input;
      const after = input.slice(m.index + m[0].length, m.index + m[0].length + 24);
      const before = input.slice(Math.max(0, m.index - 20), m.index);
      if (COUNTED.test(after) || QUANTIFIED.test(before)) return undefined;
      return atYear(Number(m[1]));
    },
  }),
  anchored('year', 5, {
    gate: /year/i,
    pattern: /\b(?:(?:earlier|later|late|early)\s+(?:in\s+)?)?(this|last|next|the\s+current|the\s+coming)\s+(?:fiscal\s+|calendar\s+)?year\b/gi,
    resolve: (m, ctx) => {
      const w = norm(m[1]);
      return atYear(ctx.ref.year + (w === 'last' ? -1 : w === 'next' || w === 'the coming' ? 1 : 0));
    },
  }),
  anchored('year', 3, {
    gate: /year/i,
    pattern: /\b(?:the\s+)?(?:full|current|whole|entire|fiscal|calendar)\s+(?:fiscal\s+)?year\b/gi,
    resolve: (_m, ctx) => atYear(ctx.ref.year),
  }),
  anchored('year', 3, {
    // "for the year", "earlier in the year": the article's year, unless the words go on to name another, or
    // stand beside a year they describe ("1952 – the year Queen Elizabeth took the throne").
    gate: /year/i,
    pattern: /\b(?:(?:earlier|later)\s+in\s+)?the\s+year\b(?!\s+(?:before|after|earlier|ago|to|through|in\s+which|that|when|of|since|\d)\b)(?![-'’]|\s+\d)/gi,
    resolve: (m, ctx) => {
      const before = m.input.slice(Math.max(0, m.index - 30), m.index);
      return AWARD_OF.test(before) || YEAR_BESIDE.test(before) ? undefined : atYear(ctx.ref.year);
    },
  }),
  anchored('year', 4, {
    gate: /year/i,
    pattern: /\b(?:(?:the\s+)?year[-\s]end|(?:the\s+)?year['’]s\s+end|the\s+end\s+of\s+the\s+year)\b/gi,
    resolve: (_m, ctx) => atYear(ctx.ref.year),
  }),
  anchored('decade decades', 1, {
    gate: /decade/i,
    pattern: new RegExp(String.raw`\b(${NUMBER_WORD})\s+decades?\s+ago\b`, 'gi'),
    resolve: (m, ctx) => atYear(ctx.ref.year - 10 * countNumber(m[1] ?? '')),
  }),
  anchored('jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december', 3, {
    // "last July" in a March article is last year's July; "this past May" the latest May before this month.
    pattern: new RegExp(String.raw`\b(?:(?:early|late|mid)[-\s]+)?(last|this\s+past|past|this|next|this\s+coming|coming)\s+(${MONTH})(?!\w|\.?\s*\d)`, 'gi'),
    resolve: (m, ctx) => {
      const word = m[2] ?? '';
      if (!isMonthName(word)) return undefined;
      const month = monthNumber(word);
      const w = norm(m[1]);
      const { year, month: current } = ctx.ref;
      if (w === 'this') return atMonth(year, month);
      if (w.endsWith('coming') || w === 'next') return atMonth(month > current ? year : year + 1, month);
      return atMonth(month < current ? year : year - 1, month);
    },
  }),
  anchored('year', 3, {
    gate: /year/i,
    pattern: new RegExp(String.raw`\b(${MONTH})\s+(?:of\s+)?(last|this|next)\s+year\b`, 'gi'),
    resolve: (m, ctx) => {
      const word = m[1] ?? '';
      if (!isMonthName(word)) return undefined;
      const w = norm(m[2]);
      return atMonth(ctx.ref.year + (w === 'last' ? -1 : w === 'next' ? 1 : 0), monthNumber(word));
    },
  }),
];
