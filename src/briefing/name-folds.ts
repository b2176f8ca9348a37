import { aliasesOf, foldAliases, foldAliasesSteps, type Aliases } from './entity-aliases.js';
import type { EntityRecord } from './entity-record.js';

/** What the folds are worked out from: the directory's maps, and its version (grows on every change). */
export interface FoldSource {
  records: ReadonlyMap<string, EntityRecord>;
  byEndWord: ReadonlyMap<string, readonly string[]>;
  byForm: ReadonlyMap<string, readonly string[]>;
  version(): number;
}

/**
 * The directory's name folds (`foldAliases`), worked out over the whole directory and kept until a change;
 * then again at the next question, or a step at a time by the bot before anyone asks. With `serveStale`,
 * questions meanwhile read the folds as they were before the change.
 */
export class NameFolds {
  private current: Aliases | undefined;
  /** The folds as they were before the changes since, and when the first of those changes came. */
  private previous: { aliases: Aliases; since: number } | undefined;
  private stale: { maxMs: number; now: () => number } | undefined;

  /** `saved`: the canonical map of folds saved when they were current for the state the directory was read from. */
  constructor(
    private readonly source: FoldSource,
    saved?: Map<string, string>,
  ) {
    if (saved) this.current = aliasesOf(saved);
  }

  /** The directory changed: the folds are stale (and kept to be served, where that is allowed). */
  changed(): void {
    if (this.current && this.stale) this.previous = { aliases: this.current, since: this.stale.now() };
    this.current = undefined;
  }

  /**
   * From now on a question asked while the folds are being worked out again after a change reads them as they
   * were before it, for up to `maxMs` after that change: a bot taking in feed articles at 100,000 articles would
   * otherwise make the first question after each arrival work them out at once (two seconds). An article's
   * names wait that long to fold with others; its counts do not wait. Past `maxMs` a question works them out.
   */
  serveStale(maxMs: number, now: () => number = () => performance.now()): void {
    this.stale = { maxMs, now };
  }

  /** Whether they are worked out for the directory as it is. */
  has(): boolean {
    return this.current !== undefined;
  }

  /** The canonical map when the folds are current (for saving). */
  saved(): Map<string, string> | undefined {
    return this.current?.canonical;
  }

  /** Works them out now if a change left them stale (at close, so the saved state carries them). */
  workOut(): void {
    if (this.current) return;
    const { records, byEndWord, byForm } = this.source;
    this.current = foldAliases(records, byEndWord, byForm);
    this.previous = undefined;
  }

  /** The folds to answer with: current ones, stale ones still allowed, else worked out at once. */
  get(): Aliases {
    if (this.current) return this.current;
    const { previous, stale } = this;
    if (previous && stale && stale.now() - previous.since < stale.maxMs) return previous.aliases;
    this.workOut();
    return this.current!;
  }

  /**
   * Works them out a step at a time if a change left them stale. Stops when a question worked them out
   * meanwhile. A change between steps stops it too, unless stale folds may be served: then it goes on over
   * the changing maps, and what it finds is served as the stale folds (as of its start at the latest), never
   * as current ones.
   */
  *steps(): Generator<void, void> {
    if (this.current) return;
    const version = this.source.version();
    const started = this.stale?.now() ?? 0;
    const { records, byEndWord, byForm } = this.source;
    const steps = foldAliasesSteps(records, byEndWord, byForm);
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) {
        if (this.current) return;
        if (this.source.version() === version) {
          this.current = step.value;
          this.previous = undefined;
        } else this.previous = { aliases: step.value, since: started };
        return;
      }
      yield;
      if (this.current || (this.source.version() !== version && !this.stale)) return;
    }
  }
}
