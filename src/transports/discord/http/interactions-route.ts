import type { APIInteraction } from 'discord.js';
import type { KeyObject } from 'node:crypto';
import type { HttpHandler } from '../../http/http-endpoint.js';
import { answerHttpInteraction, type HttpInteractionDeps } from './answer-http-interaction.js';
import { verifySignature } from './signature.js';

export interface InteractionsRouteOptions extends HttpInteractionDeps {
  publicKey: KeyObject;
  now(): number;
  /** Runs the webhook work that follows an answer; the transport waits for it on stop. */
  track(work: Promise<unknown>): void;
}

/**
 * `POST /interactions`: the signature is checked on the raw bytes first (401 for a bad or missing one,
 * or a timestamp more than five minutes off: Discord itself sends such probes and expects the 401), then
 * the interaction is answered through the same command files and run-command edge as the gateway.
 */
export function interactionsRoute(options: InteractionsRouteOptions): HttpHandler {
  return async (request) => {
    const signature = request.headers['x-signature-ed25519'];
    const timestamp = request.headers['x-signature-timestamp'];
    const verdict = verifySignature(options.publicKey, typeof signature === 'string' ? signature : undefined, typeof timestamp === 'string' ? timestamp : undefined, request.body, options.now());
    if (!verdict.ok) {
      options.logger.warn('interaction refused', { reason: verdict.reason });
      return { status: 401, body: JSON.stringify({ error: 'invalid request signature' }) };
    }
    let interaction: APIInteraction;
    try {
      interaction = JSON.parse(request.body.toString('utf8')) as APIInteraction;
    } catch {
      return { status: 400, body: JSON.stringify({ error: 'body is not JSON' }) };
    }
    const answer = await answerHttpInteraction(interaction, options);
    const afterward = answer.afterward;
    return { status: 200, body: JSON.stringify(answer.body), ...(afterward ? { after: () => options.track(afterward()) } : {}) };
  };
}
