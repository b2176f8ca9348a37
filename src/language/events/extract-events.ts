import { withoutOpening } from '../../articles/story-opening.js';
import type { DatedEvent, Entity, Sentence, TimeExpression } from '../analysis.js';
import { coarsen } from '../times/time-value.js';
import { clausesOf, inTimeOf, type Clause } from './clauses.js';
import { actorsOf, mentionsBySentence, participantsOf, placeKeys, placesOf, type Antecedents, type Participant } from './participants.js';
import { hasUnnamedSubject, sentenceSubject } from './subjects.js';
import { RECALL, addRecalledPlaces } from './recalled-places.js';
import { eventPlaces } from './event-places.js';
import { EXPLICIT_PLAN_GATE, nominalEvent, verbPhrase, type PhraseSite } from './verb-phrase.js';
import { PREPOSITIONS, wordsOf, type Word } from './words.js';

export interface EventInput {
  text: string;
  sentences: readonly Sentence[];
  entities: readonly Entity[];
  times: readonly TimeExpression[];
  articleDate: string;
}

/** The lead: its undated past-tense events are the news of the article's own day. */
const LEAD_SENTENCES = 4;

/** Words before a bare year that make it a date ("in 1965", "by 2030", "the 2019 election" does not). */
const YEAR_CONTEXT = /(?:^|[^\p{L}])(?:in|since|by|until|till|through|from|before|after|during|between|around|early|late|mid|circa)[\s-]*$/iu;

/**
 * A bare number is a year only in a date context: "in 1965", not "1600 Pennsylvania Avenue", "the 2028
 * Olympics" or "1965 students". Any other expression (a month, "last year", "2019-05") dates as read.
 */
export function isDateContext(text: string, t: TimeExpression): boolean {
  if (namesAThing(text, t)) return false;
  if (!/^\d{3,4}$/.test(text.slice(t.start, t.end).trim())) return true;
  return YEAR_CONTEXT.test(text.slice(Math.max(0, t.start - 12), t.start));
}

/** A determiner right before a date: "a January 6, 2021 speech". */
const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:a|an|the|his|her|its|their|our)\s+$/iu;
/** A full date with its year: "January 6, 2021", "6 January 2021". */
const DAY_WITH_YEAR = /\p{L}{3}.*\d{1,2}.*\b\d{4}\b|\b\d{1,2}\b.*\p{L}{3}.*\b\d{4}\b/u;
/** Words after such a date that show it modifies no noun ("the May 5, 2021 when…", "a March 3, 2020 and…"). */
const NOT_A_NOUN = new Set([...PREPOSITIONS, 'and', 'or', 'but', 'when', 'that', 'which', 'who', 'while', 'as', 'to', 'is', 'was', 'were', 'will', 'would', 'had', 'has', 'have']);

/**
 * A full date with its year, between a determiner and a noun, names a thing ("splicing parts of a January 6,
 * 2021 speech"), not when the clause happened. Dates without a year ("in a July 20 post", "during the Aug. 11
 * briefing") are left alone: there the thing and the act most often share the day.
 */
function namesAThing(text: string, t: TimeExpression): boolean {
  // The determiner first: it is rare and cheap to test, the full-date pattern backtracks.
  if (!DETERMINER_BEFORE.test(text.slice(Math.max(0, t.start - 6), t.start))) return false;
  if (!DAY_WITH_YEAR.test(text.slice(t.start, t.end))) return false;
  const next = /^\s+(\p{Ll}+)/u.exec(text.slice(t.end, t.end + 30))?.[1];
  return !!next && !NOT_A_NOUN.has(next);
}

/** A value later than the article's date at its own granularity: a plan, not a happening. */
function isAhead(t: TimeExpression, articleDate: string): boolean {
  const today = coarsen({ value: articleDate, granularity: 'day' }, t.granularity);
  return today !== undefined && t.value > today;
}

interface Found {
  clause: Clause;
  what: string;
  verbStart: number;
  upTo: number;
  planned: boolean;
  pluperfect: boolean;
  /** A participle modifying a noun: only its "by" phrase names who acts (`modifierIfAgent`: if it names someone). */
  modifier: boolean;
  modifierIfAgent: boolean;
  agent?: { start: number; end: number };
}

/** The event a clause tells of, if it has a verb (or names one, "since the launch of…"). */
function eventOf(site: PhraseSite): Found | undefined {
  const { text, clause, inTime } = site;
  const vp = verbPhrase(site);
  if (vp) {
    const { what, planned, pluperfect, modifier, modifierIfAgent, agent } = vp;
    return { clause, what, verbStart: clause.words[vp.index]!.start, upTo: vp.end, planned, pluperfect, modifier, modifierIfAgent, ...(agent ? { agent } : {}) };
  }
  const nominal = nominalEvent(text, clause, inTime);
  return nominal && { clause, what: nominal.what, verbStart: nominal.end, upTo: nominal.end, planned: false, pluperfect: false, modifier: false, modifierIfAgent: false };
}

const isActor = (p: Participant) => !p.where && !p.source && !p.modifier;

/**
 * Who does what a clause tells: the subject of the clause the date belongs to (named, or pointed to by a
 * pronoun) with those its verb phrase names, and the "by" phrase of a passive. A participle modifying a
 * noun ("towns hit by this week's floods") has only its "by" phrase, and so has a clause whose subject
 * names no entity ("Households … will receive", "The unit was acquired by American Express"). A noun
 * naming the event takes the first actor, not just reporting it, of the sentence it opens ("Since the
 * launch of…, Russia") or of the clauses before it.
 */
function actorsFor(found: Found, sentenceStart: number, ps: readonly Participant[], antecedents: Antecedents, inTime: (w: Word) => boolean): string[] {
  const agent = found.agent ? ps.filter((p) => isActor(p) && p.mention.start >= found.agent!.start && p.mention.end <= found.agent!.end).map((p) => p.key) : [];
  const nominal = found.verbStart === found.upTo;
  if (found.modifier || (found.modifierIfAgent && agent.length > 0)) return agent;
  if (!nominal && hasUnnamedSubject(found.clause, found.verbStart, ps, inTime)) return agent;
  const actors = [...new Set([...actorsOf(found.clause, found.verbStart, found.upTo, ps, antecedents), ...agent])];
  if (actors.length > 0 || !nominal) return actors;
  // "Since the launch of the war in February 2022, Russia has…", "Lufthansa returned to profit after
  // posting losses in 2003": the subject of the sentence the noun opens, or of the clause before it.
  const opens = found.clause.start === sentenceStart;
  return ps.filter((p) => isActor(p) && !p.speaker && (opens || p.mention.end <= found.clause.start)).slice(0, 1).map((p) => p.key);
}
/** What events of one sentence are read against. */
interface SentenceScope {
  s: number;
  sentence: Sentence;
  words: readonly Word[];
  ps: readonly Participant[];
  antecedents: Antecedents;
  inTime: (w: Word) => boolean;
  /** `what|date` of the events already taken from this sentence. */
  seen: Set<string>;
  events: DatedEvent[];
}

function addEvent(scope: SentenceScope, found: Found, date: string, granularity: DatedEvent['granularity'], planned: boolean): void {
  const { s, sentence, words, ps, antecedents, inTime, seen } = scope;
  const actors = actorsFor(found, words[0]?.start ?? sentence.start, ps, antecedents, inTime);
  const id = `${found.what}|${date}`;
  if (actors.length === 0 || seen.has(id)) return;
  seen.add(id);
  // A noun naming the event ("the war on Ukraine") keeps its clause's places; a verb only those of its own phrase.
  const inClause = placesOf(found.clause, ps);
  const nominal = found.verbStart === found.upTo;
  const places = placeKeys(nominal ? inClause : eventPlaces(inClause, words, found.verbStart, found.upTo, inTime));
  scope.events.push({ date, granularity, actors, places, what: found.what, sentence: s, evidence: sentence.text, planned });
}

/** A clause with no date tells of a plan only with one of these words. */
const PLAN_GATE = /\b(?:to|will|shall|would)\b|['’]ll\b/i;

/**
 * Dated events: for each time expression with a calendar value, the clause it belongs to (or the
 * "when" clause it introduces: "in June 2019 when he met Trump"), that clause's verb phrase, its actors
 * (named, or pointed to by a pronoun) and places. Also plans with no date of their own (dated
 * FUTURE_REF) and, in the lead, undated past-tense events (dated the article's day: a lead reports the
 * day's news; an event of the day before would say "Tuesday" or "yesterday").
 */
export function extractEvents(input: EventInput): DatedEvent[] {
  const { text, sentences, entities, times, articleDate } = input;
  const events: DatedEvent[] = [];
  const mentions = mentionsBySentence(entities);
  const timesOf = new Map<number, TimeExpression[]>();
  for (const t of times) timesOf.set(t.sentence, [...(timesOf.get(t.sentence) ?? []), t]);
  const participants = new Map<number, Participant[]>();
  // A dateline's names ("Hong Kong CNN — When world leaders… issued…") say where and by whom the story was
  // filed: they act in none of its events, nor host them.
  const first = sentences[0];
  const storyStart = first ? first.start + first.text.length - withoutOpening(first.text).length : 0;
  const participantsAt = (s: number, words?: readonly Word[]): Participant[] => {
    let ps = participants.get(s);
    const sentence = sentences[s];
    const named = (mentions.get(s) ?? []).filter((m) => m.mention.start >= storyStart);
    if (!ps && sentence) participants.set(s, (ps = participantsOf(text, named, words ?? wordsOf(sentence.text, sentence.start))));
    return ps ?? [];
  };
  sentences.forEach((sentence, s) => {
    if (sentence.caption) return;
    const here = timesOf.get(s) ?? [];
    const dated = here.filter((t) => t.granularity !== 'vague' && isDateContext(text, t));
    const lead = dated.length === 0 && s < LEAD_SENTENCES;
    // With no date, only a plan said as one ("is scheduled to", "plans to") makes an event: "will" also foretells.
    const plans = PLAN_GATE.test(sentence.text) && EXPLICIT_PLAN_GATE.test(sentence.text);
    // A sentence with neither a date, a lead's place nor such a plan adds to the events only by recalling one.
    if (dated.length === 0 && !lead && !plans && !RECALL.test(sentence.text)) return;
    const words = wordsOf(sentence.text, sentence.start);
    const inTime = inTimeOf(here);
    const clauses = clausesOf(words, here);
    const ps = participantsAt(s, words);
    let subject: Participant | string | undefined | null = null;
    // Methods, not arrow properties: tsx names each arrow made at run time, and this runs per sentence.
    const antecedents: Antecedents = {
      previous() {
        return participantsAt(s - 1).filter(isActor);
      },
      subject() {
        return subject === null ? (subject = sentenceSubject(clauses, ps, inTime)) : subject;
      },
    };
    const actorEnds = new Set(ps.filter((p) => !p.where).map((p) => p.mention.end));
    const scope: SentenceScope = { s, sentence, words, ps, antecedents, inTime, seen: new Set<string>(), events };
    for (const t of dated) {
      let clause = clauses.find((c) => c.start <= t.start && t.start < c.end);
      if (!clause) continue;
      const next = clauses[clauses.indexOf(clause) + 1];
      if (next?.opener === 'when' && next.start - t.end <= 2) clause = next;
      const found = eventOf({ text, clause, at: t.start, inTime, actorEnds });
      if (found) addEvent(scope, found, t.value, t.granularity, found.planned || isAhead(t, articleDate));
    }
    const undated = clauses.filter((c) => !dated.some((t) => c.start <= t.start && t.start < c.end));
    for (const clause of plans ? undated : []) {
      const found = eventOf({ text, clause, at: clause.start, inTime, actorEnds, explicitPlansOnly: true });
      if (found?.planned) addEvent(scope, found, 'FUTURE_REF', 'vague', true);
    }
    if (lead) {
      // The first clause with an event that fits; the clauses after it need not be read.
      for (const c of undated) {
        const found = eventOf({ text, clause: c, at: c.start, inTime, actorEnds });
        if (found && !found.planned && !found.pluperfect && found.verbStart < found.upTo) {
          addEvent(scope, found, articleDate, 'day', false);
          break;
        }
      }
    }
    if (dated.length === 0) addRecalledPlaces(sentence, s, ps, events);
  });
  return events;
}
