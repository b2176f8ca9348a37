import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { InteractionMetrics } from './interaction-metrics.js';

/** What the scrape reads from the bot's state at the moment it is asked (nothing is double-counted). */
export interface StateReadings {
  articles(): number;
  /** Followed feeds: how many, how many failing now, fetches made (as stored, so across restarts). */
  feeds(): { active: number; paused: number; failing: number; fetches: number };
  /** Digest ledger rows by state (posted, empty, missed, claimed…), across every process on the store. */
  digests(): Record<string, number>;
}

export interface PrometheusMetrics extends InteractionMetrics {
  registry: Registry;
  /** The text a Prometheus scrape of /metrics gets. */
  scrape(): Promise<string>;
}

/**
 * One registry per bot (no prom-client global): Node's own metrics (event-loop delay among them),
 * interactions by command and outcome with a latency histogram, and gauges read from state at scrape time.
 */
export function createPrometheusMetrics(readings: StateReadings): PrometheusMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'newsdesk_', eventLoopMonitoringPrecision: 20 });
  const interactions = new Counter({
    name: 'newsdesk_interactions_total',
    help: 'Interactions answered, by kind, command and outcome (ok, notice = a user mistake, error = a bug).',
    labelNames: ['kind', 'command', 'outcome'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'newsdesk_interaction_seconds',
    help: 'Time the handler took to produce its answer.',
    labelNames: ['kind', 'command'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  new Gauge({
    name: 'newsdesk_articles',
    help: 'Articles in the archive.',
    registers: [registry],
    collect() {
      this.set(readings.articles());
    },
  });
  new Gauge({
    name: 'newsdesk_feeds',
    help: 'Followed feeds by state; failing = active feeds whose last fetch failed.',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const feeds = readings.feeds();
      this.set({ state: 'active' }, feeds.active);
      this.set({ state: 'paused' }, feeds.paused);
      this.set({ state: 'failing' }, feeds.failing);
    },
  });
  new Gauge({
    name: 'newsdesk_feed_fetches',
    help: 'Feed fetches made, all time, as stored.',
    registers: [registry],
    collect() {
      this.set(readings.feeds().fetches);
    },
  });
  new Gauge({
    name: 'newsdesk_digests',
    help: 'Daily digest occurrences by ledger state (posted, empty, missed, claimed, failed).',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const [state, count] of Object.entries(readings.digests())) this.set({ state }, count);
    },
  });
  return {
    registry,
    interaction(kind, command, outcome, seconds) {
      interactions.inc({ kind, command, outcome });
      latency.observe({ kind, command }, seconds);
    },
    scrape: () => registry.metrics(),
  };
}
