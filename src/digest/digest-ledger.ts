import type { Db } from '../store/database.js';
import { migrateDigest } from './digest-schema.js';

/**
 * What happened to each (channel, local date): one row, whose primary key makes "post once" a
 * database fact. A post is claimed (in an IMMEDIATE transaction, so two processes on one file take
 * turns) before anything is sent and confirmed with the message id after. A claim is a lease: a holder
 * that died leaves it to expire, and whoever takes it over looks in the channel before posting again.
 */
export type EntryState = 'claimed' | 'posted' | 'empty' | 'missed';

export interface LedgerEntry {
  channelId: string;
  localDate: string;
  scheduleId: number;
  state: EntryState;
  dueAt: string;
  owner?: string;
  leaseUntil?: string;
  /** How many times a post was begun; above 1, an earlier attempt may have reached the channel. */
  attempts: number;
  retryAt?: string;
  messageId?: string;
  periodStart?: string;
  periodEnd?: string;
  settledAt?: string;
  lastError?: string;
}

export interface EntryKey {
  channelId: string;
  localDate: string;
}

export type ClaimResult = { kind: 'claimed'; entry: LedgerEntry } | { kind: 'settled' | 'busy'; entry: LedgerEntry };

export interface ClaimRequest extends EntryKey {
  scheduleId: number;
  dueAt: string;
  owner: string;
  now: string;
  leaseUntil: string;
}

export interface DigestLedger {
  get(key: EntryKey): LedgerEntry | undefined;
  claim(request: ClaimRequest): ClaimResult;
  /** The content's period, written before sending so a reconciled post still knows what it covered. */
  recordPeriod(key: EntryKey, start: string, end: string): void;
  /** Claimed → posted (with the message) or empty (quiet day); false when it was already settled. */
  /** Settles a claim, only if `owner` still holds it (a taken-over claim belongs to its new owner). */
  confirm(key: EntryKey, outcome: { state: 'posted' | 'empty'; messageId?: string; at: string; owner: string }): boolean;
  /** Gives a failed claim back, to be tried again from `retryAt`. */
  release(key: EntryKey, owner: string, error: string, retryAt: string): void;
  /** Records a post that will not happen (too late, schedule gone), unless it was settled already. */
  markMissed(key: EntryKey & { scheduleId: number; dueAt: string }, reason: string, at: string): void;
  /** Where the channel's last digest (posted or quiet) stopped: the next one starts there. */
  lastPeriodEnd(channelId: string): string | undefined;
  /** Claims nobody holds any more (lease over), oldest first. */
  abandoned(now: string): LedgerEntry[];
  /** The channel's latest entries, newest date first. */
  recent(channelId: string, limit: number): LedgerEntry[];
}

/** A `digest_ledger` row, as both stores read it. */
export interface Row {
  channel_id: string;
  local_date: string;
  schedule_id: number;
  state: EntryState;
  due_at: string;
  owner: string | null;
  lease_until: string | null;
  attempts: number;
  retry_at: string | null;
  message_id: string | null;
  period_start: string | null;
  period_end: string | null;
  settled_at: string | null;
  last_error: string | null;
}

export function toEntry(row: Row): LedgerEntry {
  const optional = (value: string | null) => value ?? undefined;
  const entry: LedgerEntry = { channelId: row.channel_id, localDate: row.local_date, scheduleId: row.schedule_id, state: row.state, dueAt: row.due_at, attempts: row.attempts };
  const extras: Partial<LedgerEntry> = {
    owner: optional(row.owner),
    leaseUntil: optional(row.lease_until),
    retryAt: optional(row.retry_at),
    messageId: optional(row.message_id),
    periodStart: optional(row.period_start),
    periodEnd: optional(row.period_end),
    settledAt: optional(row.settled_at),
    lastError: optional(row.last_error),
  };
  for (const [name, value] of Object.entries(extras)) if (value !== undefined) Object.assign(entry, { [name]: value });
  return entry;
}

export function createDigestLedger(db: Db): DigestLedger {
  migrateDigest(db);
  const get = db.prepare('SELECT * FROM digest_ledger WHERE channel_id = ? AND local_date = ?');
  const insertClaim = db.prepare(`INSERT INTO digest_ledger (channel_id, local_date, schedule_id, state, due_at, owner, lease_until, attempts)
    VALUES (@channelId, @localDate, @scheduleId, 'claimed', @dueAt, @owner, @leaseUntil, 1)`);
  const takeOver = db.prepare(`UPDATE digest_ledger SET owner = @owner, lease_until = @leaseUntil, attempts = attempts + 1, retry_at = NULL
    WHERE channel_id = @channelId AND local_date = @localDate AND state = 'claimed'`);
  const period = db.prepare('UPDATE digest_ledger SET period_start = ?, period_end = ? WHERE channel_id = ? AND local_date = ?');
  const confirm = db.prepare(`UPDATE digest_ledger SET state = @state, message_id = @messageId, settled_at = @at, owner = NULL,
      lease_until = NULL, retry_at = NULL, period_end = COALESCE(period_end, due_at)
    WHERE channel_id = @channelId AND local_date = @localDate AND state = 'claimed' AND owner = @owner`);
  const release = db.prepare(`UPDATE digest_ledger SET owner = NULL, lease_until = NULL, retry_at = @retryAt, last_error = @error
    WHERE channel_id = @channelId AND local_date = @localDate AND state = 'claimed' AND owner = @owner`);
  const insertMissed = db.prepare(`INSERT INTO digest_ledger (channel_id, local_date, schedule_id, state, due_at, settled_at, last_error)
    VALUES (@channelId, @localDate, @scheduleId, 'missed', @dueAt, @at, @reason)
    ON CONFLICT(channel_id, local_date) DO UPDATE SET state = 'missed', settled_at = excluded.settled_at,
      last_error = excluded.last_error, owner = NULL, lease_until = NULL, retry_at = NULL
    WHERE digest_ledger.state = 'claimed'`);
  const lastEnd = db.prepare(`SELECT MAX(period_end) AS at FROM digest_ledger WHERE channel_id = ? AND state IN ('posted', 'empty')`);
  const abandoned = db.prepare(`SELECT * FROM digest_ledger WHERE state = 'claimed' AND (lease_until IS NULL OR lease_until <= ?)
    ORDER BY due_at`);
  const recent = db.prepare('SELECT * FROM digest_ledger WHERE channel_id = ? ORDER BY local_date DESC LIMIT ?');

  const claim = db.transaction((request: ClaimRequest): ClaimResult => {
    const row = get.get(request.channelId, request.localDate) as Row | undefined;
    if (!row) {
      insertClaim.run(request);
      return { kind: 'claimed', entry: toEntry(get.get(request.channelId, request.localDate) as Row) };
    }
    if (row.state !== 'claimed') return { kind: 'settled', entry: toEntry(row) };
    const held = row.lease_until !== null && row.lease_until > request.now;
    const waiting = row.retry_at !== null && row.retry_at > request.now;
    if (held || waiting) return { kind: 'busy', entry: toEntry(row) };
    takeOver.run(request);
    return { kind: 'claimed', entry: toEntry(get.get(request.channelId, request.localDate) as Row) };
  });

  return {
    get: (key) => {
      const row = get.get(key.channelId, key.localDate) as Row | undefined;
      return row ? toEntry(row) : undefined;
    },
    // IMMEDIATE: the write lock is taken before the read, so two processes cannot both see "no row".
    claim: (request) => claim.immediate(request),
    recordPeriod: (key, start, end) => void period.run(start, end, key.channelId, key.localDate),
    confirm: (key, outcome) => confirm.run({ ...key, state: outcome.state, messageId: outcome.messageId ?? null, at: outcome.at, owner: outcome.owner }).changes > 0,
    release: (key, owner, error, retryAt) => void release.run({ ...key, owner, error, retryAt }),
    markMissed: (key, reason, at) => void insertMissed.run({ ...key, reason, at }),
    lastPeriodEnd: (channelId) => (lastEnd.get(channelId) as { at: string | null }).at ?? undefined,
    abandoned: (now) => (abandoned.all(now) as Row[]).map(toEntry),
    recent: (channelId, limit) => (recent.all(channelId, limit) as Row[]).map(toEntry),
  };
}
