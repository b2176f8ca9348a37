import { CONTEXT, keyOfCandidate, type Candidate } from './candidate.js';
import type { Token } from './tokens.js';

/** Words that may join the names of a list: "Krems and Melk", "Krems, Melk or Tulln", "Linz as well as Steyr". */
const JOINERS = new Set([',', 'and', 'or', 'as', 'well', '&']);

const LIST_GOES_ON = new Set([',', 'and', 'or']);

/**
 * Whether only list words stand between two names of one sentence. A comma alone lists only inside a
 * longer list ("Krems, Melk and Tulln"): "In London, Corus fell" lists nothing.
 */
function joined(tokens: readonly Token[], left: Candidate, right: Candidate): boolean {
  const from = left.tokens[left.tokens.length - 1]!.index + 1;
  const to = right.tokens[0]!.index;
  if (to <= from || to - from > 3) return false;
  for (let i = from; i < to; i++) if (!JOINERS.has(tokens[i]!.lower)) return false;
  if (to - from > 1 || tokens[from]!.text !== ',') return true;
  const after = tokens[right.tokens[right.tokens.length - 1]!.index + 1];
  return LIST_GOES_ON.has(after?.lower ?? '') || tokens[left.tokens[0]!.index - 1]?.text === ',';
}

/**
 * "Joe Manchin of West Virginia and Kyrsten Sinema of Arizona": a name followed by "of" and a place (or,
 * with `side` -1, a place after "of") is a person or body named by where they are from, and the names
 * listed beside it are of that kind, not places.
 */
function namedOf(tokens: readonly Token[], c: Candidate, side: 1 | -1 = 1): boolean {
  const at = side === 1 ? c.tokens[c.tokens.length - 1]!.index + 1 : c.tokens[0]!.index - 1;
  return tokens[at]?.lower === 'of';
}

/**
 * Names typed by a guess at most (or not at all), read as places when listed with a place ("including
 * Krems and Melk", "steelworks in Linz and Donawitz"): the members of a list are things of one kind.
 * What a name becomes, it becomes wherever the article repeats it ("Pochlarn said" is the town too).
 * Returns the names left as they were.
 */
export function placesByCoordination(candidates: readonly Candidate[], weak: readonly Candidate[], tokens: readonly Token[][]): Candidate[] {
  const bySentence = new Map<number, Candidate[]>();
  for (const c of candidates) {
    const here = bySentence.get(c.sentence);
    if (here) here.push(c);
    else bySentence.set(c.sentence, [c]);
  }
  const places = new Set<string>();
  let left = [...weak];
  for (let changed = true; changed && left.length; ) {
    changed = false;
    left = left.filter((c) => {
      const here = bySentence.get(c.sentence)!;
      const at = here.indexOf(c);
      const before = here[at - 1];
      const after = here[at + 1];
      const ts = tokens[c.sentence]!;
      const listedWithPlace =
        !namedOf(ts, c) && ((before?.type === 'place' && !namedOf(ts, before, -1) && joined(ts, before, c)) || (after?.type === 'place' && joined(ts, c, after)));
      if (!listedWithPlace && !places.has(keyOfCandidate(c))) return true;
      Object.assign(c, { type: 'place', strength: CONTEXT });
      places.add(keyOfCandidate(c));
      changed = true;
      return false;
    });
  }
  return left;
}
