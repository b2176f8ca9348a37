import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** `npm run eval -- <task> [options]`: runs src/eval/<task>.ts, which prints one JSON line of figures last. */
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [task, ...args] = process.argv.slice(2);
const file = task ? join(root, 'src', 'eval', `${task}.ts`) : '';
if (!task || !/^[\w-]+$/.test(task) || !existsSync(file)) {
  console.error(`usage: npm run eval -- <task> [options]   (tasks: files in src/eval/)`);
  process.exit(2);
}
const module = (await import(pathToFileURL(file).href)) as { run(args: string[]): Promise<void> };
await module.run(args);
