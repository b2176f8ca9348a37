import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { addAbortSignal, type Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { resolveSafely, type ResolvedAddress, type Resolver } from './address-guard.js';
import type { HostLimiter } from './host-limiter.js';

/**
 * One careful HTTP GET: every hop's address is checked before connecting (redirects are followed by
 * hand for that reason), the body is streamed and cut off past the size limit, and ETag /
 * Last-Modified make an unchanged feed a cheap 304. One budget covers the whole fetch (every hop,
 * body and decompression), and its abort destroys every stream, so a server that drips bytes cannot
 * hold the fetch (or the host's slot) past it.
 */
export interface FetchOptions {
  allowPrivate: boolean;
  userAgent: string;
  limiter: HostLimiter;
  /** The whole fetch's budget: connect, redirects, body and decompression together. */
  timeoutMs?: number;
  /** The caller's own budget (a feed's refresh); aborting it aborts the fetch. */
  signal?: AbortSignal;
  maxBytes?: number;
  maxRedirects?: number;
  resolve?: Resolver;
  accept?: string;
}

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type FetchResult =
  | { status: 'ok'; url: string; body: Buffer; contentType: string; etag?: string; lastModified?: string }
  | { status: 'not-modified'; url: string };

export class FetchError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FetchError';
  }
}

export const FETCH_DEFAULTS = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 } as const;
const DEFAULT_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/html;q=0.8, */*;q=0.5';
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;

/** Connects to the addresses already checked, never to a fresh (possibly different) DNS answer. */
function pinnedLookup(addresses: ResolvedAddress[]): LookupFunction {
  return ((_host: string, options: { all?: boolean; family?: number | string }, callback: (...args: unknown[]) => void) => {
    const wanted = options.family === 4 || options.family === 6 ? addresses.filter((a) => a.family === options.family) : addresses;
    const usable = wanted.length ? wanted : addresses;
    if (options.all) callback(null, usable.map((a) => ({ address: a.address, family: a.family })));
    else callback(null, usable[0]!.address, usable[0]!.family);
  }) as LookupFunction;
}

function decoded(response: http.IncomingMessage): Readable {
  const encoding = String(response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return response.pipe(createGunzip());
  if (encoding === 'deflate') return response.pipe(createInflate());
  if (encoding === 'br') return response.pipe(createBrotliDecompress());
  if (encoding === 'identity' || encoding === '') return response;
  throw new FetchError(`unsupported content encoding "${encoding}"`);
}

async function readBody(request: http.ClientRequest, response: http.IncomingMessage, maxBytes: number, signal: AbortSignal): Promise<Buffer> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    request.destroy();
    throw new FetchError(`response too large: ${megabytes(declared)} announced, the limit is ${megabytes(maxBytes)}`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  // The limit counts decompressed bytes, so a small compressed bomb is cut off too.
  // A piped decompressor does not learn that its source was destroyed: the abort must reach it directly.
  const body = addAbortSignal(signal, decoded(response));
  response.once('error', (error) => body.destroy(error));
  response.once('aborted', () => body.destroy(new FetchError('the connection closed mid-body')));
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      request.destroy();
      throw new FetchError(`response larger than the ${megabytes(maxBytes)} limit (stopped reading)`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

interface Hop {
  status: number;
  headers: http.IncomingHttpHeaders;
  body?: Buffer;
}

async function hop(url: URL, addresses: ResolvedAddress[], headers: Record<string, string>, signal: AbortSignal, maxBytes: number): Promise<Hop> {
  const transport = url.protocol === 'https:' ? https : http;
  const request = transport.request(url, { method: 'GET', headers, signal, lookup: pinnedLookup(addresses) });
  const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
    request.once('response', resolve);
    request.once('error', reject);
    request.end();
  });
  const status = response.statusCode ?? 0;
  if (status !== 200 && status !== 203) {
    response.resume();
    request.destroy();
    return { status, headers: response.headers };
  }
  return { status, headers: response.headers, body: await readBody(request, response, maxBytes, signal) };
}

/** One budget for the whole fetch, also ended by the caller's signal; always cleared. */
async function withBudget<T>(timeoutMs: number, outer: AbortSignal | undefined, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const abort = () => controller.abort();
  if (outer?.aborted) controller.abort();
  outer?.addEventListener('abort', abort, { once: true });
  try {
    return await work(controller.signal);
  } catch (error) {
    if (controller.signal.aborted) {
      const why = outer?.aborted ? "the feed's time budget ran out" : `timed out after ${timeoutMs / 1000} s`;
      throw new FetchError(why, { cause: error });
    }
    throw error;
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', abort);
  }
}

export async function fetchUrl(address: string, validators: Validators, options: FetchOptions): Promise<FetchResult> {
  const timeoutMs = options.timeoutMs ?? FETCH_DEFAULTS.timeoutMs;
  const maxBytes = options.maxBytes ?? FETCH_DEFAULTS.maxBytes;
  const maxRedirects = options.maxRedirects ?? FETCH_DEFAULTS.maxRedirects;
  const headers: Record<string, string> = {
    'user-agent': options.userAgent,
    accept: options.accept ?? DEFAULT_ACCEPT,
    'accept-encoding': 'gzip, deflate, br',
  };
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new FetchError(`not a web address: ${address}`);
  }
  const visited = [url.href];
  const start = url;
  try {
    return await withBudget(timeoutMs, options.signal, (signal) => follow(start, visited, headers, signal, { ...options, maxBytes, maxRedirects }));
  } catch (error) {
    if (error instanceof FetchError || (error as Error).name === 'RefusedAddressError') throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new FetchError(`${code ? `${code}: ` : ''}${(error as Error).message}`, { cause: error });
  }
}

async function follow(
  first: URL,
  visited: string[],
  headers: Record<string, string>,
  signal: AbortSignal,
  options: FetchOptions & { maxBytes: number; maxRedirects: number },
): Promise<FetchResult> {
  const { maxBytes, maxRedirects } = options;
  let url = first;
  for (let redirects = 0; ; redirects++) {
    const addresses = await resolveSafely(url, { allowPrivate: options.allowPrivate, ...(options.resolve ? { resolve: options.resolve } : {}) });
    const current = url;
    const answer = await options.limiter.run(current.host, () => hop(current, addresses, headers, signal, maxBytes), signal);
    if (answer.status === 304) return { status: 'not-modified', url: url.href };
    const location = answer.headers.location;
    if (REDIRECTS.has(answer.status) && location) {
      const next = new URL(location, url);
      if (visited.includes(next.href)) throw new FetchError(`redirect loop: ${[...visited, next.href].join(' → ')}`);
      if (redirects + 1 > maxRedirects) throw new FetchError(`more than ${maxRedirects} redirects (last: ${next.href})`);
      visited.push(next.href);
      url = next;
      continue;
    }
    if (!answer.body) throw new FetchError(`HTTP ${answer.status}${http.STATUS_CODES[answer.status] ? ` ${http.STATUS_CODES[answer.status]}` : ''}`);
    const etag = answer.headers.etag;
    const lastModified = answer.headers['last-modified'];
    return {
      status: 'ok',
      url: url.href,
      body: answer.body,
      contentType: String(answer.headers['content-type'] ?? ''),
      ...(etag ? { etag } : {}),
      ...(lastModified ? { lastModified } : {}),
    };
  }
}
