// Compiles src/ and commands/ to plain JavaScript in dist/, file for file, for `npm start`: a bot run
// through tsx carries its compiler (a loader thread and the transformed sources), about 60 MB resident
// for nothing once the code is compiled. esbuild only strips types (as tsx does, with the same esbuild);
// `npm run typecheck` is what checks them. Takes about a second. `node scripts/build.mjs OUT` builds into OUT
// instead of dist/ (the tests do; OUT then needs a node_modules link to resolve packages).
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2] ?? join(root, 'dist');
const sources = [];
const verbatim = [];
for (const top of ['src', 'commands']) {
  for (const entry of readdirSync(join(root, top), { recursive: true, withFileTypes: true })) {
    const file = join(entry.parentPath, entry.name);
    if (entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) sources.push(file);
    else if (entry.isFile() && entry.name.endsWith('.mjs')) verbatim.push(file);
  }
}
rmSync(out, { recursive: true, force: true });
await build({ entryPoints: sources, outdir: out, outbase: root, format: 'esm', platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' });
for (const file of verbatim) {
  const to = join(out, relative(root, file));
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(file, to);
}
// The compiled files are ES modules, and src/feeds/user-agent reads the version two folders up.
copyFileSync(join(root, 'package.json'), join(out, 'package.json'));
writeFileSync(join(out, 'README'), 'Built by `npm run build` (scripts/build.mjs) from src/ and commands/; do not edit.\n');
