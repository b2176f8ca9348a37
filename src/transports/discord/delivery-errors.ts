import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';
import { DeliveryError, type DeliveryFailure } from '../../delivery/messenger.js';

/** Discord's JSON error codes that say what a caller can do about a failed post. */
const BY_CODE: Record<number, DeliveryFailure> = {
  10003: 'channel-gone', // Unknown Channel
  50001: 'forbidden', // Missing Access
  50013: 'forbidden', // Missing Permissions
  50007: 'forbidden', // Cannot send messages to this user (DMs closed)
};

function byStatus(status: number): DeliveryFailure {
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server-error';
  if (status === 403) return 'forbidden';
  return 'other';
}

/**
 * Maps what discord.js throws to a DeliveryError kind. No answer at all (a timeout, a refused
 * connection) counts as `server-error`: like a 5xx, it is worth trying again later.
 */
export function toDeliveryError(error: unknown, what: string): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const fail = (failure: DeliveryFailure, detail: string) => new DeliveryError(failure, `${what}: ${detail}`, { cause: error });
  if (error instanceof RateLimitError) return fail('rate-limited', `rate limited for ${Math.ceil(error.retryAfter / 1000)} s`);
  if (error instanceof DiscordAPIError) {
    const known = typeof error.code === 'number' ? BY_CODE[error.code] : undefined;
    return fail(known ?? byStatus(error.status), `${error.status} ${error.message} (code ${String(error.code)})`);
  }
  if (error instanceof HTTPError) return fail(byStatus(error.status), `HTTP ${error.status}`);
  const name = (error as Error | undefined)?.name;
  if (name === 'AbortError' || name === 'TimeoutError' || (error instanceof TypeError && /fetch failed/i.test(error.message))) {
    return fail('server-error', 'no answer from Discord');
  }
  return fail('other', (error as Error | undefined)?.message ?? String(error));
}
