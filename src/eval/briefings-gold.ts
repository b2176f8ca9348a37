import { readFileSync } from 'node:fs';

/**
 * The hand-made gold for `npm run eval -- briefings` (eval/briefings-gold/gold.json): leaders with the
 * roles articles give them, dated events read from chosen articles, name mentions with the person they
 * mean, and entity names that are not entities (bylines, credits, wars…). Article ids are the data
 * set's own (`rtqa-x0001`); the eval maps them to the bot's ids through the article URL.
 */
export interface GoldRole {
  /** Office title without modifiers, lower case: "president", "prime minister". */
  title: string;
  /** When the person held it (inclusive days); a missing end means still held at the archive's end. */
  from: string;
  to?: string;
  /** An article that states it, with its date (evidence, not used in scoring). */
  article?: string;
}

export interface GoldEvent {
  article: string;
  /** A word or two of the verb phrase, lower case, that a timeline line about it contains ("met", "signed"). */
  verb: string;
  /** When it happened, at the granularity the article gives: 2024-07, 2024-07-21. */
  date: string;
  /** Said to lie ahead of the article's date. */
  planned?: boolean;
}

export interface GoldLeader {
  /** Canonical name; also what the eval types after `/brief about:`. */
  name: string;
  roles: GoldRole[];
  events: GoldEvent[];
  /** Articles whose events for this leader are all listed in `events` (the lines from them can be judged). */
  eventArticles: string[];
}

export interface GoldMention {
  article: string;
  /** The name as written in the article ("Trump", "Zelenskyy"). */
  form: string;
  /** The canonical name of the person it means. */
  person: string;
}

export interface Gold {
  leaders: GoldLeader[];
  mentions: GoldMention[];
  /** Names seen in the archive's entity directory that are not people, organisations or places. */
  junk: string[];
}

export function loadGold(file: string): Gold {
  const gold = JSON.parse(readFileSync(file, 'utf8')) as Gold;
  for (const l of gold.leaders) {
    l.events ??= [];
    l.eventArticles ??= [...new Set(l.events.map((e) => e.article))];
  }
  gold.mentions ??= [];
  gold.junk ??= [];
  return gold;
}

/** Every data-set article id the gold names. */
export function goldArticleIds(gold: Gold): Set<string> {
  const ids = new Set<string>(gold.mentions.map((m) => m.article));
  for (const l of gold.leaders) for (const a of l.eventArticles) ids.add(a);
  return ids;
}
