/**
 * A job the work service gave up on: over its time budget (the worker was terminated) or over its size
 * cap (never started). The service has already logged it with what it was working on, so callers skip
 * the item (or leave it for a later refresh) without logging it again.
 */
export class JobCancelledError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JobCancelledError';
  }
}
