import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

/**
 * A loopback web server for the feed tests: serves the fixture feeds and pages (with `{{BASE}}` made
 * its own address), and misbehaves on request: errors, slowness, huge bodies, redirect loops.
 */
export interface Route {
  status?: number;
  type?: string;
  body?: string | (() => string);
  headers?: Record<string, string>;
  /** Answer 304 when the request carries this ETag. */
  etag?: string;
  lastModified?: string;
  delayMs?: number;
  gzip?: boolean;
  /** Full control, for bodies that never end. */
  handle?: (req: http.IncomingMessage, res: http.ServerResponse) => void;
}

export interface SeenRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
  status: number;
}

export interface FeedServer {
  base: string;
  port: number;
  requests: SeenRequest[];
  route(path: string, route: Route): void;
  count(path: string): number;
  /** The most requests that were open at once. */
  maxConcurrent: number;
  close(): Promise<void>;
}

export function fixture(name: string, base: string): string {
  return readFileSync(new URL(`./fixtures/feeds/${name}`, import.meta.url), 'utf8').replaceAll('{{BASE}}', base);
}

export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, Route>();
  const requests: SeenRequest[] = [];
  let open = 0;
  const state = { maxConcurrent: 0 };
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const route = routes.get(path);
    open++;
    state.maxConcurrent = Math.max(state.maxConcurrent, open);
    res.on('close', () => open--);
    const seen: SeenRequest = { path, headers: req.headers, status: 0 };
    requests.push(seen);
    res.on('finish', () => (seen.status = res.statusCode));
    const answer = () => {
      if (!route) return void ((seen.status = 404), res.writeHead(404).end('not found'));
      if (route.handle) return route.handle(req, res);
      const etagHit = route.etag && req.headers['if-none-match'] === route.etag;
      const dateHit = route.lastModified && req.headers['if-modified-since'] === route.lastModified;
      const headers: Record<string, string> = { ...(route.headers ?? {}) };
      if (route.etag) headers.etag = route.etag;
      if (route.lastModified) headers['last-modified'] = route.lastModified;
      if (etagHit || dateHit) return void ((seen.status = 304), res.writeHead(304, headers).end());
      seen.status = route.status ?? 200;
      const body = typeof route.body === 'function' ? route.body() : (route.body ?? '');
      headers['content-type'] = route.type ?? 'application/xml; charset=utf-8';
      if (route.gzip) headers['content-encoding'] = 'gzip';
      res.writeHead(seen.status, headers).end(route.gzip ? gzipSync(body) : body);
    };
    if (route?.delayMs) setTimeout(answer, route.delayMs);
    else answer();
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    requests,
    route: (path, route) => void routes.set(path, route),
    count: (path) => requests.filter((r) => r.path === path).length,
    get maxConcurrent() {
      return state.maxConcurrent;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Streams `megabytes` of filler until the client hangs up; with `announce`, says so in Content-Length. */
export function hugeBody(megabytes: number, announce = false): Route['handle'] {
  return (_req, res) => {
    const total = megabytes * 1024 * 1024;
    res.writeHead(200, { 'content-type': 'application/rss+xml', ...(announce ? { 'content-length': String(total) } : {}) });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    const pump = () => {
      while (sent < total && !res.destroyed) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      if (!res.destroyed) res.end();
    };
    res.on('error', () => undefined);
    pump();
  };
}

export function redirect(to: string): Route {
  return { status: 302, headers: { location: to } };
}
