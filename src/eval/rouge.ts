import { l as rougeL, n as rougeN } from 'js-rouge';
import { stemmer } from 'stemmer';

/**
 * ROUGE as published figures on news summaries are computed: lower case, letters and digits only, Porter
 * stem; ROUGE-1/2 F1 and summary-level ROUGE-L (union LCS over sentences). Summaries are given as sentence
 * lists, so the scorer never re-splits them.
 */

export interface RougeScores {
  r1: number;
  r2: number;
  rl: number;
}

const tokenize = (input: string): string[] =>
  input
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .map(stemmer);

const segment = (input: string): string[] => input.split('\n');

export function rouge(candidate: readonly string[], reference: readonly string[]): RougeScores {
  const cand = candidate.map((s) => s.replace(/\n/g, ' ')).join('\n');
  const ref = reference.map((s) => s.replace(/\n/g, ' ')).join('\n');
  if (!cand.trim() || !ref.trim()) return { r1: 0, r2: 0, rl: 0 };
  return {
    r1: rougeN(cand, ref, { n: 1, tokenizer: tokenize }),
    r2: rougeN(cand, ref, { n: 2, tokenizer: tokenize }),
    rl: rougeL(cand, ref, { tokenizer: tokenize, segmenter: segment }),
  };
}

/** Running means of ROUGE scores, reported ×100 with two decimals. */
export class RougeMean {
  private sum: RougeScores = { r1: 0, r2: 0, rl: 0 };
  count = 0;

  add(s: RougeScores): void {
    this.sum = { r1: this.sum.r1 + s.r1, r2: this.sum.r2 + s.r2, rl: this.sum.rl + s.rl };
    this.count++;
  }

  mean(): RougeScores {
    const k = this.count ? 100 / this.count : 0;
    const round = (x: number) => Math.round(x * k * 100) / 100;
    return { r1: round(this.sum.r1), r2: round(this.sum.r2), rl: round(this.sum.rl) };
  }
}
