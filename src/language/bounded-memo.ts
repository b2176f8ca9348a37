import { ownString } from './own-string.js';

/**
 * A function's answers kept by their argument, for the words and names that come back in every article
 * and every stage (slugs, word facts, word pieces). Only for answers that depend on the argument alone
 * (the lexicon never changes at run time). Emptied when full, so a long-running bot stays bounded.
 */
export function boundedMemo<V>(compute: (key: string) => V, limit = 50_000): (key: string) => V {
  const kept = new Map<string, V>();
  return (key) => {
    let found = kept.get(key);
    if (found === undefined) {
      if (kept.size >= limit) kept.clear();
      // The key is often cut from an article's text: kept as a view, it would keep that text alive.
      const own = ownString(key);
      kept.set(own, (found = compute(own)));
    }
    return found;
  };
}
