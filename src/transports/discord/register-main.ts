import 'dotenv/config';
import { commands } from '../../../commands/index.js';
import { ConfigError, loadConfig } from '../../config.js';
import { createLogger } from '../../logger.js';
import { registerFromConfig } from './register-commands.js';

/** `npm run register`: registers the slash commands (to DISCORD_GUILD_ID if set, else globally) and exits. */
async function main(): Promise<number> {
  const config = loadConfig(process.env, process.argv.slice(2));
  const logger = createLogger({ level: config.logLevel, secrets: config.discordToken ? [config.discordToken] : [] });
  const result = await registerFromConfig(config, commands.map((c) => c.definition), logger);
  console.log(
    result.changed
      ? `Registered ${result.names.length} commands (${result.scope}): ${result.names.join(', ')}`
      : `Commands already up to date (${result.scope}); nothing sent.`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : `newsdesk register: ${(error as Error).message}`);
    process.exit(1);
  },
);
