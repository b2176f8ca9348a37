import {
  MessageFlags,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  type InteractionUpdateOptions,
  type MessageCreateOptions,
} from 'discord.js';
import type { RenderedMessage } from './render-embed.js';

/**
 * A rendered reply in the shape each discord.js call takes. Every one carries `allowedMentions:
 * { parse: [] }`, so no text a member or an article wrote can ping anyone, whichever way it is sent.
 */
export function replyOptions(message: RenderedMessage, ephemeral = message.ephemeral): InteractionReplyOptions {
  return {
    embeds: message.embeds,
    components: message.components,
    files: message.files,
    allowedMentions: message.allowedMentions,
    ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

/** Edits replace the whole message: `attachments: []` drops a picture the new reply does not have. */
export function editOptions(message: RenderedMessage): InteractionEditReplyOptions & InteractionUpdateOptions {
  return {
    embeds: message.embeds,
    components: message.components,
    files: message.files,
    attachments: [],
    allowedMentions: message.allowedMentions,
  };
}

export function channelMessageOptions(message: RenderedMessage): MessageCreateOptions {
  return {
    embeds: message.embeds,
    components: message.components,
    files: message.files,
    allowedMentions: message.allowedMentions,
  };
}
