import { RE2JS } from 're2js';
import { normaliseForHash } from '../ingest/article-id.js';

/**
 * A feed's filter, as an admin types it: words and phrases to require (any one of them), words to
 * exclude with a leading minus, or one `/regular expression/flags`. Commas separate phrases; without
 * commas each word stands alone: `kim jong un, -football` or `ukraine -sport` or `/\bsummit\b/i`.
 */
export interface ItemFilter {
  /** What the admin typed, for /feed list. */
  source: string;
  matches(text: string): boolean;
}

export class FilterSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FilterSyntaxError';
  }
}

const MAX_FILTER = 300;
/** Regexes run over at most this much text; the engine is linear, this only bounds the cost per item. */
const MAX_REGEX_INPUT = 20_000;

/**
 * Filters are typed by any Manage Server member, so a pattern like `/(\w+\s?)+$/` must not be able to
 * backtrack for minutes: patterns run on RE2 (re2js), whose time is linear in the text. Patterns RE2
 * cannot run (backreferences, lookaround) are refused with words saying so, never run on another engine.
 */
function compileRegex(pattern: string, flags: string): RE2JS {
  let options = 0;
  if (flags.includes('i')) options |= RE2JS.CASE_INSENSITIVE;
  if (flags.includes('m')) options |= RE2JS.MULTILINE;
  if (flags.includes('s')) options |= RE2JS.DOTALL;
  try {
    return RE2JS.compile(pattern, options);
  } catch (error) {
    const reason = (error as Error).message;
    const unsupported = /\\[1-9]|\(\?<?[=!]/.test(pattern);
    throw new FilterSyntaxError(
      unsupported
        ? 'the regular expression uses backreferences or lookaround, which filters cannot run (they could stall the bot); use plain words or a simpler pattern'
        : `the regular expression does not compile: ${reason}`,
    );
  }
}

function parseRegex(source: string): ItemFilter | undefined {
  const m = /^\/(.+)\/([a-z]*)$/s.exec(source);
  if (!m) return undefined;
  const flags = m[2]!;
  if (/[^imsu]/.test(flags)) throw new FilterSyntaxError(`unsupported regex flags "${flags}" (use i, m, s or u)`);
  const pattern = compileRegex(m[1]!, flags);
  return { source, matches: (text) => pattern.matcher(text.slice(0, MAX_REGEX_INPUT)).find() };
}

/** Comma-separated pieces are phrases (minus-words inside them still exclude); without commas, every word counts alone. */
function terms(source: string): string[] {
  const tokens = (text: string) => [...text.matchAll(/-?"[^"]+"|\S+/g)].map((m) => m[0].replace(/"/g, ''));
  if (!source.includes(',')) return tokens(source);
  return source.split(',').flatMap((piece) => {
    const words = tokens(piece);
    const phrase = words.filter((w) => !w.startsWith('-')).join(' ');
    return [...(phrase ? [phrase] : []), ...words.filter((w) => w.startsWith('-'))];
  });
}

/** Parses a filter; undefined for an empty one. Throws FilterSyntaxError on a bad regex. */
export function parseFilter(raw: string | undefined): ItemFilter | undefined {
  const source = (raw ?? '').trim();
  if (!source) return undefined;
  if (source.length > MAX_FILTER) throw new FilterSyntaxError(`a filter may be at most ${MAX_FILTER} characters`);
  const regex = parseRegex(source);
  if (regex) return regex;
  const wanted: string[] = [];
  const excluded: string[] = [];
  for (const term of terms(source)) {
    const exclude = term.startsWith('-');
    const words = normaliseForHash(exclude ? term.slice(1) : term);
    if (words) (exclude ? excluded : wanted).push(words);
  }
  if (!wanted.length && !excluded.length) throw new FilterSyntaxError('the filter has no words in it');
  return {
    source,
    matches(text) {
      // Whole words, case and accents ignored: "Kim" matches "KIM" and "kim's" but not "Kimberley".
      const haystack = ` ${normaliseForHash(text)} `;
      const has = (phrase: string) => haystack.includes(` ${phrase} `);
      if (excluded.some(has)) return false;
      return wanted.length === 0 || wanted.some(has);
    },
  };
}
