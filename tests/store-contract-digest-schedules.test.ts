import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createScheduleStore, type ScheduleInput, type ScheduleStore } from '../src/digest/digest-store.js';
import { createPgScheduleStore } from '../src/store/postgres/pg-schedule-store.js';
import { storeBackends, type OpenedBackend } from './store-backends.js';

const backends = storeBackends<ScheduleStore>({ sqlite: createScheduleStore, postgres: createPgScheduleStore });

const input = (channelId: string, extra: Partial<ScheduleInput> = {}): ScheduleInput => ({
  guildId: 'guild-7', channelId, time: { hour: 6, minute: 45 }, zone: 'Asia/Tokyo', quiet: false, setAt: '2026-10-01T00:00:00.000Z', ...extra,
});

describe.each(backends)('the digest schedule store on $name', (backend) => {
  let opened: OpenedBackend<ScheduleStore>;
  let schedules: ScheduleStore;
  beforeEach(async () => {
    opened = await backend.open();
    schedules = opened.connect();
  });
  afterEach(async () => opened.close());

  it('keeps one schedule per channel; setting it again changes it, re-enables it and forgets failures', () => {
    const first = schedules.upsert(input('chan-b', { setBy: 'member-1' }));
    expect(first).toEqual({ id: first.id, guildId: 'guild-7', channelId: 'chan-b', time: { hour: 6, minute: 45 }, zone: 'Asia/Tokyo', quiet: false, setBy: 'member-1', setAt: '2026-10-01T00:00:00.000Z', state: 'active', failures: 0 });
    expect(schedules.recordFailure(first.id, 'channel gone', '2026-10-02T06:45:00.000Z', true)).toBe(1);
    expect(schedules.recordFailure(first.id, '503', '2026-10-02T06:46:00.000Z', false)).toBe(1);
    expect(schedules.disable(first.id, 'channel gone', '2026-10-02T06:47:00.000Z')).toBe(true);
    expect(opened.connect().disable(first.id, 'channel gone', '2026-10-02T06:47:00.000Z')).toBe(false);
    expect(schedules.active()).toEqual([]);
    const again = schedules.upsert(input('chan-b', { time: { hour: 20, minute: 5 }, quiet: true }));
    expect(again).toMatchObject({ id: first.id, state: 'active', failures: 0, quiet: true, time: { hour: 20, minute: 5 } });
    expect(again.lastError).toBeUndefined();
    expect(again.setBy).toBeUndefined();
  });

  it('lists a server’s schedules by channel, finds by channel and id, and removes once', () => {
    const b = schedules.upsert(input('chan-b'));
    schedules.upsert(input('chan-a'));
    schedules.upsert(input('chan-c', { guildId: 'guild-8' }));
    expect(schedules.list('guild-7').map((s) => s.channelId)).toEqual(['chan-a', 'chan-b']);
    expect(schedules.list().map((s) => s.channelId)).toEqual(['chan-a', 'chan-b', 'chan-c']);
    expect(schedules.byChannel('chan-b')).toEqual(b);
    expect(schedules.get(b.id)).toEqual(b);
    schedules.recordSuccess(b.id);
    expect(schedules.remove(b.id)).toBe(true);
    expect(schedules.remove(b.id)).toBe(false);
    expect(schedules.byChannel('chan-b')).toBeUndefined();
    expect(schedules.recordFailure(b.id, 'gone', '2026-10-02T00:00:00.000Z', true)).toBe(0);
  });
});
