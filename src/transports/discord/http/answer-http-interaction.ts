import { InteractionResponseType, InteractionType, MessageFlags, type APIInteraction, type REST } from 'discord.js';
import type { Command } from '../../../../commands/command.js';
import type { Logger } from '../../../logger.js';
import { notice, type Reply } from '../../../replies/reply.js';
import type { Services } from '../../../services.js';
import { runAutocomplete, runExecute, runPress } from '../../run-command.js';
import { invocationFromOptions, type RawOption } from '../invocation-from-interaction.js';
import { renderReply, type RenderedMessage } from '../render-embed.js';
import { contextFromPayload, focusedOption } from './raw-interaction.js';
import { apiMessage, interactionWebhook, type InteractionWebhook } from './webhook-messages.js';

export interface HttpInteractionDeps {
  commands: readonly Command[];
  services: Services;
  logger: Logger;
  rest: REST;
  /** Work still running after this long is deferred; Discord closes the HTTP request at 3 s. */
  deferAfterMs: number;
}

/** The HTTP answer to Discord, and what to send through the webhook once Discord has it (edits, follow-ups). */
export interface HttpAnswer {
  body: Record<string, unknown>;
  afterward?: () => Promise<void>;
}

type Outcome = { done: true; reply: Reply } | { done: false };

async function within(work: Promise<Reply>, ms: number): Promise<Outcome> {
  let timer: NodeJS.Timeout | undefined;
  const slow = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => resolve({ done: false }), ms);
  });
  try {
    return await Promise.race([work.then((reply): Outcome => ({ done: true, reply })), slow]);
  } finally {
    clearTimeout(timer);
  }
}

const message = (type: InteractionResponseType, rendered: RenderedMessage, ephemeral = rendered.ephemeral): HttpAnswer => ({ body: { type, data: apiMessage(rendered, ephemeral).body } });

/**
 * The HTTP twin of the gateway's answer-interaction: the same handlers through the same run-command
 * edge. A finished text-only answer goes back in the HTTP response; a picture cannot, so a finished
 * answer with one is deferred (with its privacy) and sent at once as an edit with the file attached.
 * Slow work is deferred publicly and completed through the interaction webhook, as on the gateway.
 */
async function answerWork(work: Promise<Reply>, webhook: InteractionWebhook, deps: HttpInteractionDeps, isPress: boolean): Promise<HttpAnswer> {
  const first = await within(work, deps.deferAfterMs);
  const deferType = isPress ? InteractionResponseType.DeferredMessageUpdate : InteractionResponseType.DeferredChannelMessageWithSource;
  if (first.done) {
    const rendered = renderReply(first.reply);
    if (rendered.files.length === 0) {
      if (isPress && !rendered.ephemeral) return message(InteractionResponseType.UpdateMessage, rendered, false);
      return message(InteractionResponseType.ChannelMessageWithSource, rendered);
    }
    if (isPress && rendered.ephemeral) return { body: { type: InteractionResponseType.DeferredMessageUpdate }, afterward: () => webhook.followUp(rendered, true) };
    return { body: { type: deferType, ...(rendered.ephemeral ? { data: { flags: MessageFlags.Ephemeral } } : {}) }, afterward: () => webhook.editOriginal(rendered) };
  }
  const afterward = async () => {
    const rendered = renderReply(await work);
    if (!rendered.ephemeral) return webhook.editOriginal(rendered);
    if (!isPress) await webhook.deleteOriginal();
    return webhook.followUp(rendered, true);
  };
  return { body: { type: deferType }, afterward };
}

export async function answerHttpInteraction(interaction: APIInteraction, deps: HttpInteractionDeps): Promise<HttpAnswer> {
  const { services } = deps;
  const byName = new Map(deps.commands.map((c) => [c.definition.name, c]));
  const webhook = interactionWebhook(deps.rest, interaction.application_id, interaction.token);
  const context = contextFromPayload(interaction);
  const unknown = (text: string) => message(InteractionResponseType.ChannelMessageWithSource, renderReply(notice(text)), true);

  switch (interaction.type) {
    case InteractionType.Ping:
      return { body: { type: InteractionResponseType.Pong } };
    case InteractionType.ApplicationCommand: {
      const data = interaction.data as { name: string; options?: RawOption[] };
      const command = byName.get(data.name);
      if (!command) return unknown('That command is not available any more.');
      return answerWork(runExecute(command, invocationFromOptions(data.options ?? []), context, services), webhook, deps, false);
    }
    case InteractionType.ApplicationCommandAutocomplete: {
      const data = interaction.data as { name: string; options?: RawOption[] };
      const command = byName.get(data.name);
      const focused = focusedOption(data.options);
      const choices = command && focused ? await runAutocomplete(command, focused, invocationFromOptions(data.options ?? []), context, services) : [];
      return { body: { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } } };
    }
    case InteractionType.MessageComponent: {
      const customId = String((interaction.data as { custom_id?: string }).custom_id ?? '');
      const command = byName.get(customId.split(':', 1)[0] ?? '');
      if (!command) return unknown('That button no longer does anything.');
      return answerWork(runPress(command, customId, context, services), webhook, deps, true);
    }
    default:
      deps.logger.warn('interaction of a kind this bot does not handle', { type: interaction.type });
      return unknown('This bot does not handle that.');
  }
}
