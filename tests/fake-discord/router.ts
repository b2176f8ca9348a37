import type { FakeState } from './fake-state.js';
import type { ParsedBody } from './read-body.js';

export interface RouteRequest extends ParsedBody {
  method: string;
  path: string;
  params: Record<string, string>;
  query: Record<string, string>;
  authorization: string | undefined;
}

export interface RouteAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Route {
  method: string;
  /** Matched against the whole decoded path; named groups become `params`. */
  pattern: RegExp;
  /** Interaction callbacks and webhooks are authorised by the token in the path, not the bot token. */
  public?: boolean;
  handle(request: RouteRequest, state: FakeState): RouteAnswer | Promise<RouteAnswer>;
}

/** Discord's error body: `{ code, message }` with the HTTP status that goes with it. */
export function discordError(status: number, code: number, message: string, extra: Record<string, unknown> = {}): RouteAnswer {
  return { status, body: { code, message, ...extra } };
}

export const ok = (body: unknown): RouteAnswer => ({ status: 200, body });
export const noContent: RouteAnswer = { status: 204 };

export function invalidForm(problems: string[]): RouteAnswer {
  return discordError(400, 50035, 'Invalid Form Body', { errors: { _problems: problems } });
}

export function findRoute(routes: readonly Route[], method: string, path: string): { route: Route; params: Record<string, string> } | undefined {
  for (const route of routes) {
    if (route.method !== method) continue;
    const match = route.pattern.exec(path);
    if (match) return { route, params: { ...(match.groups ?? {}) } };
  }
  return undefined;
}
