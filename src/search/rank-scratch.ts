/**
 * Per-document working arrays for ranking, allocated once per index and reused by every query (ranking
 * is synchronous, so one set is enough). Only the entries a query touched are cleared afterwards.
 */
export class RankScratch {
  size = 0;
  exactScore = new Float64Array(0);
  exactMatched = new Uint8Array(0);
  closeScore = new Float64Array(0);
  closeMatched = new Uint8Array(0);
  best = new Float64Array(0);
  /** 0: not a hit; else tier + 1. */
  tier = new Uint8Array(0);
  allowed = new Uint8Array(0);
  mark = new Uint8Array(0);

  ensure(size: number): void {
    if (size <= this.size) return;
    const room = Math.max(1024, Math.ceil(size * 1.25));
    Object.assign(this, {
      size: room,
      exactScore: new Float64Array(room),
      exactMatched: new Uint8Array(room),
      closeScore: new Float64Array(room),
      closeMatched: new Uint8Array(room),
      best: new Float64Array(room),
      tier: new Uint8Array(room),
      allowed: new Uint8Array(room),
      mark: new Uint8Array(room),
    });
  }

  clear(touched: Iterable<number>): void {
    for (const doc of touched) {
      this.exactScore[doc] = 0;
      this.exactMatched[doc] = 0;
      this.closeScore[doc] = 0;
      this.closeMatched[doc] = 0;
      this.tier[doc] = 0;
    }
  }
}
