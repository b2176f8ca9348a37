import * as chrono from 'chrono-node';

/** Chrono's test for a time zone name after a result ("3 p.m. EST", "noon (GMT)"). */
const TIMEZONE_NAME = /^\s*,?\s*\(?([A-Z]{2,4})\)?(?=\W|$)/i;

/** Per upper-cased name: whether chrono knows it as a time zone (its table is not exported; asked once per name). */
const known = new Map<string, boolean>();

function isTimezone(name: string): boolean {
  let verdict = known.get(name);
  if (verdict === undefined) {
    const reference = chrono.ReferenceWithTimezone.fromInput({ instant: new Date(2000, 0, 1), timezone: name });
    known.set(name, (verdict = reference.timezoneOffset !== null));
  }
  return verdict;
}

/** Whether chrono's ExtractTimezoneAbbrRefiner could change `result`: a name it knows follows it. */
function mayHaveTimezone(text: string, result: chrono.ParsedResult): boolean {
  const match = TIMEZONE_NAME.exec(text.substring(result.index + result.text.length));
  return !!match && isTimezone(match[1]!.toUpperCase());
}

/**
 * Chrono's ExtractTimezoneAbbrRefiner reads the word after every result, and for a short one ("in", "the",
 * "and": most of them) works out the result's date before finding the word is no time zone. It changes
 * results in place, one by one, and leaves alone those not followed by a zone it knows: it is handed
 * only the others, so the results are the same.
 */
export function knownTimezonesOnly(refiner: chrono.Refiner): chrono.Refiner {
  return {
    refine(context, results) {
      const hits = results.filter((r) => mayHaveTimezone(context.text, r));
      if (hits.length > 0) refiner.refine(context, hits);
      return results;
    },
  };
}
