import { REST, Routes } from 'discord.js';
import type { CommandDefinition } from '../../../commands/command.js';
import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';
import { sameCommands } from './command-definitions.js';

export interface RegisterOptions {
  rest: REST;
  applicationId: string;
  /** Register to this guild only (instant); without it, globally. */
  guildId?: string;
  definitions: readonly CommandDefinition[];
  logger: Logger;
}

export interface RegisterResult {
  scope: 'guild' | 'global';
  /** False when Discord already held these definitions and nothing was sent. */
  changed: boolean;
  names: string[];
}

/**
 * Registers the slash commands, but only when they differ from what Discord holds: one GET on every
 * start, a PUT (which replaces the whole set) only after a change. Discord limits command creation to
 * 200 a day per guild, and every needless PUT briefly reshuffles the commands members see.
 */
export async function registerCommands(options: RegisterOptions): Promise<RegisterResult> {
  const { rest, applicationId, guildId, definitions, logger } = options;
  const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
  const scope = guildId ? 'guild' : 'global';
  const names = definitions.map((d) => d.name);
  const registered = (await rest.get(route)) as unknown[];
  if (sameCommands(registered, definitions)) {
    logger.info('slash commands unchanged; nothing sent', { scope, ...(guildId ? { guild: guildId } : {}), commands: names.join(',') });
    return { scope, changed: false, names };
  }
  await rest.put(route, { body: definitions });
  logger.info('slash commands registered', { scope, ...(guildId ? { guild: guildId } : {}), commands: names.join(',') });
  return { scope, changed: true, names };
}

/** `npm run register`: REST only, no gateway connection; the application id comes from the token's app. */
export async function registerFromConfig(config: Config, definitions: readonly CommandDefinition[], logger: Logger): Promise<RegisterResult> {
  if (!config.discordToken) throw new Error('DISCORD_TOKEN is not set: registering commands needs the bot token (see .env.example).');
  const rest = new REST({ api: config.apiUrl }).setToken(config.discordToken);
  try {
    const application = (await rest.get(Routes.currentApplication())) as { id: string };
    return await registerCommands({ rest, applicationId: application.id, definitions, logger, ...(config.guildId ? { guildId: config.guildId } : {}) });
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}
