import { readFileSync } from 'node:fs';
import type { EntityType, Sentence } from '../language/analysis.js';
import { extractEntities } from '../language/entities/extract-entities.js';
import { lexicon } from '../language/gazetteer/lexicon.js';
import { option, reportMissingData, sharedData } from './data-path.js';

/** `npm run eval -- ner [--docs FILE.docs.jsonl] [--errors N]`: exact-span PER/LOC/ORG scores, conlleval style. */
interface GoldDoc {
  id: string;
  text: string;
  sentences: { start: number; end: number }[];
  entities: { type: string; start: number; end: number; text: string }[];
}

const TYPES = ['PER', 'LOC', 'ORG'] as const;
const CONLL: Record<EntityType, string> = { person: 'PER', place: 'LOC', country: 'LOC', organisation: 'ORG' };

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

const score = ({ tp, fp, fn }: Tally) => {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  const pct = (x: number) => Math.round(x * 1000) / 10;
  return { precision: pct(p), recall: pct(r), f1: pct(f), tp, fp, fn };
};

/** Predicted spans as `start:end:TYPE`, one per mention. */
export function predictedSpans(doc: Pick<GoldDoc, 'text' | 'sentences'>): Set<string> {
  const sentences: Sentence[] = doc.sentences.map((s) => ({ ...s, text: doc.text.slice(s.start, s.end), paragraph: 0 }));
  const spans = new Set<string>();
  for (const e of extractEntities(doc.text, sentences)) for (const m of e.mentions) spans.add(`${m.start}:${m.end}:${CONLL[e.type]}`);
  return spans;
}

export async function run(args: string[]): Promise<void> {
  const file = option(args, 'docs') ?? sharedData('conll2003', 'valid.docs.jsonl');
  if (!file) return reportMissingData('ner');
  const showErrors = Number(option(args, 'errors') ?? 0);
  const docs = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldDoc);
  const tallies = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<string, Tally>;
  const errors: string[] = [];
  lexicon(); // built once per process: keep it out of the per-document rate
  const started = performance.now();
  const predictions = docs.map((doc) => predictedSpans(doc));
  const seconds = (performance.now() - started) / 1000;
  docs.forEach((doc, d) => {
    const predicted = predictions[d]!;
    const gold = new Set(doc.entities.filter((e) => (TYPES as readonly string[]).includes(e.type)).map((e) => `${e.start}:${e.end}:${e.type}`));
    for (const span of predicted) {
      const type = span.split(':')[2]!;
      if (gold.has(span)) tallies[type]!.tp++;
      else {
        tallies[type]!.fp++;
        errors.push(`FP ${type} ${show(doc.text, span)}`);
      }
    }
    for (const span of gold) {
      if (predicted.has(span)) continue;
      tallies[span.split(':')[2]!]!.fn++;
      errors.push(`FN ${span.split(':')[2]} ${show(doc.text, span)}`);
    }
  });
  for (const line of errors.slice(0, showErrors)) console.log(line);
  const all = TYPES.reduce((a, t) => ({ tp: a.tp + tallies[t]!.tp, fp: a.fp + tallies[t]!.fp, fn: a.fn + tallies[t]!.fn }), { tp: 0, fp: 0, fn: 0 });
  const perType = Object.fromEntries(TYPES.map((t) => [t, score(tallies[t]!)]));
  console.log(`ner on ${file}: ${docs.length} documents`);
  for (const t of TYPES) console.log(`  ${t}  P ${perType[t]!.precision}  R ${perType[t]!.recall}  F1 ${perType[t]!.f1}`);
  const overall = score(all);
  console.log(`  all  P ${overall.precision}  R ${overall.recall}  F1 ${overall.f1}`);
  console.log(JSON.stringify({ task: 'ner', docs: docs.length, overall, perType, docsPerSecond: Math.round(docs.length / seconds) }));
}

function show(text: string, span: string): string {
  const [start, end] = span.split(':').map(Number) as [number, number];
  const left = text.slice(Math.max(0, start - 40), start).replace(/\n/g, ' ¶ ');
  const right = text.slice(end, end + 40).replace(/\n/g, ' ¶ ');
  return `[${text.slice(start, end)}]   …${left}⟦${text.slice(start, end)}⟧${right}…`;
}
