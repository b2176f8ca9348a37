import 'dotenv/config';
import { commands } from '../../../commands/index.js';
import { createApp } from '../../app.js';
import { systemClock } from '../../clock.js';
import { ConfigError, loadConfig } from '../../config.js';
import { createLogger } from '../../logger.js';
import { parseCommandLine } from '../command-line.js';
import { CONSOLE_CONTEXT, showReply } from '../console/console.js';
import { runExecute } from '../run-command.js';
import { inspectFile } from './inspect.js';
import { join } from 'node:path';

/**
 * One command, then exit: `npm run cli -- search "kim jong un"`, `npm run cli -- article <id> --json`,
 * `npm run cli -- inspect seeds/file.txt`.
 */
async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const args = argv.filter((a) => a !== '--json');
  // --seeds/--data and their values are settings, not words of the command.
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--seeds' || args[i] === '--data') i++;
    else if (!/^--(seeds|data)=/.test(args[i]!)) words.push(args[i]!);
  }
  const config = loadConfig(process.env, argv);
  const logger = createLogger({ level: config.logLevel === 'info' ? 'warn' : config.logLevel, secrets: [config.discordToken ?? ''] });
  const [verb, ...rest] = words;
  if (!verb || verb === 'help') {
    const names = [...commands.map((c) => c.definition.name), 'inspect'].join('|');
    console.log(`usage: npm run cli -- <${names}> [text or name:value options] [--json] [--seeds DIR]`);
    return verb ? 0 : 2;
  }
  if (verb === 'inspect') {
    if (!rest[0]) throw new Error('inspect needs a file: npm run cli -- inspect seeds/<file>');
    console.log(JSON.stringify(await inspectFile(rest[0], systemClock), null, 2));
    return 0;
  }
  const app = await createApp({ config, logger, clock: systemClock });
  try {
    const line = `/${verb} ${rest.join(' ')}`;
    const parsed = parseCommandLine(line, commands);
    if ('error' in parsed) {
      console.error(parsed.error);
      return 2;
    }
    const reply = await runExecute(parsed.command, parsed.invocation, CONSOLE_CONTEXT, app.services);
    if (json) {
      const printable = reply.image ? { ...reply, image: { ...reply.image, data: `<${reply.image.data.byteLength} bytes>` } } : reply;
      console.log(JSON.stringify(printable, null, 2));
    } else console.log(await showReply(reply, join(config.dataDir, 'pictures')));
    return reply.tone === 'error' ? 1 : 0;
  } finally {
    await app.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : `newsdesk cli: ${(error as Error).message}`);
    process.exit(1);
  },
);
