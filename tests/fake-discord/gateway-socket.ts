import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { FakeState } from './fake-state.js';
import { apiUser, botUser, ids } from './world.js';

interface Session {
  socket: WebSocket;
  seq: number;
  ready: boolean;
}

export interface IdentifyRecord {
  intents: number;
  tokenAccepted: boolean;
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

  dispatch(event: string, data: unknown): number {
    let sent = 0;
    for (const session of this.sessions) {
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
    const session: Session = { socket, seq: 0, ready: false };
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
    this.identifies.push({ intents: Number(data.intents ?? 0), tokenAccepted });
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
        guilds: [{ id: ids.guild, unavailable: true }],
        session_id: `session-${this.identifies.length}`,
        resume_gateway_url: 'ws://127.0.0.1:1/unused',
        shard: [0, 1],
        application: { id: ids.application, flags: 0 },
        private_channels: [],
        relationships: [],
      },
    });
    this.send(session, { op: 0, t: 'GUILD_CREATE', s: ++session.seq, d: this.state.guild() });
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
