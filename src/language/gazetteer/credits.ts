/**
 * Names that appear in news text as credits rather than as actors: photo agencies and wire services
 * at the end of a caption ("…/AFP/Getty Images"), which run straight into the next sentence when the
 * caption has no full stop. Lower-case phrases, tokens joined by one space.
 */
export const CREDIT_NAMES = new Set([
  'getty images', 'getty', 'ap photo', 'ap', 'afp', 'reuters', 'epa', 'efe', 'shutterstock', 'handout', 'pool',
  'imagn', 'sipa', 'anadolu agency', 'anadolu', 'tass', 'sputnik', 'bloomberg via getty images', 'ap images',
  'usa today network', 'cnn', 'zuma press', 'abaca', 'xinhua', 'kcna', 'nurphoto', 'sopa images', 'lightrocket',
]);

/** The longest credit name at the start of these lower-case words, as a word count (0: none). */
export function creditAt(words: readonly string[], from = 0): number {
  for (let n = Math.min(4, words.length - from); n >= 1; n--) {
    if (CREDIT_NAMES.has(words.slice(from, from + n).join(' '))) return n;
  }
  return 0;
}

/**
 * Styles of address that stand before a title and are no part of it ("His Holiness Pope Francis",
 * "Her Majesty Queen …"): the role is the title after them.
 */
export const STYLES_OF_ADDRESS = new Set([
  'holiness', 'majesty', 'highness', 'excellency', 'eminence', 'honourable', 'honorable', 'hon', 'hon.', 'royal', 'right', 'rt', 'rt.',
]);

/** Words that turn a title into one held before or after now: not the current role. */
export const NOT_CURRENT_MARKS = new Set(['incoming', 'outgoing', 'future', 'would-be', 'designate', 'presumptive', 'elect', 'next']);

/**
 * Capitalised names that are no person, place or organisation of their own: programmes ("Social
 * Security"), diseases, and party adjectives standing alone ("Democratic" of a Democratic senator).
 */
export const NOT_ENTITIES = new Set([
  'social security', 'medicare', 'medicaid', 'obamacare', 'covid', 'covid-19', 'coronavirus', 'sars-cov-2', 'omicron',
  // A policy and an address: what people do or give, not a body ("Who: Boris Johnson, Brexit").
  'brexit', 'state of the union',
  'replay more videos', 'video ad feedback', 'photos', 'gallery', 'bluesky', 'ad feedback', 'must watch', 'homeland security', 'union jack', 'star-spangled banner', 'number', 'no.', 'nos.',
  'sens', 'reps', 'democratic sens', 'republican sens', 'democratic reps', 'republican reps', 'gop sens', 'gop reps',
  'democratic', 'republican', 'et', 'pt', 'ct', 'pst', 'pdt', 'cst', 'cdt', 'mst', 'mdt', 'est', 'edt',
]);

/** A clause of a law ("Title 42", "Title IX", "Section 230", "Article 5", "the 14th Amendment"): no entity, alone or numbered. */
const LAW_PARTS = new Set(['title', 'section', 'article', 'amendment', 'chapter', 'clause', 'paragraph', 'subsection']);
export const lawPart = (words: readonly string[]): boolean => LAW_PARTS.has(words[0]!) && words.slice(1).every((w) => /^(?:[ivxlc]+|\d+[a-z]?)$/.test(w));

/** Plural members of a party: with or without a chamber before them ("House Democrats"), a group, not a person. */
export const PARTY_MEMBERS = new Set(['democrats', 'republicans', 'conservatives', 'tories', 'liberals', 'socialists', 'progressives', 'dems']);

const ROMAN = /^(?:[ivx]+|\d+)$/;

/** "World War II", "Gulf War 2": a numbered event, no entity. */
export const numberedEvent = (words: readonly string[], eventWords: ReadonlySet<string>): boolean =>
  words.length >= 2 && ROMAN.test(words[words.length - 1]!) && eventWords.has(words[words.length - 2]!);

/** Verbs and link words that open a sentence or a link line before a title ("Read President …'s letter"). */
export const SENTENCE_VERBS = new Set(['read', 'watch', 'see', 'meet', 'listen', 'related', 'more', 'photos', 'video', 'opinion', 'analysis', 'exclusive']);

/** Photo agencies whose name in a text is only ever a credit. */
export const PHOTO_CREDITS = new Set(['getty images', 'getty', 'ap photo', 'ap images', 'shutterstock', 'imagn', 'nurphoto', 'sopa images', 'lightrocket', 'handout', 'pool', 'zuma press', 'abaca']);
