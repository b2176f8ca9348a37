import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { FakeState } from './fake-state.js';
import { apiUser, botUser, ids, shardOf } from './world.js';

interface Session {
  socket: WebSocket;
  seq: number;
  ready: boolean;
  /** [shard id, shard count] from IDENTIFY; [0, 1] when the client sent none. */
  shard: [number, number];
  /** Its place among the IDENTIFYs (1, 2, …; the N of its session id `session-N`); 0 before. */
  number: number;
}

export interface IdentifyRecord {
  intents: number;
  tokenAccepted: boolean;
  shard: [number, number];
}

/**
 * The gateway, as the protocol notes describe it: HELLO on connect; IDENTIFY answered with READY and
 * GUILD_CREATE; every heartbeat acknowledged. Dispatches go to every identified session.
 */
export class FakeGateway {
  readonly identifies: IdentifyRecord[] = [];
  private readonly server = new WebSocketServer({ noServer: true });
  private readonly sessions = new Set<Session>();
  private readyWaiters: (() => void)[] = [];

  constructor(private readonly state: FakeState) {
    this.server.on('connection', (socket) => this.open(socket));
  }

  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.server.handleUpgrade(req, socket, head, (ws) => this.server.emit('connection', ws, req));
  }

  get readySessions(): number {
    return [...this.sessions].filter((s) => s.ready).length;
  }

  /** Resolves once a session has been sent READY (now, if one already has). */
  whenReady(): Promise<void> {
    if (this.readySessions > 0) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  /** The numbers of the sessions open and ready now, in the order they identified. */
  get sessionNumbers(): number[] {
    return [...this.sessions].filter((s) => s.ready).map((s) => s.number).sort((a, b) => a - b);
  }

  /**
   * Sends an event to every ready session, or, for a guild's event, to the session of that guild's shard;
   * with `only`, to that session alone (two bot processes each with a session of their own).
   */
  dispatch(event: string, data: unknown, guildId?: string, only?: number): number {
    let sent = 0;
    for (const session of this.sessions) {
      if (only !== undefined && session.number !== only) continue;
      if (guildId !== undefined && shardOf(guildId, session.shard[1]) !== session.shard[0]) continue;
      if (session.ready && this.send(session, { op: 0, t: event, s: session.seq + 1, d: data })) {
        session.seq += 1;
        sent += 1;
      }
    }
    return sent;
  }

  async close(): Promise<void> {
    for (const session of this.sessions) session.socket.terminate();
    this.sessions.clear();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private open(socket: WebSocket): void {
    const session: Session = { socket, seq: 0, ready: false, shard: [0, 1], number: 0 };
    this.sessions.add(session);
    socket.on('close', () => this.sessions.delete(session));
    socket.on('message', (raw) => this.receive(session, String(raw)));
    this.send(session, { op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null });
  }

  private receive(session: Session, raw: string): void {
    let frame: { op?: number; d?: Record<string, unknown> };
    try {
      frame = JSON.parse(raw) as typeof frame;
    } catch {
      session.socket.close(4002, 'Decode error');
      return;
    }
    if (frame.op === 1) this.send(session, { op: 11 });
    else if (frame.op === 2) this.identify(session, frame.d ?? {});
    else if (frame.op === 6) this.send(session, { op: 9, d: false, s: null, t: null });
  }

  private identify(session: Session, data: Record<string, unknown>): void {
    const tokenAccepted = String(data.token ?? '').replace(/^Bot\s+/i, '') === this.state.token;
    const shard = Array.isArray(data.shard) && data.shard.length === 2 ? [Number(data.shard[0]), Number(data.shard[1])] as [number, number] : [0, 1] as [number, number];
    session.shard = shard;
    this.identifies.push({ intents: Number(data.intents ?? 0), tokenAccepted, shard });
    session.number = this.identifies.length;
    const guildIds = this.state.guildIds.filter((id) => shardOf(id, shard[1]) === shard[0]);
    if (!tokenAccepted) {
      session.socket.close(4004, 'Authentication failed.');
      return;
    }
    session.ready = true;
    this.send(session, {
      op: 0,
      t: 'READY',
      s: ++session.seq,
      d: {
        v: 10,
        user: { ...apiUser(botUser, true), verified: true, mfa_enabled: false, flags: 0 },
        guilds: guildIds.map((id) => ({ id, unavailable: true })),
        session_id: `session-${this.identifies.length}`,
        resume_gateway_url: 'ws://127.0.0.1:1/unused',
        shard,
        application: { id: ids.application, flags: 0 },
        private_channels: [],
        relationships: [],
      },
    });
    for (const id of guildIds) this.send(session, { op: 0, t: 'GUILD_CREATE', s: ++session.seq, d: this.state.guild(id) });
    const waiters = this.readyWaiters;
    this.readyWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private send(session: Session, frame: unknown): boolean {
    if (session.socket.readyState !== session.socket.OPEN) return false;
    session.socket.send(JSON.stringify(frame));
    return true;
  }
}
