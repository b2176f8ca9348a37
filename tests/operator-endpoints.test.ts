import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { ManualClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { createJsonLogger } from '../src/json-logger.js';
import { createCapturingLogger } from '../src/logger.js';
import { createPrometheusMetrics } from '../src/metrics/prometheus-metrics.js';
import type { HttpEndpoint } from '../src/transports/http/http-endpoint.js';
import { startOperatorEndpoints } from '../src/transports/http/operator-endpoints.js';
import { OperatorState } from '../src/transports/http/operator-state.js';

describe('operator endpoints: health, metrics, JSON logs', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const clean of cleanups.splice(0).reverse()) await clean();
  });

  it('says "starting" with 503 until the archive is loaded, then "ready" with 200; interactions wait too', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'newsdesk-health-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const config = loadConfig({ DATA_DIR: dataDir, SEEDS_DIR: 'seeds', METRICS_PORT: '0', HTTP_HOST: '127.0.0.1' });
    const logger = createCapturingLogger();
    const state = new OperatorState();
    const metrics = createPrometheusMetrics(state);
    const endpoints: HttpEndpoint[] = await startOperatorEndpoints({ config, logger, probe: state, scrape: () => metrics.scrape(), metricsContentType: metrics.registry.contentType, interactions: () => undefined });
    cleanups.push(() => Promise.all(endpoints.map((e) => e.close())));
    expect(endpoints).toHaveLength(1);
    const url = `http://127.0.0.1:${endpoints[0]!.port}`;
    const before = await fetch(`${url}/healthz`);
    expect(before.status).toBe(503);
    expect(await before.json()).toMatchObject({ status: 'starting', archiveLoaded: false });
    expect((await fetch(`${url}/interactions`, { method: 'POST', body: '{}' })).status).toBe(404);

    const app = await createApp({ config, logger, clock: new ManualClock('2024-04-02T09:00:00Z'), metrics });
    cleanups.push(() => app.close());
    state.ready(app);
    const after = await fetch(`${url}/healthz`);
    expect(after.status).toBe(200);
    expect(await after.json()).toEqual({ status: 'ready', archiveLoaded: true, store: 'ok', articles: 1 });
    expect(await (await fetch(`${url}/metrics`)).text()).toMatch(/^newsdesk_digests|newsdesk_articles 1/m);
  });

  it('refuses half an HTTP interactions setup, and a gateway-less process with nothing to answer', () => {
    expect(() => loadConfig({ INTERACTIONS_PORT: '8080' })).toThrow(/set both/);
    expect(() => loadConfig({ DISCORD_PUBLIC_KEY: 'ab'.repeat(32) })).toThrow(/set both/);
    expect(() => loadConfig({ DISCORD_PUBLIC_KEY: 'not-hex', INTERACTIONS_PORT: '1' })).toThrow(/64 hex/);
    expect(() => loadConfig({ DISCORD_GATEWAY: 'false' })).toThrow(/INTERACTIONS_PORT/);
    expect(loadConfig({ SHARD_COUNT: 'auto' }).shardCount).toBe('auto');
    expect(loadConfig({ SHARD_COUNT: '4' }).shardCount).toBe(4);
    expect(() => loadConfig({ SHARD_COUNT: '0' })).toThrow(/SHARD_COUNT/);
  });

  it('writes JSON lines with errors and their causes, and masks secrets and URL passwords', () => {
    const lines: string[] = [];
    const token = 'MTIzNDU2Nzg5.secret-token-value';
    const logger = createJsonLogger({ level: 'info', secrets: [token], write: (l) => lines.push(l) }).child({ transport: 'test' });
    logger.debug('hidden');
    logger.warn('feed failed', { url: 'https://bob:hunter22@example.org/feed', token, error: new Error('outer', { cause: new Error('inner') }) });
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]!) as Record<string, unknown> & { error: { message: string; cause?: { message: string } } };
    expect(line).toMatchObject({ level: 'warn', msg: 'feed failed', transport: 'test', token: '[secret]', url: 'https://bob:[secret]@example.org/feed' });
    expect(line.error.message).toBe('outer');
    expect(JSON.stringify(line.error)).toContain('inner');
    expect(lines[0]).not.toContain('hunter22');
  });
});
