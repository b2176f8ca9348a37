import { randomUUID } from 'node:crypto';
import type { EnrichedArticle } from '../articles/article.js';
import type { Archive } from '../articles/archive.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { InspectingMessenger } from '../delivery/messenger.js';
import type { Logger } from '../logger.js';
import type { Reply, ReplyImage } from '../replies/reply.js';
import type { Db } from '../store/database.js';
import type { DigestStores } from '../store/stores.js';
import { articleIsItsOwnStory, type StoryLookup } from '../stories/story-lookup.js';
import { createSqliteArrivalStore } from './arrival-store.js';
import { createArrivals } from './digest-arrivals.js';
import { buildDigest } from './digest-content.js';
import { createDigestLedger, type DigestLedger } from './digest-ledger.js';
import { digestFooter } from './digest-marker.js';
import type { Composed, PosterDeps } from './digest-poster.js';
import { DigestScheduler } from './digest-scheduler.js';
import { checkChannel, type SetRequest, type SetResult } from './digest-setup.js';
import { describeSchedules, type ScheduleStatus } from './digest-status.js';
import { createScheduleStore, type DigestSchedule, type ScheduleStore } from './digest-store.js';
import { localDateOf } from './next-run.js';
import { reconcileAbandoned } from './reconcile.js';

/**
 * The digest service the /digest command and start-up use: set, turn off, status, preview, and the
 * posting loop (started with the transport's messenger, since posts need somewhere to go).
 */
export interface DigestDesk {
  set(request: SetRequest): Promise<SetResult>;
  /** Turns off the schedule for a channel in the server; returns it, or undefined when there was none. */
  off(guildId: string, channelId: string): DigestSchedule | undefined;
  list(guildId: string): DigestSchedule[];
  status(guildId: string): ScheduleStatus[];
  /** The digest as it would be posted in the channel now (built, not posted, nothing recorded). */
  preview(channelId: string, zone?: string): Reply;
  tick(): Promise<void>;
  /** Settles claims left by a process that died, then posts what is due and keeps checking. */
  start(messenger: InspectingMessenger): Promise<void>;
  stop(): Promise<void>;
}

export interface DigestDeskOptions {
  config: Pick<Config, 'digestCatchUpHours'>;
  /** Where schedules, the ledger and arrivals live: the app's stores (SQLite or PostgreSQL), or a SQLite database. */
  stores?: DigestStores;
  db?: Db;
  clock: Clock;
  logger: Logger;
  archive: Archive;
  stories?: StoryLookup;
  /** The chart of the period's mentions; the briefings work provides it. */
  chart?: (articles: readonly EnrichedArticle[]) => ReplyImage | undefined;
  pollMs?: number;
  /** How long a claim is its holder's before another process may take it over. */
  leaseMs?: number;
  /** Names this process in the ledger (tests give two "processes" names). */
  owner?: string;
}

export const DEFAULT_LEASE_MS = 3 * 60_000;
const DAY_MS = 24 * 60 * 60_000;
/** A digest reaches back to the channel's last one if that is within a week; otherwise (and the first time) one day. */
const MAX_PERIOD_MS = 7 * DAY_MS;

function sqliteDigestStores(db: Db | undefined): DigestStores {
  if (!db) throw new Error('the digest desk needs its stores or a database');
  return { schedules: createScheduleStore(db), digestLedger: createDigestLedger(db), arrivals: createSqliteArrivalStore(db) };
}

export function createDigestDesk(options: DigestDeskOptions): DigestDesk {
  const { clock, archive } = options;
  const logger = options.logger.child({ part: 'digest' });
  const stores = options.stores ?? sqliteDigestStores(options.db);
  const schedules: ScheduleStore = stores.schedules;
  const ledger: DigestLedger = stores.digestLedger;
  const arrivals = createArrivals(stores.arrivals, archive, clock);
  let messenger: InspectingMessenger | undefined;

  const compose = (schedule: Pick<DigestSchedule, 'id' | 'channelId' | 'zone' | 'quiet'>, localDate: string, now: Date): Composed => {
    const last = ledger.lastPeriodEnd(schedule.channelId);
    const fromLast = last !== undefined && now.getTime() - Date.parse(last) <= MAX_PERIOD_MS && Date.parse(last) < now.getTime();
    const since = fromLast ? new Date(last) : new Date(now.getTime() - DAY_MS);
    const reply = buildDigest({
      articles: arrivals.between(since, now),
      stories: options.stories ?? articleIsItsOwnStory,
      localDate,
      zone: schedule.zone,
      since,
      sinceLastDigest: fromLast,
      quiet: schedule.quiet,
      footer: digestFooter(localDate, schedule.id),
      ...(options.chart ? { chart: options.chart } : {}),
    });
    return { ...(reply ? { reply } : {}), periodStart: since, periodEnd: now };
  };

  const poster: PosterDeps = {
    ledger,
    schedules,
    clock,
    logger,
    owner: options.owner ?? randomUUID(),
    leaseMs: options.leaseMs ?? DEFAULT_LEASE_MS,
    catchUpMs: options.config.digestCatchUpHours * 60 * 60_000,
    compose,
    messenger: () => messenger,
  };
  const scheduler = new DigestScheduler({ poster, logger, ...(options.pollMs ? { pollMs: options.pollMs } : {}) });

  return {
    async set(request) {
      const checked = await checkChannel(request, messenger);
      if (!checked.ok) return checked;
      const schedule = schedules.upsert({ ...checked.input, setAt: clock.now().toISOString() });
      logger.info('digest set', { schedule: schedule.id, guild: schedule.guildId, channel: schedule.channelId, zone: schedule.zone, by: request.userId });
      return { ok: true, schedule, status: describeSchedules([schedule], ledger, clock.now())[0]! };
    },
    off(guildId, channelId) {
      const schedule = schedules.byChannel(channelId);
      if (!schedule || schedule.guildId !== guildId) return undefined;
      schedules.remove(schedule.id);
      logger.info('digest turned off', { schedule: schedule.id, channel: channelId });
      return schedule;
    },
    list: (guildId) => schedules.list(guildId),
    status: (guildId) => describeSchedules(schedules.list(guildId), ledger, clock.now()),
    preview(channelId, zone) {
      const now = clock.now();
      const schedule = schedules.byChannel(channelId);
      const settings = schedule ?? { id: 0, channelId, zone: zone ?? 'UTC', quiet: false };
      const { reply } = compose({ ...settings, quiet: false }, localDateOf(now, settings.zone), now);
      const note = schedule ? `Preview: not posted · schedule ${schedule.id}${schedule.quiet ? ' (quiet: a day with nothing new posts nothing)' : ''}` : 'Preview: not posted · no digest is set for this channel';
      return { ...reply, footer: note, ephemeral: true };
    },
    tick: () => scheduler.tick(),
    async start(transportMessenger) {
      messenger = transportMessenger;
      try {
        await reconcileAbandoned(poster);
        await scheduler.tick();
      } catch (error) {
        // The loop still starts: the next tick tries again, and nothing else waits on digests.
        logger.error('digest start-up check failed', { error });
      }
      scheduler.start();
    },
    async stop() {
      await scheduler.stop();
      arrivals.close();
    },
  };
}
