import type { HttpHandler } from './http-endpoint.js';

export interface HealthProbe {
  /** The archive is loaded and the transports may answer. */
  ready(): boolean;
  /** The store answers a trivial query; throws or returns false when it does not. */
  storeReachable(): boolean;
  articles(): number;
}

/**
 * `/healthz`: 200 when ready (archive loaded, store reachable), else 503 with the reason, so a load
 * balancer sends no interactions to a process still loading or cut off from its database.
 */
export function healthRoute(probe: HealthProbe): HttpHandler {
  return async () => {
    let store = false;
    try {
      store = probe.storeReachable();
    } catch {
      store = false;
    }
    const ready = probe.ready();
    const status = ready && store ? 'ready' : ready ? 'store unreachable' : 'starting';
    const body = JSON.stringify({ status, archiveLoaded: ready, store: store ? 'ok' : 'unreachable', articles: ready ? probe.articles() : 0 });
    return { status: status === 'ready' ? 200 : 503, body: `${body}\n` };
  };
}

export function metricsRoute(scrape: () => Promise<string>, contentType: string): HttpHandler {
  return async () => ({ status: 200, body: await scrape(), contentType });
}
