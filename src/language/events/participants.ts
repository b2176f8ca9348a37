import type { Entity, Mention } from '../analysis.js';
import type { Clause } from './clauses.js';
import { FUNCTION_WORDS } from '../gazetteer/common-words.js';
import { PUBLISHING_VERBS } from '../gazetteer/organisations.js';
import { boundedMemo } from '../bounded-memo.js';
import { LOCATIVE, REPORTING, firstWordFrom, type Word } from './words.js';

/** One entity mention in a sentence, typed by the part it plays there. */
export interface Participant {
  key: string;
  type: Entity['type'];
  mention: Mention;
  /** A place mention, or a country named after "in", "at", "to"…: where, not who. */
  where: boolean;
  /** Named as the source of a report ("according to KCNA", "quoted by Tass"): not an actor. */
  source: boolean;
  /**
   * Says the sentence ("…, Feldner said", "said Feldner", "Feldner told reporters"): the speaker of a
   * report is not the doer of what is reported, unless the report's own words point back ("he").
   */
  speaker: boolean;
  /** The preposition before the mention ("at", "in"), lower case, or ''. */
  preposition: string;
  /** Part of a person's title ("U.S." in "then-U.S. President Donald Trump"): neither who nor where. */
  modifier: boolean;
}

/** What an outlet or platform carries: "in a Vanity Fair interview", "a Truth Social post" name where it was said, not who did it. */
const MEDIA_PIECES = new Set(['interview', 'interviews', 'report', 'reports', 'article', 'op-ed', 'editorial', 'podcast', 'broadcast', 'documentary', 'column', 'post', 'posts', 'poll', 'investigation', 'analysis', 'exclusive']);

/** Only title words between a country and a person: "U.S. President", "Russian Foreign Minister", "Ukraine's President". */
const TITLE_GAP = /^(?:['’]s)?[\s-]*(?:[A-Z][\w.'’-]*\s+){1,4}$/;

const ARTICLES = new Set(['the', 'a']);
/** Verbs of saying before a name that say it is the speaker: "said Feldner". */
const SAID = new Set(['said', 'says', 'added', 'adds']);

const plain = (s: string) => s.toLowerCase().replace(/[’]/g, "'").split(/\s+/).filter(Boolean).join(' ');
/** `plain` kept by title: the same people's titles are read again in every sentence naming them. */
const plainTitle = boundedMemo(plain);

/**
 * "Labour Party leader Keir Starmer", "Opposition Labour leader Keir Starmer": a name that opens the title
 * the text gives the person right after it is part of that title, not someone acting beside them.
 */
function opensTitle(text: string, mention: Mention, person: { start: number; titles: readonly string[] }): boolean {
  if (person.start < mention.end || person.start - mention.start > 80) return false;
  const lead = plain(text.slice(mention.start, person.start));
  return lead.includes(' ') && person.titles.some((t) => t === lead || t.endsWith(` ${lead}`));
}

/** Every entity mention of an article, by sentence index. */
export function mentionsBySentence(entities: readonly Entity[]): Map<number, { entity: Entity; mention: Mention }[]> {
  const bySentence = new Map<number, { entity: Entity; mention: Mention }[]>();
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      const list = bySentence.get(mention.sentence) ?? [];
      list.push({ entity, mention });
      bySentence.set(mention.sentence, list);
    }
  }
  return bySentence;
}

/** The mentions of a sentence's words, each typed as who or where. */
export function participantsOf(text: string, mentions: readonly { entity: Entity; mention: Mention }[], words: readonly Word[]): Participant[] {
  const out: Participant[] = [];
  const people = mentions.filter((m) => m.entity.type === 'person').map((m) => m.mention);
  const titled = mentions
    .filter((m) => m.entity.type === 'person')
    // An entity keeps one sighting per title, so a title repeated later in the article is matched from any sentence.
    .map((m) => ({ start: m.mention.start, titles: m.entity.roles.map((r) => plainTitle(r.title)) }))
    .filter((p) => p.titles.length > 0);
  for (const { entity: e, mention } of mentions) {
    const i = firstWordFrom(words, mention.start);
    const before1 = words[i - 1]?.lower ?? '';
    const before2 = words[i - 2]?.lower ?? '';
    const preposition = LOCATIVE.has(before1) ? before1 : ARTICLES.has(before1) && LOCATIVE.has(before2) ? before2 : '';
    const after = words[firstWordFrom(words, mention.end)]?.lower ?? '';
    const source = (before1 === 'to' && before2 === 'according') || (before1 === 'by' && PUBLISHING_VERBS.has(before2)) || (e.type !== 'person' && MEDIA_PIECES.has(after));
    const speaker = REPORTING.has(after) || SAID.has(before1);
    const where = e.type === 'place' || (e.type === 'country' && preposition !== '');
    const modifier =
      e.type !== 'person' &&
      ((e.type === 'organisation' && STAFF_NOUNS.has(after)) ||
        people.some((p) => p.start >= mention.end && p.start - mention.end < 60 && TITLE_GAP.test(text.slice(mention.end, p.start))) ||
        titled.some((p) => opensTitle(text, mention, p)));
    out.push({ key: e.key, type: e.type, mention, where: where && !modifier, source, speaker, preposition, modifier });
  }
  return out.sort((a, b) => a.mention.start - b.mention.start);
}

/** People of a body: "White House officials met…" names who acted only by the body they serve. */
const STAFF_NOUNS = new Set(['officials', 'official', 'aides', 'aide', 'staff', 'staffers', 'lawmakers', 'negotiators', 'advisers', 'advisors', 'officers', 'sources', 'spokesperson', 'spokesman', 'spokeswoman']);

const unique = (keys: string[]) => [...new Set(keys)];
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'they', 'their', 'it', 'its']);
const actorsIn = (ps: readonly Participant[], from: number, to: number) =>
  ps.filter((p) => !p.where && !p.source && !p.modifier && p.mention.start >= from && p.mention.end <= to);

/** Who a pronoun may point to outside its sentence. */
export interface Antecedents {
  /** Actors of the previous sentence, in order (worked out only when a pronoun asks). */
  previous(): readonly Participant[];
  /**
   * The subject of the sentence's first clause that has one: an actor ("Putin" of "Putin, …, welcomed
   * Kim") or a pronoun ("she" of "She flew to Gdansk, and returned…"); undefined when it names no one.
   */
  subject(): Participant | string | undefined;
}

/** Who a subject pronoun points to: the sentence's actors before `before`, else the previous sentence's. */
function pronounActors(pronoun: string, ps: readonly Participant[], before: number, ante: Antecedents): string[] {
  const earlier = actorsIn(ps, 0, before);
  if (pronoun === 'he' || pronoun === 'she' || pronoun === 'his' || pronoun === 'her') {
    const person = earlier.find((p) => p.type === 'person') ?? ante.previous().find((p) => p.type === 'person');
    return person ? [person.key] : [];
  }
  if (pronoun === 'they' || pronoun === 'their') {
    const people = unique(earlier.filter((p) => p.type === 'person').map((p) => p.key));
    return people.length >= 2 ? people : unique(ante.previous().map((p) => p.key));
  }
  const body = ps.find((p) => !p.where && !p.source && !p.modifier && (p.type === 'country' || p.type === 'organisation'));
  return body ? [body.key] : ante.previous().filter((p) => p.type !== 'person').slice(0, 1).map((p) => p.key);
}

/**
 * The actors of an event whose clause runs from `clause.start` to `upTo` (the end of its verb phrase,
 * which starts at `verbStart`): the people, organisations and countries named there, and, when no actor
 * stands before the verb, the one a pronoun or relative word points to. "who" is the actor named just
 * before the clause; "he", "she" the sentence's first person (else the previous sentence's); "they" the
 * people named earlier in the sentence when two or more are (else the previous sentence's actors);
 * "it", "its" the sentence's first organisation or country. A clause cut off by a comma with no subject
 * of its own ("Putin, …, welcomed Kim") takes the sentence's named subject, if it has one before the
 * clause ("The refinery, bought by Orlen in March, reopened" has none).
 */
/** At most a comma and a space between a name and the "who" or "which" that points to it. */
const ADJACENT = 3;

/**
 * A name after the verb used as a modifier of the noun after it ("avoided a CNN question", "lost the
 * Nevada GOP primary", "attended a Trump rally"), or owning it ("Hawley's stance"): part of what was done, not someone who did it.
 */
function modifiesNoun(words: readonly Word[], mention: Mention): boolean {
  // "pushed back on Hawley's stance": a possessive name owns the object, it does nothing.
  if (words.some((w) => w.start < mention.end && w.end === mention.end + 2)) return true;
  const next = words[firstWordFrom(words, mention.end)];
  if (!next || next.start - mention.end > 1 || !/^\p{Ll}/u.test(next.text)) return false;
  return !FUNCTION_WORDS.has(next.lower) && !ADVERB.test(next.lower) && !REPORTING.has(next.lower);
}

/** "met Putin privately", "called Hofer directly": an adverb after a name leaves it the object ("rally", "family" are nouns). */
const ADVERB = /(?:.{3}ally|ately|ently|antly|ively|ously|fully|edly|ingly|iefly|ctly|ckly|icly|tly|sely|enly)$/;

export function actorsOf(clause: Clause, verbStart: number, upTo: number, ps: readonly Participant[], ante: Antecedents): string[] {
  const named = actorsIn(ps, clause.start, upTo)
    .filter((p) => p.mention.start < verbStart || !modifiesNoun(clause.words, p.mention))
    .map((p) => p.key);
  const subject = actorsIn(ps, clause.start, verbStart);
  const earlier = actorsIn(ps, 0, clause.start);
  const pronoun = clause.words.find((w) => w.start < verbStart && SUBJECT_PRONOUNS.has(w.lower))?.lower;
  let implied: string[] = [];
  // "Harris, who…" points to Harris; "…affordability, which has bedeviled his administration" to no one named.
  if (clause.opener === 'who' || clause.opener === 'which') implied = earlier.slice(-1).filter((p) => clause.start - p.mention.end <= ADJACENT).map((p) => p.key);
  else if (subject.length > 0) implied = [];
  else if (pronoun) implied = pronounActors(pronoun, ps, clause.start, ante);
  else if (clause.afterPunctuation) {
    const first = ante.subject();
    if (typeof first === 'string') implied = pronounActors(first, ps, 0, ante);
    else if (first && first.mention.end <= clause.start) implied = [first.key];
  }
  return unique([...implied, ...named]);
}

/** "at" names a site, "in" a town or region, "to" or "toward" a direction; a place before a country. */
export function placeRank(p: Participant): number {
  const byPreposition = p.preposition === 'at' ? 0 : p.preposition === 'in' || p.preposition === 'on' ? 1 : 2;
  return byPreposition * 2 + (p.type === 'place' ? 0 : 1);
}

/** Where: places named in the clause, sites and cities first. */
export function placesOf(clause: Clause, ps: readonly Participant[]): Participant[] {
  return ps.filter((p) => p.where && p.mention.start >= clause.start && p.mention.end <= clause.end);
}

export function placeKeys(places: readonly Participant[]): string[] {
  return unique([...places].sort((a, b) => placeRank(a) - placeRank(b)).map((p) => p.key));
}
