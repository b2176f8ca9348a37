import { once } from 'node:events';
import { Events, type Client, type ClientOptions } from 'discord.js';
import type { Command } from '../../../commands/command.js';
import type { App } from '../../app.js';
import { DEFAULT_DEFER_AFTER_MS } from './answer-interaction.js';
import { createDiscordClient } from './discord-client.js';
import { createDiscordMessenger, type DiscordMessenger } from './discord-messenger.js';
import { createInteractionRouter } from './interaction-router.js';
import { registerCommands } from './register-commands.js';

export interface DiscordTransportOptions {
  app: App;
  commands: readonly Command[];
  token: string;
  /** Merged into the discord.js client options (tests shorten REST timeouts, for instance). */
  clientOptions?: Partial<ClientOptions>;
  /** Work still running after this long is deferred (Discord allows 3 s for the first answer). */
  deferAfterMs?: number;
  /** How long stop() waits for answers in progress. */
  drainMs?: number;
  /** Start-up fails if the gateway has not reported ready by then. */
  readyTimeoutMs?: number;
}

export interface DiscordTransport {
  client: Client;
  messenger: DiscordMessenger;
  stop(): Promise<void>;
}

/**
 * Logs in over the gateway, registers the commands if they changed, and answers interactions until
 * stopped. Registration failing (a bot invited without the applications.commands scope) is logged and
 * does not stop the bot: commands registered earlier still work.
 */
export async function startDiscordTransport(options: DiscordTransportOptions): Promise<DiscordTransport> {
  const { services } = options.app;
  const logger = services.logger.child({ transport: 'discord' });
  const client = createDiscordClient(services.config, options.clientOptions);
  const route = createInteractionRouter({ commands: options.commands, services, logger, deferAfterMs: options.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS });
  const inFlight = new Set<Promise<void>>();

  client.on(Events.InteractionCreate, (interaction) => {
    const answering = route(interaction).finally(() => inFlight.delete(answering));
    inFlight.add(answering);
  });
  client.on(Events.Error, (error) => logger.error('discord client error', { error }));
  client.on(Events.Warn, (message) => logger.warn('discord client warning', { message }));
  client.on(Events.ShardDisconnect, (event, shard) => logger.warn('gateway connection closed', { shard, code: event.code }));
  client.rest.on('rateLimited', (limit) => logger.warn('rate limited by Discord', { route: limit.route, retryAfterMs: limit.retryAfter, global: limit.global }));

  try {
    const ready = once(client, Events.ClientReady, { signal: AbortSignal.timeout(options.readyTimeoutMs ?? 60_000) });
    ready.catch(() => undefined); // awaited below; this only keeps a failed login from leaving it unhandled
    await client.login(options.token);
    await ready;
  } catch (error) {
    await client.destroy();
    throw error;
  }
  logger.info('connected to Discord', { user: client.user?.tag, guilds: client.guilds.cache.size });

  try {
    await registerCommands({
      rest: client.rest,
      applicationId: client.application?.id ?? client.user?.id ?? '',
      definitions: options.commands.map((c) => c.definition),
      logger,
      ...(services.config.guildId ? { guildId: services.config.guildId } : {}),
    });
  } catch (error) {
    logger.error('could not register slash commands; was the bot invited with the applications.commands scope?', { error });
  }

  return {
    client,
    messenger: createDiscordMessenger(client),
    async stop() {
      client.removeAllListeners(Events.InteractionCreate);
      const drained = Promise.allSettled([...inFlight]);
      await Promise.race([drained, new Promise((resolve) => setTimeout(resolve, options.drainMs ?? 3000).unref())]);
      await client.destroy();
      logger.info('disconnected from Discord');
    },
  };
}
