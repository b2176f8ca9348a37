/**
 * The contract between language work (done once per article, at ingestion) and everything that reads it
 * (search, briefings, digests). Offsets are UTF-16 indices into `bodyText(article)`.
 */

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Sentence extends Span {
  /** Index of the paragraph the sentence sits in. */
  paragraph: number;
  /**
   * Part of a photo caption: it names who is pictured (read for names), but tells what a picture shows,
   * which may be years old, so no event, summary or quote is taken from it.
   */
  caption?: true;
}

export type EntityType = 'person' | 'place' | 'organisation' | 'country';

export interface Role {
  /** The role as the text gives it: "Russian President", "North Korean leader". */
  title: string;
  /** "then-U.S. President", "former Prime Minister". */
  former: boolean;
  /** Sentence index that gives the role. */
  sentence: number;
  /**
   * Held at another time than the article's: "then-Sen.", "incoming", "presumptive nominee", "under
   * President …". Kept for reading the text; role lines, which date a role by its articles, skip it.
   */
  notHeld?: boolean;
}

export interface Mention extends Span {
  sentence: number;
}

export interface Entity {
  /** Canonical key, stable across articles: `person:vladimir-putin`, `country:united-states`. */
  key: string;
  type: EntityType;
  /** Canonical display name: the longest full form in the article ("Kim Jong Un", "United States"). */
  name: string;
  /** Other forms seen ("Kim", "KCNA", "the U.S."), without the canonical name. */
  aliases: string[];
  mentions: Mention[];
  roles: Role[];
  /** Holds a head-of-state, government, party or armed-forces role. */
  leader: boolean;
}

/**
 * How much of the calendar a time expression pins down. Beyond day/month/year, news text names weeks,
 * quarters, seasons and decades, and vague references ("now", "recently", "in the future").
 */
export type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'season' | 'year' | 'decade' | 'vague';

export interface TimeExpression extends Span {
  sentence: number;
  /**
   * TimeML-style value matching the granularity: day `2023-09-13`, week `2023-W37`, month `2023-09`,
   * quarter `2023-Q3`, season `2023-SU` (SP, SU, FA, WI), year `2023`, decade `199` (the 1990s),
   * vague `PRESENT_REF`, `PAST_REF` or `FUTURE_REF`.
   */
  value: string;
  granularity: Granularity;
}

/**
 * Something the article says happened, or is planned, at a time it names. Dates are resolved against the
 * article's own date (`Article.date`), which readers need beside the event to make sense of it.
 */
export interface DatedEvent {
  /**
   * When, as a calendar value of `TimeExpression` (`2023-09-13`, `2023-W37`, `2023-09`, `2023-Q3`,
   * `2023-SU`, `2023`, `199`), taken from the time expression of the event's clause. Two cases are not
   * read off a date in the text:
   * - an undated past-tense event in the article's first sentences is given the article's own date, at
   *   'day' granularity: the lead of a news story reports that day's news (an inference, not a quote);
   * - `FUTURE_REF` (granularity 'vague') is a plan the text gives no date for ("is scheduled to visit…",
   *   "will travel to…"). It says only "some time after the article's date", nothing about when: it is
   *   always `planned`, it is not a calendar value (never compare or sort it as one), and a reader should
   *   show it as "after <article date>" and place it after that date. No other vague value is used here.
   */
  date: string;
  /** How much of the calendar `date` pins down; 'vague' only with `FUTURE_REF`. */
  granularity: Granularity;
  /**
   * Entity keys of who acts, never empty (an event whose doer the text does not name is not recorded):
   * the subject of the clause the date belongs to, named or pointed to by a pronoun, with whoever its
   * verb phrase names ("met Putin") and the "by" phrase of a passive. Not the speaker of a report for
   * what is reported ("…, Feldner said"; unless it points back to them: "he will visit…"), nor an outlet
   * cited as the source, nor a country that only qualifies a title.
   */
  actors: string[];
  /** Entity keys of where (places, and countries named after "in", "at", "to"…), sites before towns. */
  places: string[];
  /** A short phrase from the sentence for what happened ("met", "launched two short-range ballistic missiles"). */
  what: string;
  sentence: number;
  /** The sentence, verbatim, as evidence. */
  evidence: string;
  /**
   * A plan, not a happening: said as one ("is scheduled to visit", "will travel"), or dated after the
   * article's date at its own granularity. A plan may not have happened, or happened otherwise.
   */
  planned: boolean;
}

export interface Analysis {
  /** Bumped whenever the pipeline changes, so stored analyses are redone. */
  version: number;
  sentences: Sentence[];
  entities: Entity[];
  times: TimeExpression[];
  events: DatedEvent[];
  /**
   * Sentence indices in the order a summariser would add them (most central first, redundancy removed,
   * the first one able to stand alone). A summary of n sentences is the first n, put back in article order.
   */
  summaryRank: number[];
  /** Its sentences tell of months after its date: updated since, so its day dates none of its titles or relative times (`later-update.ts`). */
  updatedLater?: true;
}
