import 'dotenv/config';
import { join } from 'node:path';
import { commands } from '../commands/index.js';
import { createApp } from './app.js';
import { systemClock } from './clock.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createJsonLogger } from './json-logger.js';
import { createLogger, type Logger } from './logger.js';
import { createPrometheusMetrics } from './metrics/prometheus-metrics.js';
import { runConsole } from './transports/console/console.js';
import { createConsoleMessenger } from './transports/console/console-messenger.js';
import type { HttpHandler } from './transports/http/http-endpoint.js';
import { startOperatorEndpoints } from './transports/http/operator-endpoints.js';
import { DatabaseOpenError } from './store/database.js';
import { OperatorState } from './transports/http/operator-state.js';
import { createWork } from './work/work-pool.js';

function makeLogger(config: Config): Logger {
  const secrets = config.discordToken ? [config.discordToken] : [];
  return config.logFormat === 'json' ? createJsonLogger({ level: config.logLevel, secrets }) : createLogger({ level: config.logLevel, secrets });
}

const briefingsLoaded = (app: { services: { briefings: { ready: Promise<void> } } }) => app.services.briefings.ready.then(() => true, () => false);

/**
 * Start-up: validate config, open the operator's HTTP ports, build the core, then hand it to the
 * gateway and/or the HTTP interactions endpoint, or to the console when there is no token.
 */
async function main(): Promise<void> {
  const config = loadConfig(process.env, process.argv.slice(2));
  const logger = makeLogger(config);
  const state = new OperatorState();
  const metrics = createPrometheusMetrics(state);
  let interactions: HttpHandler | undefined;
  const endpoints = await startOperatorEndpoints({
    config,
    logger,
    probe: state,
    scrape: () => metrics.scrape(),
    metricsContentType: metrics.registry.contentType,
    interactions: () => interactions,
  });
  // The main thread only answers: analysis, page extraction and feed parsing run in worker threads.
  const work = createWork({ mode: 'pool', logger, threads: config.workThreads, budgetMs: config.workBudgetMs, idleMs: config.workIdleMs });
  const closeEndpoints = () => Promise.all(endpoints.map((e) => e.close()));
  let app: Awaited<ReturnType<typeof createApp>>;
  try {
    app = await createApp({ config, logger, clock: systemClock, metrics, work, briefingsInBackground: true });
  } catch (error) {
    // The operator's mistake, not the code's: one line saying what to do, then a clean non-zero exit.
    if (!(error instanceof DatabaseOpenError)) throw error;
    logger.error(error.message);
    await Promise.all([closeEndpoints(), work.close()]);
    process.exitCode = 1;
    return;
  }
  state.ready(app);

  if (!config.discordToken) {
    logger.info('No DISCORD_TOKEN set: opening the console instead of connecting to Discord.');
    const consoleMessenger = createConsoleMessenger(process.stdout);
    // Settles false only when the app was closed while they loaded: shutting down, nothing to start.
    if (!(await briefingsLoaded(app))) return;
    await app.feeds.start(consoleMessenger);
    await app.digests.start(consoleMessenger);
    await runConsole({ services: app.services, commands, pictureDir: join(config.dataDir, 'pictures') });
    await closeEndpoints();
    await app.close();
    return;
  }
  let http: { drain(ms: number): Promise<void> } | undefined;
  if (config.discordPublicKey) {
    const { createHttpInteractions } = await import('./transports/discord/http/http-interactions.js');
    const created = createHttpInteractions({ services: app.services, commands, publicKey: config.discordPublicKey });
    interactions = created.route;
    http = created;
  }
  let gateway: Awaited<ReturnType<typeof import('./transports/discord/gateway.js').startDiscordTransport>> | undefined;
  if (config.gateway) {
    const { startDiscordTransport } = await import('./transports/discord/gateway.js');
    gateway = await startDiscordTransport({ app, commands, token: config.discordToken });
  } else logger.info('DISCORD_GATEWAY=false: answering interactions over HTTP only; feeds and digests run in the gateway process.');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    await gateway?.stop();
    await http?.drain(3000);
    await closeEndpoints();
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  // Feeds and digests post through the gateway process only: an HTTP-only process just answers. They group
  // by story, so they start once the stories are loaded (answering meanwhile); not at all if stopped first.
  if (!gateway || !(await briefingsLoaded(app)) || stopping) return;
  await app.feeds.start(gateway.messenger);
  await app.digests.start(gateway.messenger);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
