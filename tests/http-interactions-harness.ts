import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from '../commands/command.js';
import { commands as allCommands } from '../commands/index.js';
import { createApp, type App } from '../src/app.js';
import { ManualClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { createCapturingLogger, type CapturingLogger } from '../src/logger.js';
import { createPrometheusMetrics, type PrometheusMetrics } from '../src/metrics/prometheus-metrics.js';
import { createHttpInteractions, type HttpInteractions } from '../src/transports/discord/http/http-interactions.js';
import type { HttpEndpoint } from '../src/transports/http/http-endpoint.js';
import { startOperatorEndpoints } from '../src/transports/http/operator-endpoints.js';
import { OperatorState } from '../src/transports/http/operator-state.js';
import type { FakeDiscord } from './fake-discord/fake-discord.js';

/** A fresh Ed25519 key pair, with the public key as the 64 hex characters the developer portal shows. */
export function discordKeyPair(): { privateKey: KeyObject; publicKeyHex: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const der = publicKey.export({ format: 'der', type: 'spki' });
  return { privateKey, publicKeyHex: der.subarray(der.length - 32).toString('hex') };
}

export interface HttpBot {
  app: App;
  clock: ManualClock;
  logger: CapturingLogger;
  metrics: PrometheusMetrics;
  interactions: HttpInteractions;
  url: string;
  /** Posts a body to /interactions signed as Discord signs it (or with the headers given instead). */
  post(body: string, headers?: Record<string, string>): Promise<Response>;
  signedHeaders(body: string, timestampSeconds?: number): Record<string, string>;
  dispose(): Promise<void>;
}

/**
 * The bot as an HTTP-only process (`DISCORD_GATEWAY=false`, `INTERACTIONS_PORT`, `DISCORD_PUBLIC_KEY`),
 * built as main.ts builds it, with its webhook calls going to the fake Discord.
 */
export async function startHttpBot(fake: FakeDiscord, options: { commands?: readonly Command[]; deferAfterMs?: number } = {}): Promise<HttpBot> {
  const { privateKey, publicKeyHex } = discordKeyPair();
  const dataDir = await mkdtemp(join(tmpdir(), 'newsdesk-http-'));
  const config = loadConfig({
    DISCORD_TOKEN: fake.token,
    DISCORD_API_URL: fake.apiUrl,
    DATA_DIR: dataDir,
    SEEDS_DIR: 'seeds',
    INTERACTIONS_PORT: '0',
    DISCORD_PUBLIC_KEY: publicKeyHex,
    DISCORD_GATEWAY: 'false',
    HTTP_HOST: '127.0.0.1',
  });
  const logger = createCapturingLogger();
  const clock = new ManualClock('2024-04-02T09:00:00Z');
  const state = new OperatorState();
  const metrics = createPrometheusMetrics(state);
  const late: { interactions?: HttpInteractions } = {};
  const endpoints: HttpEndpoint[] = await startOperatorEndpoints({
    config,
    logger,
    probe: state,
    scrape: () => metrics.scrape(),
    metricsContentType: metrics.registry.contentType,
    interactions: () => late.interactions?.route,
  });
  const app = await createApp({ config, logger, clock, metrics });
  state.ready(app);
  const interactions = createHttpInteractions({ services: app.services, commands: options.commands ?? allCommands, publicKey: publicKeyHex, ...(options.deferAfterMs !== undefined ? { deferAfterMs: options.deferAfterMs } : {}) });
  late.interactions = interactions;
  const url = `http://127.0.0.1:${endpoints[0]!.port}`;
  const signedHeaders = (body: string, timestampSeconds = Math.floor(clock.now().getTime() / 1000)) => {
    const timestamp = String(timestampSeconds);
    const signature = sign(null, Buffer.from(timestamp + body), privateKey).toString('hex');
    return { 'content-type': 'application/json', 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp };
  };
  return {
    app,
    clock,
    logger,
    metrics,
    interactions,
    url,
    signedHeaders,
    post: (body, headers) => fetch(`${url}/interactions`, { method: 'POST', body, headers: headers ?? signedHeaders(body) }),
    async dispose() {
      await interactions.drain(2000);
      await Promise.all(endpoints.map((e) => e.close()));
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
