import { escapePattern } from '../language/escape-pattern.js';
import { dateNamesThing } from './naming-dates.js';
import { standsAsNoSubject } from './not-the-subject.js';
import { bare, BETWEEN, tokens } from './timeline-phrase-words.js';
import { endsAtBoundary, isCleanPhrase } from './timeline-phrase.js';

/**
 * Does the sentence say that this subject did this, at this date? Read off the evidence sentence at query
 * time, because a wrong timeline line is worse than a missing one: the extraction finds candidate events
 * generously, and a briefing keeps only those whose clause reads plainly as "<subject> <verb phrase>",
 * with its date in that clause. Anything less plain (the subject as object or possessor, a date that
 * belongs to a reporting verb, background in the perfect tense) is left out.
 */
export { endsAtBoundary, isCleanPhrase, isPastVerb } from './timeline-phrase.js';

export interface Span {
  start: number;
  end: number;
}

export interface ClauseLine {
  evidence: string;
  what: string;
  planned: boolean;
  /** Where the event's date is written in the evidence; absent when the date is inferred (the article's day, or a plan with no date). */
  dateAt?: Span;
  /** Every time expression of the sentence (so "on Monday" between subject and verb can be passed over). */
  timesAt?: readonly Span[];
  /** The event's date and the article's (to tell how far back a bare weekday reaches). */
  date?: string;
  articleDate?: string;
  /** The article's lead names a day before the article's own: an undated lead event may be of that day. */
  leadNamesEarlierDay?: boolean;
}

/** How a plan is said of its subject: "is expected to", "will", "plans to". Not "would": that is reported or hypothetical. */
const PLAN_AUX = /(?:\b(?:is|are|was|were)\s+(?:expected|set|scheduled|due|slated|poised|going|planning|preparing)\s+to|\bwill|\b(?:plans|planned|intends|intended|hopes|aims|vowed|pledged|promised)\s+to)\s*$/i;
/** Words that end the clause a date or a subject is in: what follows is another clause. */
const CLAUSE_BREAK = /\b(?:said|says|say|told|tells|telling|saying|that|since|after|before|while|who|which|because|until|where|whom|whose|although|though|if|unless|whether)\b/i;
/**
 * Between a verb and a date after it, words that start another predicate, whose date it then is: "tried to
 * leapfrog the appeals process so the trial could start in March" (the trial's March, not the attempt's).
 */
const ANOTHER_PREDICATE = /\b(?:could|would|might|should|can|may|must|so that|in hopes? of|in order to)\b/i;
/** Titles and office words that may stand in a subject's name run ("North Korean leader Kim Jong Un"). */
const TITLE_WORDS = new Set('leader president prime minister chancellor secretary speaker governor gov. sen. rep. senator representative king queen pope premier vice foreign state general of the former then-president'.split(' '));
/** Openers of a subordinate clause: a subject after one is not in the main clause. */
const SUBORDINATE_OPENERS = /\b(?:when|after|since|as|because|while|if|before|unlike|until|who|that|which|once|though|although|where|time)\b/i;

const CLOCK = /^\s*(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*$/i;
/** Capitalised at a sentence's start, never part of a name: "If President Trump came…". */
const SENTENCE_WORDS = new Set('if when but and as after before while since although though unless then so because once until with without for from to in on at by a an'.split(' '));

/** Removes time expressions ending the text, so "Putin on Friday" reads "Putin". */
function dropTrailingTimes(text: string, times: readonly Span[]): string {
  let out = text.trimEnd();
  for (let again = true; again; ) {
    again = false;
    for (const t of times) {
      if (t.end <= out.length && t.end >= out.length - 1 && t.start < out.length && out.slice(t.end).trim() === '') {
        out = out.slice(0, t.start).trimEnd().replace(/\b(?:on|in|at|during|earlier|late|early)$/i, '').trimEnd();
        again = true;
      }
    }
  }
  return out;
}

const ANCHORED = /\b(?:previous|following|next|day before|day after|that day|same day|the day|that (?:morning|afternoon|evening|night))\b/i;
/** "later this month": a time still to come when the article was written, so a past-tense line of it was only due. */
const STILL_TO_COME = /\blater (?:this|in the) (?:week|month|year)\b|\b(?:coming|upcoming)\b/i;
/** A day counted back from the article ("a year ago", "two months earlier"): the count is round, the day a guess. */
const COUNTED_BACK = /\b(?:years?|months?|weeks?)[-\s]+(?:ago|earlier|before)\b/i;
const WEEKDAY = /^(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?$/i;

/**
 * A bare weekday ("on Tuesday") read as five or six days before the article: news names the days of its
 * own week so; that far back, the article's date is more likely a day off and the weekday one to come.
 */
function farWeekday(line: ClauseLine, written: string): boolean {
  if (!line.date || !line.articleDate || !WEEKDAY.test(written)) return false;
  const days = (Date.parse(`${line.articleDate}T00:00:00Z`) - Date.parse(`${line.date}T00:00:00Z`)) / 86_400_000;
  return days >= 5;
}

/** "last January": a month named with "last". */
const LAST_MONTH = /^last\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/**
 * "Pence defended his actions last January", written in February: "last" may mean the January just gone or the
 * one a year before (here the one a year before), and the two readings are a year apart. Only a month still to
 * come in the article's year ("last March" in February) leaves one reading; a month read in the article's own
 * year is left out rather than guessed.
 */
function lastMonthOfTwoYears(line: ClauseLine, written: string): boolean {
  if (!line.date || !line.articleDate || !LAST_MONTH.test(written)) return false;
  return line.date.slice(0, 4) === line.articleDate.slice(0, 4);
}

/** The date written in the line's sentence (`written`, its text) says little of the day the act happened. */
function dateIsGuess(line: ClauseLine, written: string): boolean {
  const bare = written.trim();
  return (
    // A clock time ("At 8:06 p.m.", "07:39") names no day: the day it gets is a guess.
    CLOCK.test(written) ||
    farWeekday(line, bare) ||
    lastMonthOfTwoYears(line, bare) ||
    // A day anchored on another ("the previous day", "the next day"): its anchor may not be the one read.
    ANCHORED.test(written) ||
    (!line.planned && STILL_TO_COME.test(written)) ||
    COUNTED_BACK.test(written)
  );
}

/** The words just before the verb phrase once adverbs, times, a plan's auxiliary and an appositive are passed over. */
function subjectSide(line: ClauseLine, at: number): string {
  let before = line.evidence.slice(0, at).trimEnd();
  if (line.planned) {
    const aux = PLAN_AUX.exec(before);
    if (!aux) return '';
    before = before.slice(0, aux.index).trimEnd();
  }
  for (let i = 0; i < 6; i++) {
    const was = before;
    before = dropTrailingTimes(before, line.timesAt ?? []);
    const last = tokens(before).at(-1) ?? '';
    if (BETWEEN.has(bare(last))) before = before.slice(0, before.length - last.length).trimEnd();
    // ", who" after a name: the relative clause's subject is that name.
    before = before.replace(/,?\s+who$/i, '');
    // An appositive between commas: "Biden, 82, was", "Harris, the Democratic nominee, talked".
    const appositive = /,\s+((?:the|a|an|now|then|\d+)\b[^,]{0,90}),$/i.exec(before);
    if (appositive && tokens(appositive[1]!).length <= 14 && !CLAUSE_BREAK.test(appositive[1]!)) before = before.slice(0, appositive.index).trimEnd();
    if (before === was) break;
  }
  return before;
}

/** Index where the run of name and title words ending the text starts, reaching over "X and Y". */
function subjectRunStart(words: readonly string[]): number {
  let i = words.length;
  const isNameWord = (w: string) => !SENTENCE_WORDS.has(bare(w)) && (/^[\p{Lu}]/u.test(w.replace(/^[^\p{L}]+/u, '')) || TITLE_WORDS.has(bare(w)));
  for (;;) {
    let j = i;
    while (j > 0 && isNameWord(words[j - 1]!) && !/[,;:]$/.test(words[j - 1]!)) j--;
    if (j === i) return i;
    i = j;
    if (i > 1 && bare(words[i - 1]!) === 'and' && isNameWord(words[i - 2]!)) i--;
    else return i;
  }
}

/** Name words of the subject in a run of words ("Kim", "Jong", "Un"; "Zelenskyy"). */
function namesSubject(run: readonly string[], own: ReadonlySet<string>): boolean {
  return run.some((w) => own.has(w.replace(/[^\p{L}'’-]/gu, '').toLowerCase()));
}

/** Start of the first person's name in the sentence, by the name words of every person the article names. */
function firstPersonAt(evidence: string, people: readonly string[]): number {
  let first = Infinity;
  for (const name of people) {
    for (const w of name.split(/\s+/).filter((x) => /^\p{Lu}[\p{L}'’-]+$/u.test(x) && !TITLE_WORDS.has(x.toLowerCase()))) {
      const m = new RegExp(`(?<![\\p{L}])${escapePattern(w)}(?![\\p{L}])`, 'u').exec(evidence);
      if (m) first = Math.min(first, m.index);
    }
  }
  return first;
}

/** Start of the last name of another person before `end` (-1 if none). */
function lastPersonBefore(evidence: string, people: readonly string[], own: ReadonlySet<string>, end: number): number {
  let last = -1;
  for (const name of people) {
    for (const w of name.split(/\s+/).filter((x) => /^\p{Lu}[\p{L}'’-]+$/u.test(x) && !TITLE_WORDS.has(x.toLowerCase()) && !own.has(x.toLowerCase()))) {
      for (const m of evidence.slice(0, end).matchAll(new RegExp(`(?<![\\p{L}])${escapePattern(w)}(?![\\p{L}])`, 'gu'))) last = Math.max(last, m.index ?? -1);
    }
  }
  return last;
}

/** Where the subject's own name first appears in the text. */
function ownAt(text: string, own: ReadonlySet<string>): number {
  for (const m of text.matchAll(/[\p{L}'’-]+/gu)) if (own.has(m[0].toLowerCase())) return m.index ?? -1;
  return -1;
}

/**
 * True when the evidence reads "<subject> <what>" in one clause, the subject named (or, after "when",
 * "as", "and"…, a pronoun for the sentence's first person named), and the date in that same clause — or,
 * for a date inferred from the article's day, the subject in the main clause and the verb in the simple past.
 */
export function actsInClause(line: ClauseLine, own: ReadonlySet<string>, people: readonly string[]): boolean {
  const at = line.evidence.toLowerCase().indexOf(line.what.toLowerCase());
  if (at < 0 || !isCleanPhrase(line.what, line.planned) || !endsAtBoundary(line, at)) return false;
  if (line.dateAt && dateIsGuess(line, line.evidence.slice(line.dateAt.start, line.dateAt.end))) return false;
  const side = subjectSide(line, at);
  const words = tokens(side);
  const last = bare(words.at(-1) ?? '');
  let subjectStart: number;
  if (last === 'he' || last === 'she' || last === 'they') {
    const conj = bare(words.at(-2) ?? '');
    if (!/^(?:when|as|and|but|after|before|while|because|then|once|until)$/.test(conj)) return false;
    const pronounAt = side.length - (words.at(-1) ?? '').length;
    const named = ownAt(line.evidence.slice(0, pronounAt), own);
    if (named < 0) return false;
    if (last !== 'they' && (firstPersonAt(line.evidence, people) < named || lastPersonBefore(line.evidence, people, own, pronounAt) > named)) return false;
    // A pronoun after "when", "as"… opens a subordinate clause: only a date written in it dates it.
    if (!line.dateAt && !line.planned) return false;
    subjectStart = pronounAt - (words.at(-2) ?? '').length - 1;
  } else {
    const start = subjectRunStart(words);
    const run = words.slice(start);
    if (!run.length || !namesSubject(run, own)) return false;
    if (/['’]s?$/.test(words.at(-1) ?? '')) return false;
    if (standsAsNoSubject(words.slice(0, start))) return false;
    subjectStart = tokens(side).slice(0, start).join(' ').length;
  }
  return dateBelongs(line, at, subjectStart, own);
}

/** The date sits in the verb's clause (no reporting verb or new clause between them); an inferred date only for a main-clause report. */
function dateBelongs(line: ClauseLine, at: number, subjectStart: number, own: ReadonlySet<string>): boolean {
  const { evidence, dateAt } = line;
  if (!dateAt) {
    if (line.planned) return true;
    if (line.leadNamesEarlierDay) return false;
    const head = evidence.slice(0, subjectStart);
    // A dateline ("WASHINGTON −", "Beijing CNN —") or a fronted phrase ending in a comma may open the sentence.
    const opener = head.replace(/^[\p{Lu}][\p{L}\s.,]*\s[‒–—−-]\s*/u, '').trim();
    return opener === '' || (/,$/.test(opener) && !SUBORDINATE_OPENERS.test(opener));
  }
  const verbEnd = at + line.what.length;
  if (dateAt.end <= at) {
    const between = evidence.slice(dateAt.end, at);
    const when = /^\s*,?\s*when\b/i.exec(between);
    const rest = when ? between.slice(when[0].length) : between;
    return !CLAUSE_BREAK.test(rest) && !/\b(?:when|as)\b/i.test(rest) && (when !== null || !/\b(?:he|she|they)\s*$/i.test(rest.trimEnd()));
  }
  // "criticized Trump's comment … Wednesday night": a date after another's possessive may date their act.
  if (dateAt.start >= at && [...evidence.slice(at, dateAt.start).matchAll(/(\p{Lu}[\p{L}-]*)['’]s?(?![\p{L}])/gu)].some((m) => !own.has(m[1]!.toLowerCase()))) return false;
  if (dateAt.start >= verbEnd) {
    const between = evidence.slice(verbEnd, dateAt.start);
    if (dateNamesThing(evidence, dateAt)) return false;
    return !CLAUSE_BREAK.test(between) && !ANOTHER_PREDICATE.test(between) && !/[;:]|\b(?:and|but)\s+(?:he|she|they|it)\b/i.test(between);
  }
  return true;
}
