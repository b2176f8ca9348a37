import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../../logger.js';

export interface HttpRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  /** The raw bytes: signatures are checked on them before anything is parsed. */
  body: Buffer;
}

export interface HttpResponse {
  status: number;
  body?: string | Buffer;
  contentType?: string;
  /** Runs once the response has been written (an interaction's edits must follow its answer). */
  after?: () => void;
}

export type HttpHandler = (request: HttpRequest) => Promise<HttpResponse>;

export interface HttpEndpointOptions {
  port: number;
  host?: string;
  /** `METHOD /path` → handler, e.g. `POST /interactions`, `GET /healthz`. */
  routes: Record<string, HttpHandler>;
  logger: Logger;
  /** Bodies over this are refused with 413 before they are read in full. */
  maxBodyBytes?: number;
  /** A request that has not sent its body by then is dropped (a slow client holds no socket for long). */
  requestTimeoutMs?: number;
}

export interface HttpEndpoint {
  port: number;
  close(): Promise<void>;
}

const text = (status: number, body: string): HttpResponse => ({ status, body, contentType: 'text/plain; charset=utf-8' });

async function readBody(req: IncomingMessage, max: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * One small node:http server for what Discord and operators ask over HTTP: signed interactions,
 * health and metrics. It holds no state of its own; each route is a function handed in.
 */
export async function startHttpEndpoint(options: HttpEndpointOptions): Promise<HttpEndpoint> {
  const max = options.maxBodyBytes ?? 1_000_000;
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const method = (req.method ?? 'GET').toUpperCase();
    const path = new URL(req.url ?? '/', 'http://endpoint').pathname;
    const route = options.routes[`${method} ${path}`];
    let answer: HttpResponse;
    if (!route) answer = text(404, 'not found\n');
    else {
      const body = await readBody(req, max);
      if (!body) answer = text(413, 'request too large\n');
      else {
        try {
          answer = await route({ method, path, headers: req.headers, body });
        } catch (error) {
          options.logger.error('http request failed', { method, path, error });
          answer = text(500, 'internal error\n');
        }
      }
    }
    if (res.headersSent || res.destroyed) return;
    res.writeHead(answer.status, answer.body === undefined ? {} : { 'content-type': answer.contentType ?? 'application/json' });
    const after = answer.after;
    res.end(answer.body, after ? () => after() : undefined);
  };
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      options.logger.error('http request failed', { error });
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  server.requestTimeout = options.requestTimeoutMs ?? 10_000;
  server.headersTimeout = Math.min(server.requestTimeout, 10_000);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  options.logger.info('http endpoint listening', { port, routes: Object.keys(options.routes) });
  return {
    port,
    async close() {
      server.closeIdleConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
