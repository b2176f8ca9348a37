import { findCommand } from '../../../commands/index.js';
import { createApp } from '../../../src/app.js';
import { ManualClock } from '../../../src/clock.js';
import { loadConfig } from '../../../src/config.js';
import { createCapturingLogger } from '../../../src/logger.js';
const config = loadConfig({ SEEDS_DIR: '../shared/data/realnews-dev', DATA_DIR: '/tmp/bgprobe' });
const t0 = Date.now();
const app = await createApp({ config, logger: createCapturingLogger(), clock: new ManualClock('2025-12-01T12:00:00Z'), inMemory: true });
console.log('articles', app.services.archive.size, Date.now() - t0);
const brief = findCommand('brief')!;
for (const about of process.argv.slice(2)) {
  const r = await brief.execute({ options: { about } }, {} as never, app.services);
  console.log(JSON.stringify(r, (k, v) => (k === 'image' ? undefined : v), 1));
}
await app.close();
