/**
 * What the fake saw, and the failures tests asked it to give. Every REST request is recorded with its
 * parsed body (multipart bodies as their `payload_json` plus file descriptions) so tests assert on what
 * the bot really sent, and `waitFor` lets them wait for a request instead of sleeping.
 */
export interface RecordedFile {
  field: string;
  name: string;
  contentType: string;
  size: number;
}

export interface RecordedRequest {
  seq: number;
  method: string;
  /** The path after `/api/v10`, percent-decoded: `/webhooks/1/tok/messages/@original`. */
  path: string;
  query: Record<string, string>;
  /** JSON body, or the parsed `payload_json` of a multipart body; undefined without a body. */
  body: unknown;
  files: RecordedFile[];
  /** The status the fake answered with. */
  status: number;
}

export interface FailureRule {
  method: string;
  path: string | RegExp;
  status: number;
  body: unknown;
  headers: Record<string, string>;
  /** How many more matching requests fail. */
  remaining: number;
}

type Waiter = { predicate: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void };

export class RequestRecorder {
  readonly requests: RecordedRequest[] = [];
  private readonly rules: FailureRule[] = [];
  private readonly holds: { method: string; path: string | RegExp }[] = [];
  private waiters: Waiter[] = [];
  private seq = 0;

  record(request: Omit<RecordedRequest, 'seq'>): RecordedRequest {
    const recorded = { ...request, seq: ++this.seq };
    this.requests.push(recorded);
    const still: Waiter[] = [];
    for (const waiter of this.waiters) {
      if (waiter.predicate(recorded)) waiter.resolve(recorded);
      else still.push(waiter);
    }
    this.waiters = still;
    return recorded;
  }

  /**
   * Answers the next `times` requests matching method and path (a string matches the path exactly, a
   * RegExp anywhere) with this status and JSON body instead of the normal answer.
   */
  failNext(method: string, path: string | RegExp, status: number, body: unknown = {}, options: { times?: number; headers?: Record<string, string> } = {}): void {
    this.rules.push({ method: method.toUpperCase(), path, status, body, headers: options.headers ?? {}, remaining: options.times ?? 1 });
  }

  /** The failure to give this request, if a rule matches; the rule is used up once per request. */
  takeFailure(method: string, path: string): FailureRule | undefined {
    const rule = this.rules.find(
      (r) => r.remaining > 0 && r.method === method && (typeof r.path === 'string' ? r.path === path : r.path.test(path)),
    );
    if (rule) rule.remaining -= 1;
    return rule;
  }

  /**
   * Takes the next request matching method and path as Discord would (a message is stored) but never
   * answers it: the client waits, as a process does when it is killed between Discord accepting a post
   * and hearing so.
   */
  holdNext(method: string, path: string | RegExp): void {
    this.holds.push({ method: method.toUpperCase(), path });
  }

  /** Whether this request is to go unanswered; a hold is used up by the request it matches. */
  takeHold(method: string, path: string): boolean {
    const index = this.holds.findIndex((h) => h.method === method && (typeof h.path === 'string' ? h.path === path : h.path.test(path)));
    if (index < 0) return false;
    this.holds.splice(index, 1);
    return true;
  }

  /** Resolves with the first recorded request (already seen or still to come) the predicate accepts. */
  waitFor(predicate: (r: RecordedRequest) => boolean, timeoutMs = 8000): Promise<RecordedRequest> {
    const seen = this.requests.find(predicate);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        const log = this.requests.map((r) => `${r.method} ${r.path} -> ${r.status}`).join('\n  ');
        reject(new Error(`fake Discord: no matching request within ${timeoutMs} ms. Seen:\n  ${log}`));
      }, timeoutMs);
      const waiter: Waiter = {
        predicate,
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
      };
      this.waiters.push(waiter);
    });
  }

  find(method: string, path: string | RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && (typeof path === 'string' ? r.path === path : path.test(r.path)));
  }
}
