import { setTimeout as sleep } from 'node:timers/promises';
import { DiscordAPIError, MessageFlags, Routes, type REST, type RawFile } from 'discord.js';
import type { RenderedMessage } from '../render-embed.js';

/** A rendered reply as the raw API's message body, with its files described as attachments. */
export function apiMessage(message: RenderedMessage, ephemeral = message.ephemeral): { body: Record<string, unknown>; files: RawFile[] } {
  const files: RawFile[] = message.files.map((f) => ({ name: f.name, data: f.attachment, contentType: 'image/png' }));
  return {
    body: {
      embeds: message.embeds,
      components: message.components,
      allowed_mentions: message.allowedMentions,
      attachments: message.files.map((f, id) => ({ id, filename: f.name, description: f.description })),
      ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
    },
    files,
  };
}

/**
 * The interaction webhook, for everything after the first HTTP answer: editing the deferred
 * placeholder, private follow-ups. These routes are authorised by the interaction token, not the bot's.
 */
export interface InteractionWebhook {
  editOriginal(message: RenderedMessage): Promise<void>;
  deleteOriginal(): Promise<void>;
  followUp(message: RenderedMessage, ephemeral: boolean): Promise<void>;
}

/** Unknown Message / Unknown Webhook right after our answer: Discord may not have taken that answer in yet. */
const NOT_YET = new Set([10008, 10015]);

async function patiently<T>(send: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      if (attempt >= 3 || !(error instanceof DiscordAPIError) || typeof error.code !== 'number' || !NOT_YET.has(error.code)) throw error;
      await sleep(250 * attempt);
    }
  }
}

export function interactionWebhook(rest: REST, applicationId: string, token: string): InteractionWebhook {
  return {
    async editOriginal(message) {
      const { body, files } = apiMessage(message, false);
      delete body.flags;
      await patiently(() => rest.patch(Routes.webhookMessage(applicationId, token, '@original'), { body, files, auth: false }));
    },
    async deleteOriginal() {
      await patiently(() => rest.delete(Routes.webhookMessage(applicationId, token, '@original'), { auth: false }));
    },
    async followUp(message, ephemeral) {
      const { body, files } = apiMessage(message, ephemeral);
      await patiently(() => rest.post(Routes.webhook(applicationId, token), { body, files, auth: false, query: new URLSearchParams({ wait: 'true' }) }));
    },
  };
}
