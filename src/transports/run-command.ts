import type { Command, CommandContext, Focused, Invocation } from '../../commands/command.js';
import type { Choice, Reply } from '../replies/reply.js';
import type { Services } from '../services.js';

/**
 * The one place a transport calls handlers. A thrown error is a bug: it is logged with its cause and
 * the member gets a polite, private answer. User mistakes never get here; handlers return them as notices.
 */
export const POLITE_ERROR: Reply = {
  text: 'Sorry, something went wrong on our side while answering that. It has been logged; please try again.',
  ephemeral: true,
  tone: 'error',
};

export async function runExecute(command: Command, invocation: Invocation, context: CommandContext, services: Services): Promise<Reply> {
  try {
    return await command.execute(invocation, context, services);
  } catch (error) {
    services.logger.error('command failed', { command: command.definition.name, subcommand: invocation.subcommand, user: context.userId, error });
    return POLITE_ERROR;
  }
}

export async function runPress(command: Command, customId: string, context: CommandContext, services: Services): Promise<Reply> {
  if (!command.press) return { text: 'That button no longer does anything.', ephemeral: true, tone: 'notice' };
  try {
    return await command.press(customId, context, services);
  } catch (error) {
    services.logger.error('button failed', { command: command.definition.name, customId, user: context.userId, error });
    return POLITE_ERROR;
  }
}

export const MAX_CHOICES = 25;

export async function runAutocomplete(
  command: Command,
  focused: Focused,
  invocation: Invocation,
  context: CommandContext,
  services: Services,
): Promise<Choice[]> {
  if (!command.autocomplete) return [];
  try {
    const choices = await command.autocomplete(focused, invocation, context, services);
    // Discord's limits: 25 choices, names and values of 1–100 characters.
    return choices
      .slice(0, MAX_CHOICES)
      .map((c) => ({ name: c.name.slice(0, 100) || c.value.slice(0, 100), value: c.value.slice(0, 100) }))
      .filter((c) => c.value.length > 0);
  } catch (error) {
    services.logger.error('autocomplete failed', { command: command.definition.name, option: focused.name, error });
    return [];
  }
}
