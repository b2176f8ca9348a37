import { DiscordAPIError, MessageFlags, type AutocompleteInteraction, type ButtonInteraction, type ChatInputCommandInteraction, type Interaction } from 'discord.js';
import type { Command } from '../../../commands/command.js';
import type { Logger } from '../../logger.js';
import { notice } from '../../replies/reply.js';
import type { Services } from '../../services.js';
import { runAutocomplete, runExecute, runPress } from '../run-command.js';
import { answerCommand, answerNotice, answerPress } from './answer-interaction.js';
import { contextFromInteraction, invocationFromOptions } from './invocation-from-interaction.js';

export interface RouterOptions {
  commands: readonly Command[];
  services: Services;
  logger: Logger;
  deferAfterMs: number;
}

/** Discord's codes for an answer that came too late or twice: the member saw "interaction failed", nothing more to do. */
const EXPIRED = new Set([10062, 40060]);

function describe(interaction: Interaction): Record<string, unknown> {
  const what = interaction.isCommand() || interaction.isAutocomplete() ? { command: interaction.commandName } : interaction.isButton() ? { customId: interaction.customId } : {};
  return { interaction: interaction.id, type: interaction.type, user: interaction.user.id, ...what };
}

/**
 * Routes each interaction to its command through the run-command edge (which catches and logs handler
 * bugs). The returned function never rejects: a failure to answer Discord is logged, not thrown.
 */
export function createInteractionRouter(options: RouterOptions): (interaction: Interaction) => Promise<void> {
  const { services, logger, deferAfterMs } = options;
  const byName = new Map(options.commands.map((c) => [c.definition.name, c]));

  const onCommand = async (interaction: ChatInputCommandInteraction) => {
    const command = byName.get(interaction.commandName);
    if (!command) {
      logger.warn('slash command not known to this bot; was it removed without re-registering?', describe(interaction));
      return answerNotice(interaction, notice('That command is not available any more.'));
    }
    const invocation = invocationFromOptions(interaction.options.data);
    await answerCommand(interaction, runExecute(command, invocation, contextFromInteraction(interaction), services), deferAfterMs);
  };

  const onAutocomplete = async (interaction: AutocompleteInteraction) => {
    const command = byName.get(interaction.commandName);
    const focused = interaction.options.getFocused(true);
    const choices = command
      ? await runAutocomplete(command, { name: focused.name, value: String(focused.value) }, invocationFromOptions(interaction.options.data), contextFromInteraction(interaction), services)
      : [];
    await interaction.respond(choices);
  };

  const onButton = async (interaction: ButtonInteraction) => {
    const command = byName.get(interaction.customId.split(':', 1)[0] ?? '');
    if (!command) {
      logger.warn('button belongs to no command', describe(interaction));
      return answerNotice(interaction, notice('That button no longer does anything.'));
    }
    await answerPress(interaction, runPress(command, interaction.customId, contextFromInteraction(interaction), services), deferAfterMs);
  };

  return async (interaction) => {
    try {
      if (interaction.isChatInputCommand()) await onCommand(interaction);
      else if (interaction.isAutocomplete()) await onAutocomplete(interaction);
      else if (interaction.isButton()) await onButton(interaction);
      else if (interaction.isRepliable()) {
        logger.warn('interaction of a kind this bot does not handle', describe(interaction));
        await interaction.reply({ content: 'This bot does not handle that.', flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
      }
    } catch (error) {
      const code = error instanceof DiscordAPIError ? error.code : undefined;
      if (typeof code === 'number' && EXPIRED.has(code)) logger.warn('interaction expired or was already answered', { ...describe(interaction), code, error });
      else logger.error('could not answer interaction', { ...describe(interaction), ...(code !== undefined ? { code } : {}), error });
    }
  };
}
