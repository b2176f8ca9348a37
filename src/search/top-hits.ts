/**
 * The best `limit` candidates by a numeric key, highest first (ties: lower document number first),
 * through a bounded heap: O(n log limit), and no large allocation per query, which matters at 100k
 * articles where garbage from every query would bring major GCs (and their pauses) sooner.
 */
export function topByKey(count: number, docAt: (i: number) => number, keyAt: (i: number) => number, limit: number): number[] {
  if (limit <= 0) return [];
  const docs: number[] = [];
  const keys: number[] = [];
  // Min-heap on (key, -doc): the root is the weakest kept candidate.
  const weaker = (a: number, b: number) => keys[a]! < keys[b]! || (keys[a] === keys[b] && docs[a]! > docs[b]!);
  const swap = (a: number, b: number) => {
    [docs[a], docs[b]] = [docs[b]!, docs[a]!];
    [keys[a], keys[b]] = [keys[b]!, keys[a]!];
  };
  const down = (from: number) => {
    let i = from;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < docs.length && weaker(l, m)) m = l;
      if (r < docs.length && weaker(r, m)) m = r;
      if (m === i) return;
      swap(i, m);
      i = m;
    }
  };
  for (let i = 0; i < count; i++) {
    const doc = docAt(i);
    const key = keyAt(i);
    if (docs.length < limit) {
      docs.push(doc);
      keys.push(key);
      for (let c = docs.length - 1; c > 0; ) {
        const p = (c - 1) >> 1;
        if (!weaker(c, p)) break;
        swap(c, p);
        c = p;
      }
    } else if (key > keys[0]! || (key === keys[0] && doc < docs[0]!)) {
      docs[0] = doc;
      keys[0] = key;
      down(0);
    }
  }
  const order = docs.map((_, i) => i).sort((a, b) => keys[b]! - keys[a]! || docs[a]! - docs[b]!);
  return order.map((i) => docs[i]!);
}
