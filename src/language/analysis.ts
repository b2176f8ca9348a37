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
}

export type EntityType = 'person' | 'place' | 'organisation' | 'country';

export interface Role {
  /** The role as the text gives it: "Russian President", "North Korean leader". */
  title: string;
  /** "then-U.S. President", "former Prime Minister". */
  former: boolean;
  /** Sentence index that gives the role. */
  sentence: number;
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

export interface DatedEvent {
  /**
   * `2023-09-13`, `2023-09`, `2023`, or another calendar value of `TimeExpression`; `FUTURE_REF`
   * (granularity 'vague') only for a plan with no date of its own ("is scheduled to visit…").
   */
  date: string;
  granularity: Granularity;
  /** Entity keys of who acts. */
  actors: string[];
  /** Entity keys of where. */
  places: string[];
  /** A short phrase for what happened ("met", "launched two short-range ballistic missiles"). */
  what: string;
  sentence: number;
  /** The sentence, verbatim, as evidence. */
  evidence: string;
  /** A plan, not a happening ("is scheduled to visit"). */
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
}
