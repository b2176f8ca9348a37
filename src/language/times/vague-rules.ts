import { anchored, type TimeRule } from './rule-kit.js';
import { vague } from './time-value.js';

/**
 * References to the present, the past or the future that name no date ("now", "recently", "in the
 * near future"), and the adjectives "current", "recent" and "future" as TimeML's guidelines have
 * them. TimeML records them as PRESENT_REF, PAST_REF and FUTURE_REF; so do we, with the granularity
 * 'vague', so nothing mistakes them for a date.
 */
export const vagueRules: TimeRule[] = [
  anchored('now currently presently nowadays these present moment time current', 2, {
    gate: /now|current|present|these days|moment|this time/i,
    pattern: /\b(?:(?:right|just|until|for|by)\s+)?now\b(?![-'’])|\b(?:currently|presently|nowadays|these\s+days|at\s+present|at\s+the\s+moment|at\s+this\s+time)\b|\bcurrent\b(?!\s+accounts?\b)/gi,
    resolve: () => vague('PRESENT_REF'),
  }),
  anchored('recently recent previously formerly lately past several few many', 1, {
    gate: /recent|previous|formerly|lately|past|ago|earlier/i,
    pattern:
      /\b(?:(?:more|most|until|only)\s+)?recently\b|\b(?:in\s+)?recent\s+(?:days|weeks|months|years|decades|times)\b|\b(?:previously|formerly|lately|recent)\b|\bthe\s+past\b(?!\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|day|week|weekend|month|quarter|year|decade|century)\w*)|\b(?:several|a\s+few|many)\s+(?:days|weeks|months|years|decades)\s+(?:ago|earlier)\b/gi,
    resolve: () => vague('PAST_REF'),
  }),
  anchored('future later soon coming few term', 2, {
    gate: /future|later date|soon|coming|next few|term/i,
    pattern:
      /\b(?:the\s+)?(?:near|distant|foreseeable|immediate)\s+future\b|\b(?:the\s+)?future\b|\bat\s+a\s+later\s+date\b|\b(?<!as\s)soon\b(?!\s+(?:as|after)\b)|\b(?:the\s+)?(?:coming|next\s+few)\s+(?:days|weeks|months|years|decades)\b|\bthe\s+(?:near|short)\s+term\b/gi,
    resolve: () => vague('FUTURE_REF'),
  }),
];
