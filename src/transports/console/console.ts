import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Command, CommandContext } from '../../../commands/command.js';
import { commandForButton } from '../../../commands/index.js';
import type { Reply } from '../../replies/reply.js';
import type { Services } from '../../services.js';
import { parseCommandLine } from '../command-line.js';
import { runExecute, runPress } from '../run-command.js';
import { renderText } from './render-text.js';

/** The operator at the console holds every permission. */
export const CONSOLE_CONTEXT: CommandContext = { userId: 'console', userName: 'console', canManageGuild: true };

export interface ConsoleOptions {
  services: Services;
  commands: readonly Command[];
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** Where pictures attached to replies are written. */
  pictureDir: string;
}

/** Writes a reply's picture to a file and returns the text with where to find it. */
export async function showReply(reply: Reply, pictureDir: string): Promise<string> {
  let text = renderText(reply);
  if (reply.image) {
    await mkdir(pictureDir, { recursive: true });
    const path = join(pictureDir, reply.image.name);
    await writeFile(path, reply.image.data);
    text += `\n(picture written to ${path})`;
  }
  return text;
}

/** An interactive console over the same handlers as Discord: type `/search kim jong un`, then `2` for a button. */
export function runConsole(options: ConsoleOptions): Promise<void> {
  const { services, commands } = options;
  const output = options.output ?? process.stdout;
  const rl = createInterface({
    input: options.input ?? process.stdin,
    output,
    prompt: 'newsdesk> ',
    completer: (line: string) => {
      const names = commands.map((c) => `/${c.definition.name}`);
      const hits = names.filter((n) => n.startsWith(line));
      return [hits.length ? hits : names, line];
    },
  });
  let buttons: NonNullable<Reply['buttons']> = [];
  const print = (text: string) => output.write(`${text}\n`);
  const show = async (reply: Reply) => {
    buttons = (reply.buttons ?? []).filter((b) => !b.disabled);
    print(await showReply(reply, options.pictureDir));
  };
  print(`Commands: ${commands.map((c) => `/${c.definition.name}`).join(', ')}. A number presses a button; "quit" leaves.`);
  rl.prompt();
  return new Promise((resolve) => {
    let queue = Promise.resolve();
    rl.on('line', (line) => {
      queue = queue.then(async () => {
        const input = line.trim();
        if (!input) return;
        if (input === 'quit' || input === 'exit') return void rl.close();
        if (/^\d+$/.test(input)) {
          const button = buttons[Number(input) - 1];
          const command = button ? commandForButton(button.id) : undefined;
          if (!button || !command) return print('No such choice.');
          return show(await runPress(command, button.id, CONSOLE_CONTEXT, services));
        }
        const parsed = parseCommandLine(input, commands);
        if ('error' in parsed) return print(parsed.error);
        await show(await runExecute(parsed.command, parsed.invocation, CONSOLE_CONTEXT, services));
      }).then(() => rl.prompt());
    });
    rl.on('close', () => void queue.then(() => resolve()));
  });
}
