import { REST } from 'discord.js';
import type { Command } from '../../../../commands/command.js';
import type { Services } from '../../../services.js';
import type { HttpHandler } from '../../http/http-endpoint.js';
import { DEFAULT_DEFER_AFTER_MS } from '../answer-interaction.js';
import { interactionsRoute } from './interactions-route.js';
import { publicKeyFromHex } from './signature.js';

export interface HttpInteractions {
  route: HttpHandler;
  /** Waits (at most `ms`) for edits and follow-ups still going out. */
  drain(ms: number): Promise<void>;
}

/** The `/interactions` route over the app's services, with its own REST client for the interaction webhooks. */
export function createHttpInteractions(options: { services: Services; commands: readonly Command[]; publicKey: string; deferAfterMs?: number }): HttpInteractions {
  const { services } = options;
  const logger = services.logger.child({ transport: 'http-interactions' });
  const rest = new REST({ api: services.config.apiUrl });
  if (services.config.discordToken) rest.setToken(services.config.discordToken);
  const inFlight = new Set<Promise<unknown>>();
  const track = (work: Promise<unknown>): void => {
    const tracked = work
      .catch((error: unknown) => logger.error('could not complete a deferred interaction', { error }))
      .finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  };
  const route = interactionsRoute({
    publicKey: publicKeyFromHex(options.publicKey),
    now: () => services.clock.now().getTime(),
    commands: options.commands,
    services,
    logger,
    rest,
    deferAfterMs: options.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS,
    track,
  });
  return {
    route,
    async drain(ms) {
      await Promise.race([Promise.allSettled([...inFlight]), new Promise((resolve) => setTimeout(resolve, ms).unref())]);
    },
  };
}
