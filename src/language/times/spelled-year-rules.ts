import { anchored, MONTH, monthNumber, type TimeRule } from './rule-kit.js';
import { atMonth, atYear } from './time-value.js';

/** Years in words, as broadcast transcripts write them: "nineteen ninety-six", "two thousand and one". */
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const U = `(?:${UNITS.join('|')})`;
const TWO_DIGITS = String.raw`(?:(?:${TENS.join('|')})(?:[-\s]${U})?|${TEENS.join('|')}|oh[-\s]${U})`;
const SPELLED = String.raw`(?:(?:eighteen|nineteen|twenty)[-\s](?:hundred|${TWO_DIGITS})|two\s+thousand(?:\s+(?:and\s+)?(?:${TWO_DIGITS}|${U}))?)`;

function twoDigits(words: string): number {
  const w = words.replace(/^oh[-\s]/, '').split(/[-\s]+/);
  const first = w[0] ?? '';
  if (TEENS.includes(first)) return 10 + TEENS.indexOf(first);
  if (UNITS.includes(first)) return UNITS.indexOf(first) + 1;
  const tens = (TENS.indexOf(first) + 2) * 10;
  return tens + (w[1] ? UNITS.indexOf(w[1]) + 1 : 0);
}

export function spelledYear(words: string): number {
  const s = words.toLowerCase().trim();
  const thousand = /^two\s+thousand(?:\s+(?:and\s+)?(.+))?$/.exec(s);
  if (thousand) return 2000 + (thousand[1] ? twoDigits(thousand[1]) : 0);
  const [, century, rest] = /^(eighteen|nineteen|twenty)[-\s](.+)$/.exec(s) ?? [];
  const hundreds = century === 'eighteen' ? 1800 : century === 'nineteen' ? 1900 : 2000;
  return hundreds + (rest === 'hundred' ? 0 : twoDigits(rest ?? ''));
}

export const spelledYearRules: TimeRule[] = [
  anchored('eighteen nineteen twenty thousand', 3, {
    gate: /nineteen|eighteen|twenty|thousand/i,
    pattern: new RegExp(String.raw`\b(?:(${MONTH})\s+|the\s+year\s+)?(${SPELLED})\b`, 'gi'),
    resolve: (m) => {
      const year = spelledYear(m[2] ?? '');
      const month = m[1] && /^[A-Z]/.test(m[1]) ? monthNumber(m[1]) : 0;
      return month ? atMonth(year, month) : atYear(year);
    },
  }),
];
