import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { gzipSync } from 'node:zlib';
import { bigFeed, longArticleText, nestedPage } from './_hostile-inputs.js';

/**
 * A hostile server on 127.0.0.1 for `npm run bench -- stress`: a 400 KB article page, a 1 MB page nested
 * thousands deep, a feed of 10,000 items, a gzip body that drips a byte a second and never ends, and a
 * feed whose items make `/(\w+\s?)+$/` backtrack on an engine that backtracks. Teaser pages answer 404,
 * so the bench times the bot's own work, not 10,000 page fetches.
 */
export interface StressServer {
  base: string;
  close(): Promise<void>;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function articlePage(bytes: number): string {
  const paragraphs = longArticleText(bytes).map((p) => `<p>${escapeXml(p)}</p>`);
  return `<html><head><title>Ferry terminal delayed again</title></head><body><article><h1>Ferry terminal delayed again</h1>${paragraphs.join('')}</article></body></html>`;
}

function backtrackingFeed(base: string): string {
  // Words and spaces, then a character the pattern's `$` cannot follow: exponential for a backtracking engine.
  const items = Array.from({ length: 20 }, (_, i) => {
    const text = `${'ferry terminal '.repeat(40)}!`;
    return `<item><title>Ferry notice ${i} ${text}</title><link>${base}/notice/${i}</link><guid>notice-${i}</guid><description>${text} ${text}</description></item>`;
  });
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Notices</title><link>${base}/</link>${items.join('')}</channel></rss>`;
}

export async function startStressServer(options: { items: number; articleBytes: number }): Promise<StressServer> {
  const sockets = new Set<Socket>();
  const drips = new Set<NodeJS.Timeout>();
  let base = '';
  const bodies = new Map<string, () => { type: string; body: string }>([
    ['/article.html', () => ({ type: 'text/html', body: articlePage(options.articleBytes) })],
    ['/nested.html', () => ({ type: 'text/html', body: nestedPage(1_000_000, 5000) })],
    ['/big.xml', () => ({ type: 'application/rss+xml', body: bigFeed(options.items, `${base}/`) })],
    ['/regex.xml', () => ({ type: 'application/rss+xml', body: backtrackingFeed(base) })],
  ]);
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/drip.xml') {
      const gz = gzipSync('<?xml version="1.0"?><rss version="2.0"><channel><title>Drip</title>'.repeat(50));
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' });
      let at = 0;
      const timer = setInterval(() => (at < gz.length ? res.write(gz.subarray(at, ++at)) : undefined), 1000);
      drips.add(timer);
      res.once('close', () => clearInterval(timer));
      return;
    }
    const make = bodies.get(path);
    if (!make) return res.writeHead(404).end('not here');
    const { type, body } = make();
    res.writeHead(200, { 'content-type': type }).end(body);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of drips) clearInterval(timer);
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
