import { articleCommand } from './article.js';
import { briefCommand } from './brief.js';
import type { Command } from './command.js';
import { digestCommand } from './digest.js';
import { feedCommand } from './feed.js';
import { searchCommand } from './search.js';

/** Every slash command. Registration, the console, the Discord transport and the tests read this list. */
export const commands: readonly Command[] = [briefCommand, searchCommand, articleCommand, feedCommand, digestCommand];

export function findCommand(name: string): Command | undefined {
  return commands.find((c) => c.definition.name === name);
}

/** The command a button belongs to: custom ids start with `<command name>:`. */
export function commandForButton(customId: string): Command | undefined {
  return findCommand(customId.split(':', 1)[0] ?? '');
}
