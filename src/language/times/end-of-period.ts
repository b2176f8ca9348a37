import type * as chrono from 'chrono-node';

/** Chrono's own test for "end of (the)" / "last day of (the)" just before a result. */
const PREFIX = /\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i;
/** The most characters other than white space that PREFIX can match ("last day of the"). */
const PREFIX_LETTERS = 12;

function isSpace(code: number, text: string, i: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(text[i]!);
}

/**
 * Whether PREFIX matches the text before `end`, read from a window only: the match is anchored at `end`
 * and holds at most 12 characters other than white space, so a window reaching back to the 13th such
 * character holds every possible match and the character before it (for its \b).
 */
export function endOfPeriodBefore(text: string, end: number): boolean {
  let from = end;
  for (let seen = 0; from > 0 && seen <= PREFIX_LETTERS; ) {
    from--;
    if (!isSpace(text.charCodeAt(from), text, from)) seen++;
  }
  return PREFIX.test(text.slice(from, end));
}

/**
 * Chrono's ENEndOfPeriodRefiner matches its prefix pattern against all the text before each result, so
 * its time grew with the square of the text. This hands it only the results that pattern matches before;
 * it changes those in place and no others, so the results are the same.
 */
export function windowedEndOfPeriod(refiner: chrono.Refiner): chrono.Refiner {
  return {
    refine(context, results) {
      const hits = results.filter((r) => endOfPeriodBefore(context.text, r.index));
      if (hits.length > 0) refiner.refine(context, hits);
      return results;
    },
  };
}
