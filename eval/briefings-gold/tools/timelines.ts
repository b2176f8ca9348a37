import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findCommand } from '../../../commands/index.js';
import { createApp } from '../../../src/app.js';
import { ManualClock } from '../../../src/clock.js';
import { loadConfig } from '../../../src/config.js';
import { createCapturingLogger } from '../../../src/logger.js';

/** Prints each gold leader's first-screen timeline entries with the data-set article id, to pick articles to annotate. */
const dir = '../shared/data/realnews-dev';
const config = loadConfig({ SEEDS_DIR: dir, DATA_DIR: '/tmp/bg-timelines-unused' });
const app = await createApp({ config, logger: createCapturingLogger(), clock: new ManualClock('2026-01-01T12:00:00Z'), inMemory: true });
const byUrl = new Map<string, string>();
for (const f of readdirSync(dir).filter((n) => n.endsWith('.jsonl')))
  for (const line of readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean)) {
    const o = JSON.parse(line) as { id: string; url: string; date: string };
    byUrl.set(o.url, `${o.id} ${o.date}`);
  }
const own = new Map(app.services.archive.all().map((a) => [a.id, byUrl.get(a.url ?? '') ?? '?']));
const gold = JSON.parse(readFileSync('eval/briefings-gold/gold.json', 'utf8')) as { leaders: { name: string }[] };
for (const { name } of gold.leaders) {
  const r = await findCommand('brief')!.execute({ options: { about: name } }, {} as never, app.services);
  console.log(`### ${name}`);
  for (const f of (r.fields ?? []).filter((x) => x.name.startsWith('Timeline'))) console.log(f.value.replace(/`([^`]+)`/g, (_, id: string) => `[${own.get(id) ?? id}]`));
}
await app.close();
