import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Archive } from '../articles/archive.js';
import { ManualClock } from '../clock.js';
import { createCapturingMessenger } from '../delivery/messenger.js';
import { createDigestDesk } from '../digest/digest-desk.js';
import { option } from '../eval/data-path.js';
import { createCapturingLogger } from '../logger.js';
import { openDatabase } from '../store/database.js';

/**
 * `npm run bench -- digest [--schedules 100,1000]`: what the digest loop costs. A tick with nothing due,
 * cold (every schedule's occurrences worked out by date-fns and looked up in the ledger) and
 * remembered (skipped until the next due instant), and a tick that posts every schedule's digest
 * (claim, build, post to a recording messenger, confirm), on a SQLite file in WAL mode as in
 * production. Wall and CPU milliseconds, in the same run.
 */
const ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Sydney', 'UTC', 'America/Los_Angeles', 'Europe/London', 'Asia/Tokyo'];

function timed(run: () => Promise<void>): Promise<{ wallMs: number; cpuMs: number }> {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  return run().then(() => {
    const used = process.cpuUsage(cpu);
    return { wallMs: +(performance.now() - wall).toFixed(1), cpuMs: +((used.user + used.system) / 1000).toFixed(1) };
  });
}

async function measure(count: number): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-bench-digest-'));
  const db = openDatabase(join(dir, 'newsdesk.sqlite'));
  const clock = new ManualClock('2026-03-26T12:05:00Z');
  // A 48-hour catch-up window so every schedule owes a post in the posting tick, whatever its zone.
  const desk = createDigestDesk({ config: { digestCatchUpHours: 48 }, db, clock, logger: createCapturingLogger(), archive: new Archive(), pollMs: 3_600_000 });
  for (let i = 0; i < count; i++) {
    await desk.set({ guildId: `g${i % 50}`, channelId: `c${i}`, time: '08:00', zone: ZONES[i % ZONES.length]!, userId: 'u' });
  }
  const messenger = createCapturingMessenger();
  // Set after that day's 08:00 everywhere but Los Angeles: nothing is due, and start's tick works every schedule out.
  const cold = await timed(() => desk.start(messenger));
  clock.set('2026-03-26T12:30:00Z');
  const idle = await timed(() => desk.tick()); // remembered: each schedule skipped until its next due instant
  clock.set('2026-03-27T23:59:00Z'); // every schedule now owes one digest
  const due = await timed(() => desk.tick());
  const posted = messenger.posts.length;
  await desk.stop();
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return { schedules: count, coldTickMs: cold.wallMs, coldTickCpuMs: cold.cpuMs, idleTickMs: idle.wallMs, idleTickCpuMs: idle.cpuMs, dueTickMs: due.wallMs, dueTickCpuMs: due.cpuMs, posted, msPerPost: +(due.wallMs / Math.max(1, posted)).toFixed(2) };
}

export async function run(args: string[]): Promise<void> {
  const sizes = (option(args, 'schedules') ?? '100,1000').split(',').map(Number).filter((n) => n > 0);
  const results: Record<string, number>[] = [];
  for (const size of sizes) {
    const result = await measure(size);
    console.log(
      `${size} schedules: tick with nothing due ${result.coldTickMs} ms (cpu ${result.coldTickCpuMs}) cold, ${result.idleTickMs} ms (cpu ${result.idleTickCpuMs}) remembered; posting tick ${result.dueTickMs} ms (cpu ${result.dueTickCpuMs}) for ${result.posted} posts`,
    );
    results.push(result);
  }
  console.log(JSON.stringify({ bench: 'digest', results }));
}
