import type { Entity, Sentence } from '../analysis.js';

/**
 * The article's main actors (those mentioned most) and which sentences mention them. Entities come from the
 * entity stage; when it found none, capitalised words stand in (inside a sentence names are capitalised,
 * common words are not).
 */

const MAX_ACTORS = 5;
const NOT_NAMES = new Set(
  `The A An This That These Those It He She They We I You His Her Its Their Our But And Or If When While As In On At
  For From With By To Of After Before Since During Mr Mrs Ms Dr Monday Tuesday Wednesday Thursday Friday Saturday
  Sunday January February March April May June July August September October November December`.split(/\s+/),
);

export interface Actor {
  /** How often the article mentions it. */
  weight: number;
  /** Indices of the sentences that mention it. */
  sentences: Set<number>;
}

function fromEntities(entities: readonly Entity[]): Actor[] {
  return entities
    .filter((e) => e.mentions.length > 0)
    .map((e) => ({ weight: e.mentions.length, sentences: new Set(e.mentions.map((m) => m.sentence)) }));
}

interface NameRun {
  key: string;
  sentence: number;
  /** Opens its sentence, where any word is capitalised. */
  initial: boolean;
}

function nameRuns(sentences: readonly Sentence[]): NameRun[] {
  const runs: NameRun[] = [];
  sentences.forEach((s, i) => {
    for (const m of s.text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu)) {
      const words = m[0].replace(/['’]s$/, '').split(/\s+/);
      const initial = /^[\s“"‘(]*$/.test(s.text.slice(0, m.index));
      while (words.length && NOT_NAMES.has(words[0]!)) words.shift(); // "The Harbour Workers Union"
      if (!words.length) continue;
      // "Tomas Eklund" and "Eklund" are one actor.
      runs.push({ key: words[words.length - 1]!.toLowerCase(), sentence: i, initial: initial && words.length === m[0].split(/\s+/).length });
    }
  });
  return runs;
}

function fromCapitals(sentences: readonly Sentence[]): Actor[] {
  const runs = nameRuns(sentences);
  // A capital at a sentence's start says nothing by itself; it counts when the word is capitalised elsewhere too.
  const names = new Set(runs.filter((r) => !r.initial).map((r) => r.key));
  const actors = new Map<string, Actor>();
  for (const run of runs) {
    if (!names.has(run.key)) continue;
    const actor = actors.get(run.key) ?? { weight: 0, sentences: new Set<number>() };
    actor.weight++;
    actor.sentences.add(run.sentence);
    actors.set(run.key, actor);
  }
  return [...actors.values()];
}

/** The few most-mentioned actors (at least two mentions each), most mentioned first. */
export function mainActors(sentences: readonly Sentence[], entities: readonly Entity[]): Actor[] {
  const found = fromEntities(entities);
  return (found.length ? found : fromCapitals(sentences))
    .filter((a) => a.weight >= 2)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_ACTORS);
}

/**
 * Tracks which main actors a summary already covers; a sentence gains by the weight of those it adds. The
 * actors (five from `mainActors`, 31 at most) are bits: each sentence's actors one mask, the covered ones
 * another, read as every remaining sentence is weighed again after a pick.
 */
export class ActorCoverage {
  private covered = 0;
  private readonly total: number;
  /** Sentence index → bit k set when `actors[k]` is mentioned there. */
  private readonly masks = new Map<number, number>();

  constructor(private readonly actors: readonly Actor[]) {
    this.total = actors.reduce((s, a) => s + a.weight, 0);
    actors.forEach((a, k) => {
      for (const s of a.sentences) this.masks.set(s, (this.masks.get(s) ?? 0) | (1 << k));
    });
  }

  /** Share (0…1) of the main actors' weight this sentence would newly cover. */
  gain(sentence: number): number {
    if (!this.total) return 0;
    const fresh = (this.masks.get(sentence) ?? 0) & ~this.covered;
    let sum = 0;
    // In actor order, as the weights were always added.
    for (let k = 0; fresh >> k; k++) if (fresh & (1 << k)) sum += this.actors[k]!.weight;
    return sum / this.total;
  }

  /** Marks the sentence's actors covered; true when that covered one not covered before (gains changed). */
  add(sentence: number): boolean {
    const before = this.covered;
    this.covered |= this.masks.get(sentence) ?? 0;
    return this.covered !== before;
  }
}
