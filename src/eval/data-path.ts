import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, whatever the working directory. */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * `../shared/data/<rest>` beside the project (or under SHARED_DATA_DIR, for a checkout that is not beside it,
 * such as a git worktree), or undefined when that folder is absent.
 */
export function sharedData(...rest: string[]): string | undefined {
  const dir = process.env.SHARED_DATA_DIR || join(projectRoot, '..', 'shared', 'data');
  return existsSync(dir) ? join(dir, ...rest) : undefined;
}

/** Says the data is absent and lets the caller exit 0 (CI and fresh clones have no shared data). */
export function reportMissingData(task: string): void {
  console.log(`../shared/data is absent: nothing to score for "${task}".`);
  console.log(JSON.stringify({ task, skipped: 'no ../shared/data' }));
}

/** `--name value` from an argument list. */
export function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  if (i >= 0) return args[i + 1];
  return args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}
