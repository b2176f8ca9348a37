import type { Command, CommandContext, Focused, Invocation } from '../../commands/command.js';
import type { Choice, Reply } from '../replies/reply.js';
import type { InteractionKind } from '../metrics/interaction-metrics.js';
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

/** Counts the answer by its outcome (a notice is a user mistake, an error a bug) and times the handler. */
function measured(services: Services, kind: InteractionKind, command: Command, started: number, reply: Reply): Reply {
  const outcome = reply === POLITE_ERROR ? 'error' : reply.tone === 'notice' ? 'notice' : 'ok';
  services.metrics?.interaction(kind, command.definition.name, outcome, (performance.now() - started) / 1000);
  return reply;
}

export async function runExecute(command: Command, invocation: Invocation, context: CommandContext, services: Services): Promise<Reply> {
  const started = performance.now();
  try {
    return measured(services, 'command', command, started, await command.execute(invocation, context, services));
  } catch (error) {
    services.logger.error('command failed', { command: command.definition.name, subcommand: invocation.subcommand, user: context.userId, error });
    return measured(services, 'command', command, started, POLITE_ERROR);
  }
}

export async function runPress(command: Command, customId: string, context: CommandContext, services: Services): Promise<Reply> {
  if (!command.press) return { text: 'That button no longer does anything.', ephemeral: true, tone: 'notice' };
  const started = performance.now();
  try {
    return measured(services, 'button', command, started, await command.press(customId, context, services));
  } catch (error) {
    services.logger.error('button failed', { command: command.definition.name, customId, user: context.userId, error });
    return measured(services, 'button', command, started, POLITE_ERROR);
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
  const started = performance.now();
  try {
    const choices = await command.autocomplete(focused, invocation, context, services);
    services.metrics?.interaction('autocomplete', command.definition.name, 'ok', (performance.now() - started) / 1000);
    // Discord's limits: 25 choices, names and values of 1–100 characters.
    return choices
      .slice(0, MAX_CHOICES)
      .map((c) => ({ name: c.name.slice(0, 100) || c.value.slice(0, 100), value: c.value.slice(0, 100) }))
      .filter((c) => c.value.length > 0);
  } catch (error) {
    services.logger.error('autocomplete failed', { command: command.definition.name, option: focused.name, error });
    services.metrics?.interaction('autocomplete', command.definition.name, 'error', (performance.now() - started) / 1000);
    return [];
  }
}
