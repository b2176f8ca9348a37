import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPrivateAddress, RefusedAddressError, resolveSafely, type Resolver } from '../src/feeds/address-guard.js';
import { FetchError, fetchUrl, type FetchOptions } from '../src/feeds/fetcher.js';
import { HostLimiter } from '../src/feeds/host-limiter.js';
import { feedUserAgent } from '../src/feeds/user-agent.js';
import { fixture, hugeBody, redirect, startFeedServer, type FeedServer } from './feeds-test-server.js';

let server: FeedServer;
const options = (extra: Partial<FetchOptions> = {}): FetchOptions => ({
  allowPrivate: true,
  userAgent: feedUserAgent(),
  limiter: new HostLimiter(2),
  timeoutMs: 2000,
  ...extra,
});

beforeAll(async () => {
  server = await startFeedServer();
  server.route('/rss2.xml', { body: fixture('rss2.xml', server.base), etag: '"v1"', lastModified: 'Tue, 12 Mar 2024 08:00:00 GMT' });
  server.route('/gzip.xml', { body: fixture('atom.xml', server.base), gzip: true });
  server.route('/error', { status: 500, body: 'oops' });
  server.route('/slow', { body: '<rss/>', delayMs: 1500 });
  server.route('/huge', { handle: hugeBody(20) });
  server.route('/huge-announced', { handle: hugeBody(20, true) });
  server.route('/loop/a', redirect('/loop/b'));
  server.route('/loop/b', redirect('/loop/a'));
  for (let i = 1; i <= 6; i++) server.route(`/hop/${i}`, redirect(`/hop/${i + 1}`));
  server.route('/hop/7', { body: '<rss/>' });
  server.route('/moved', redirect('/rss2.xml'));
  server.route('/busy', { body: '<rss/>', delayMs: 120 });
});
afterAll(() => server.close());

describe('fetcher', () => {
  it('sends an honest User-Agent and answers a conditional GET with 304', async () => {
    const first = await fetchUrl(`${server.base}/rss2.xml`, {}, options());
    expect(first).toMatchObject({ status: 'ok', etag: '"v1"', lastModified: 'Tue, 12 Mar 2024 08:00:00 GMT' });
    if (first.status !== 'ok') throw new Error('expected a body');
    expect(first.body.toString()).toContain('<title>Harbour Gazette</title>');
    const again = await fetchUrl(`${server.base}/rss2.xml`, { etag: first.etag, lastModified: first.lastModified }, options());
    expect(again.status).toBe('not-modified');
    const [plain, conditional] = server.requests.filter((r) => r.path === '/rss2.xml');
    expect(plain!.headers['user-agent']).toMatch(/^newsdesk\/\d+\.\d+\.\d+ \(.*feed reader\)$/);
    expect(conditional!.headers['if-none-match']).toBe('"v1"');
    expect(conditional!.headers['if-modified-since']).toBe('Tue, 12 Mar 2024 08:00:00 GMT');
    expect(conditional!.status).toBe(304);
  });

  it('decompresses a gzipped body and follows an ordinary redirect', async () => {
    const zipped = await fetchUrl(`${server.base}/gzip.xml`, {}, options());
    expect(zipped.status === 'ok' && zipped.body.toString()).toContain('Northern Wire');
    const moved = await fetchUrl(`${server.base}/moved`, {}, options());
    expect(moved.url).toBe(`${server.base}/rss2.xml`);
  });

  it('fails with a clear reason on a server error, a timeout, a 20 MB body and redirect trouble', async () => {
    const reason = (path: string, extra: Partial<FetchOptions> = {}) =>
      fetchUrl(`${server.base}${path}`, {}, options(extra)).then(
        () => 'no error',
        (error: Error) => `${error.name}: ${error.message}`,
      );
    expect(await reason('/error')).toBe('FetchError: HTTP 500 Internal Server Error');
    expect(await reason('/slow', { timeoutMs: 200 })).toBe('FetchError: timed out after 0.2 s');
    expect(await reason('/huge')).toBe('FetchError: response larger than the 5.0 MB limit (stopped reading)');
    expect(await reason('/huge-announced')).toBe('FetchError: response too large: 20.0 MB announced, the limit is 5.0 MB');
    expect(await reason('/loop/a')).toBe(`FetchError: redirect loop: ${server.base}/loop/a → ${server.base}/loop/b → ${server.base}/loop/a`);
    expect(await reason('/hop/1')).toBe(`FetchError: more than 5 redirects (last: ${server.base}/hop/7)`);
    expect(await reason('/hop/2')).toBe('no error');
  });

  it('makes at most two requests at a time to one host', async () => {
    const limiter = new HostLimiter(2);
    const before = server.maxConcurrent;
    expect(before).toBeLessThanOrEqual(2);
    const results = await Promise.all(Array.from({ length: 6 }, () => fetchUrl(`${server.base}/busy`, {}, options({ limiter }))));
    expect(results.every((r) => r.status === 'ok')).toBe(true);
    expect(server.count('/busy')).toBe(6);
    expect(server.maxConcurrent).toBe(2);
  });

  it('resolves every redirect hop before connecting, and connects to the address it checked', async () => {
    const asked: string[] = [];
    // Names that exist nowhere: the requests can only succeed through the checked, pinned addresses.
    const resolve: Resolver = async (host) => {
      asked.push(host);
      return [{ address: '127.0.0.1', family: 4 }];
    };
    server.route('/to-second-host', redirect(`http://second.invalid:${server.port}/rss2.xml`));
    const result = await fetchUrl(`http://first.invalid:${server.port}/to-second-host`, {}, options({ resolve }));
    expect(result.status).toBe('ok');
    expect(asked).toEqual(['first.invalid', 'second.invalid']);
  });
});

describe('address guard', () => {
  it('knows loopback, private, CGNAT, link-local, unique-local and unspecified addresses, in IPv4 and IPv6', () => {
    for (const address of ['127.0.0.1', '10.1.2.3', '172.16.5.4', '192.168.1.1', '100.64.0.1', '169.254.169.254', '0.0.0.0', '::', '::1', 'fe80::1', 'fd12:3456::1', '::ffff:127.0.0.1', '::ffff:a9fe:a9fe']) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
    for (const address of ['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700:4700::1111']) expect(isPrivateAddress(address), address).toBe(false);
  });

  it('refuses private addresses and names that resolve to them before any connection, unless allowed', async () => {
    const before = server.requests.length;
    const refused = (url: string, resolve?: Resolver) =>
      fetchUrl(url, {}, options({ allowPrivate: false, ...(resolve ? { resolve } : {}) })).then(() => 'fetched', (e: Error) => e);
    const loopback = await refused(`${server.base}/rss2.xml`);
    expect(loopback).toBeInstanceOf(RefusedAddressError);
    expect((loopback as Error).message).toBe('refused: 127.0.0.1 is a loopback, private, link-local or reserved address');
    const metadata = await refused('http://metadata.invalid/latest/meta-data/', async () => [{ address: '169.254.169.254', family: 4 }]);
    expect((metadata as Error).message).toBe('refused: metadata.invalid (169.254.169.254) is a loopback, private, link-local or reserved address');
    const mixed = await refused('http://mixed.invalid/', async () => [{ address: '93.184.216.34', family: 4 }, { address: '10.0.0.8', family: 4 }]);
    expect(mixed).toBeInstanceOf(RefusedAddressError);
    expect(server.requests.length).toBe(before);
    await expect(resolveSafely(new URL('file:///etc/passwd'), { allowPrivate: true })).rejects.toThrow('only http and https addresses can be followed, not file');
    await expect(resolveSafely(new URL(`${server.base}/`), { allowPrivate: true })).resolves.toEqual([{ address: '127.0.0.1', family: 4 }]);
  });

  it('names the host that cannot be resolved', async () => {
    const error = await fetchUrl('http://nowhere.invalid/feed', {}, options({ resolve: async () => { throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' }); } })).catch((e: Error) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect((error as Error).message).toBe('cannot resolve nowhere.invalid (ENOTFOUND)');
  });
});
