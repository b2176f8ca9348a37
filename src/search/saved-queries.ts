import { randomBytes } from 'node:crypto';
import type { Clock } from '../clock.js';

/** Where long searches wait under a short token for their paging buttons: this process, or a shared store. */
export interface QueryTokens {
  readonly size: number;
  /** The search's token: the same search keeps its token, and saving it again keeps it alive. */
  save(text: string): string;
  /** The search a token stands for, unless it expired or was pushed out. */
  recall(token: string): string | undefined;
}

/**
 * Searches too long to ride in a button's custom id (100 characters) wait here under a short token.
 * Bounded (the least recently used go first) and expiring, so memory stays small; a button whose token
 * is gone gets a polite notice instead of a wrong page. The same search keeps its token, so turning its
 * pages neither fills the store nor lets the pages expire while someone is reading them.
 */
export class SavedQueries implements QueryTokens {
  private readonly entries = new Map<string, { text: string; expires: number }>();
  private readonly tokenOf = new Map<string, string>();

  constructor(
    private readonly clock: Clock,
    private readonly capacity = 1000,
    private readonly ttlMs = 60 * 60 * 1000,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  save(text: string): string {
    const token = this.tokenOf.get(text) ?? randomBytes(6).toString('base64url');
    // Deleting first moves the entry to the end of the map's order: the oldest-used stay at the front.
    this.entries.delete(token);
    this.entries.set(token, { text, expires: this.clock.now().getTime() + this.ttlMs });
    this.tokenOf.set(text, token);
    while (this.entries.size > this.capacity) this.forget(this.entries.keys().next().value!);
    return token;
  }

  recall(token: string): string | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (entry.expires <= this.clock.now().getTime()) {
      this.forget(token);
      return undefined;
    }
    return entry.text;
  }

  private forget(token: string): void {
    const entry = this.entries.get(token);
    this.entries.delete(token);
    if (entry && this.tokenOf.get(entry.text) === token) this.tokenOf.delete(entry.text);
  }
}
