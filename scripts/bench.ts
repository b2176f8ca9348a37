import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** `npm run bench -- [name…]`: runs src/bench/<name>.ts (all of them when no name is given). */
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'src', 'bench');
const all = existsSync(dir) ? readdirSync(dir).filter((f) => /^[\w-]+\.ts$/.test(f) && !f.startsWith('_')).map((f) => f.replace(/\.ts$/, '')) : [];
const [first, ...rest] = process.argv.slice(2);
const names = first && !first.startsWith('-') ? [first] : all;
const args = first && !first.startsWith('-') ? rest : process.argv.slice(2);
for (const name of names) {
  const file = join(dir, `${name}.ts`);
  if (!existsSync(file)) {
    console.error(`no benchmark "${name}" (have: ${all.join(', ') || 'none'})`);
    process.exit(2);
  }
  console.log(`\n### bench ${name}`);
  const module = (await import(pathToFileURL(file).href)) as { run(args: string[]): Promise<void> };
  await module.run(args);
}
