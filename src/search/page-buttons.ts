import type { QueryTokens } from './saved-queries.js';

/**
 * Previous/Next custom ids: `search:<page>:<member>:q<canonical query>` when it fits Discord's 100
 * characters, else `search:<page>:<member>:t<token>` with the query kept in `SavedQueries`. The member's
 * id rides along so that only they can turn the pages.
 */
const MAX_CUSTOM_ID = 100;

export type PagePayload = { kind: 'q'; text: string } | { kind: 't'; token: string };

export interface PageButton {
  page: number;
  userId: string;
  payload: PagePayload;
}

const head = (page: number, userId: string) => `search:${page.toString(36)}:${userId}:`;

/** The part after the member id, the same for every page of one search (one token per search). */
export function pagePayload(canonical: string, userId: string, lastPage: number, saved: QueryTokens): string {
  const inline = `q${canonical}`;
  if (head(Math.max(lastPage + 1, 2), userId).length + inline.length <= MAX_CUSTOM_ID) return inline;
  return `t${saved.save(canonical)}`;
}

export function pageButtonId(page: number, userId: string, payload: string): string {
  return `${head(page, userId)}${payload}`;
}

export function parsePageButton(customId: string): PageButton | undefined {
  const m = /^search:([0-9a-z]+):([^:]+):([qt])(.*)$/s.exec(customId);
  if (!m) return undefined;
  const payload: PagePayload = m[3] === 'q' ? { kind: 'q', text: m[4]! } : { kind: 't', token: m[4]! };
  return { page: Number.parseInt(m[1]!, 36), userId: m[2]!, payload };
}
