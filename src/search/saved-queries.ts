import { randomBytes } from 'node:crypto';
import type { Clock } from '../clock.js';

/**
 * Searches too long to ride in a button's custom id (100 characters) wait here under a short token.
 * Bounded (the oldest go first) and expiring, so memory stays small; a button whose token is gone
 * gets a polite notice instead of a wrong page.
 */
export class SavedQueries {
  private readonly entries = new Map<string, { text: string; expires: number }>();

  constructor(
    private readonly clock: Clock,
    private readonly capacity = 1000,
    private readonly ttlMs = 60 * 60 * 1000,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  save(text: string): string {
    const token = randomBytes(6).toString('base64url');
    this.entries.set(token, { text, expires: this.clock.now().getTime() + this.ttlMs });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return token;
  }

  recall(token: string): string | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (entry.expires <= this.clock.now().getTime()) {
      this.entries.delete(token);
      return undefined;
    }
    return entry.text;
  }
}
