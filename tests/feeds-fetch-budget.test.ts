import type http from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError, fetchUrl, type FetchOptions } from '../src/feeds/fetcher.js';
import { HostLimiter } from '../src/feeds/host-limiter.js';
import { feedUserAgent } from '../src/feeds/user-agent.js';
import { startFeedServer, type FeedServer } from './feeds-test-server.js';

let server: FeedServer;
const drips = new Set<NodeJS.Timeout>();

/** Announces gzip, sends the first half of a real gzip body, then one byte now and then, forever. */
function gzipDrip(_req: http.IncomingMessage, res: http.ServerResponse): void {
  const zipped = gzipSync(Buffer.from(`<rss>${'<item><title>tide</title></item>'.repeat(2000)}</rss>`));
  res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' });
  res.write(zipped.subarray(0, 40));
  let at = 40;
  const timer = setInterval(() => {
    if (res.destroyed || at >= zipped.length - 1) return clearInterval(timer);
    res.write(zipped.subarray(at, at + 1));
    at++;
  }, 25);
  drips.add(timer);
  res.on('close', () => clearInterval(timer));
}

/** Headers, then nothing at all. */
function silentBody(_req: http.IncomingMessage, res: http.ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/plain' });
  res.write('a');
}

beforeAll(async () => {
  server = await startFeedServer();
  server.route('/drip.xml', { handle: gzipDrip });
  server.route('/silent', { handle: silentBody });
  server.route('/r0', { delayMs: 120, status: 302, headers: { location: '/r1' } });
  server.route('/r1', { delayMs: 120, status: 302, headers: { location: '/r2' } });
  server.route('/r2', { body: '<rss/>', delayMs: 150 });
  server.route('/quick', { body: '<rss/>' });
});
afterAll(() => {
  for (const timer of drips) clearInterval(timer);
  return server.close();
});

const options = (extra: Partial<FetchOptions> = {}): FetchOptions => ({
  allowPrivate: true,
  userAgent: feedUserAgent(),
  limiter: new HostLimiter(1),
  timeoutMs: 400,
  ...extra,
});

describe('one budget per fetch', () => {
  it('cuts a gzip body that drips bytes at the budget and releases the host slot', async () => {
    const limiter = new HostLimiter(1);
    const error = await fetchUrl(`${server.base}/drip.xml`, {}, options({ limiter })).catch((e: Error) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect((error as Error).message).toBe('timed out after 0.4 s');
    expect(limiter.running(new URL(server.base).host)).toBe(0);
    // The single slot is free again: the next fetch of the same host goes through.
    await expect(fetchUrl(`${server.base}/quick`, {}, options({ limiter }))).resolves.toMatchObject({ status: 'ok' });
  });

  it('cuts a body that stops arriving', async () => {
    const error = await fetchUrl(`${server.base}/silent`, {}, options()).catch((e: Error) => e);
    expect((error as Error).message).toBe('timed out after 0.4 s');
  });

  it('counts redirects against the same budget rather than giving each hop its own', async () => {
    // Each hop alone answers well inside 250 ms; the three together cannot.
    const error = await fetchUrl(`${server.base}/r0`, {}, options({ timeoutMs: 250 })).catch((e: Error) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect((error as Error).message).toBe('timed out after 0.25 s');
  });

  it("stops when the caller's signal aborts, even while queued for the host's slot", async () => {
    const limiter = new HostLimiter(1);
    const hanging = fetchUrl(`${server.base}/silent`, {}, options({ limiter, timeoutMs: 5000 })).catch((e: Error) => e);
    const controller = new AbortController();
    const queued = fetchUrl(`${server.base}/quick`, {}, options({ limiter, timeoutMs: 5000, signal: controller.signal })).catch((e: Error) => e);
    controller.abort();
    expect(((await queued) as Error).message).toBe("the feed's time budget ran out");
    await hanging;
    expect(limiter.running(new URL(server.base).host)).toBe(0);
  });
});
