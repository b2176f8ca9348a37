import type { Archive } from '../articles/archive.js';
import type { FeedDesk } from '../feeds/feed-desk.js';
import type { StateReadings } from './prometheus-metrics.js';

/** The gauges' readings from the running app: the archive, the feed desk and the digest ledger's rows. */
export function appReadings(parts: { archive: Archive; feeds?: FeedDesk; digestStates?: () => Record<string, number> }): StateReadings {
  return {
    articles: () => parts.archive.size,
    feeds() {
      const all = parts.feeds?.list() ?? [];
      const active = all.filter((f) => f.state === 'active');
      return {
        active: active.length,
        paused: all.length - active.length,
        failing: active.filter((f) => f.failures > 0).length,
        fetches: all.reduce((n, f) => n + (f.fetches ?? 0), 0),
      };
    },
    digests: () => parts.digestStates?.() ?? {},
  };
}
