import * as chrono from 'chrono-node';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Granularity } from '../language/analysis.js';
import { splitSentences } from '../language/sentences.js';
import { parseDay } from '../language/times/calendar.js';
import { extractTimes } from '../language/times/extract-times.js';
import { coarsen, type TimeValue } from '../language/times/time-value.js';
import { option, reportMissingData, sharedData } from './data-path.js';

/*
 * `npm run eval -- dates [--docs F.docs.jsonl] [--timex F.timex.jsonl] [--misses out.tsv]` (--misses writes
 * each gold expression we miss or get wrong, one a line, to study them)
 * Each gold DATE or TIME expression is found when a prediction overlaps its span, and right when the
 * prediction, coarsened to the gold value's granularity, equals it ("1998-08" is right for "August").
 * TIME values are compared at the day (our finest granularity); unspecified parts ("1998-XX") are
 * dropped; values we cannot express (halves, centuries, durations written as dates) count as wrong.
 * chrono-node alone (casual, forwardDate off, the document date as reference) is scored in the same run.
 */

interface Doc { id: string; dct: string; text: string }
interface Gold { doc: string; type: string; value: string; start: number; end: number; text: string }
interface Prediction { start: number; end: number; value: TimeValue }
interface Tally { gold: number; found: number; right: number }

const tally = (): Tally => ({ gold: 0, found: 0, right: 0 });
const pct = (n: number, d: number) => (d ? Math.round((1000 * n) / d) / 10 : 0);
function groupByDoc(items: readonly Gold[]): Map<string, Gold[]> {
  const groups = new Map<string, Gold[]>();
  for (const item of items) groups.set(item.doc, [...(groups.get(item.doc) ?? []), item]);
  return groups;
}
const readJsonl = <T>(file: string): T[] =>
  readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);

/** The gold value as one of our granularities, or undefined when we have none for it. */
export function goldTarget(raw: string): TimeValue | undefined {
  if (/^(?:PAST|PRESENT|FUTURE)_REF$/.test(raw)) return { value: raw, granularity: 'vague' };
  let v = raw.replace(/T.*$/, '').replace(/-WE$/, '');
  while (/-[WQH]?XX?$/.test(v)) v = v.replace(/-[WQH]?XX?$/, '');
  if (/^\d{3}X$/.test(v)) v = v.slice(0, 3);
  const shapes: [RegExp, Granularity][] = [
    [/^\d{4}-\d{2}-\d{2}$/, 'day'], [/^\d{4}-W\d{2}$/, 'week'], [/^\d{4}-\d{2}$/, 'month'], [/^\d{4}-Q[1-4]$/, 'quarter'],
    [/^\d{4}-(?:SP|SU|FA|WI)$/, 'season'], [/^\d{4}$/, 'year'], [/^\d{3}$/, 'decade'],
  ];
  const week = /^(\d{4})-W(\d)$/.exec(v);
  if (week) v = `${week[1]}-W0${week[2]}`;
  const shape = shapes.find(([re]) => re.test(v));
  return shape ? { value: v, granularity: shape[1] } : undefined;
}

function chronoAlone(doc: Doc): Prediction[] {
  const ref = parseDay(doc.dct);
  return chrono.casual.parse(doc.text, new Date(ref.year, ref.month - 1, ref.day, 12), { forwardDate: false }).map((r) => {
    const pad = (n: number | null) => String(n ?? 0).padStart(2, '0');
    const c = r.start;
    return { start: r.index, end: r.index + r.text.length, value: { value: `${c.get('year')}-${pad(c.get('month'))}-${pad(c.get('day'))}`, granularity: 'day' } };
  });
}

function bestOverlap(g: Gold, predictions: readonly Prediction[]): Prediction | undefined {
  let best: Prediction | undefined;
  let bestLength = 0;
  for (const p of predictions) {
    const overlap = Math.min(p.end, g.end) - Math.max(p.start, g.start);
    if (overlap > bestLength) [best, bestLength] = [p, overlap];
  }
  return best;
}

/** Scores one gold expression against predictions; tells whether it was found and right. */
function score(g: Gold, predictions: readonly Prediction[], tallies: readonly Tally[]): { p?: Prediction; right: boolean } {
  const p = bestOverlap(g, predictions);
  const target = goldTarget(g.value);
  const right = !!p && !!target && coarsen(p.value, target.granularity) === target.value;
  for (const t of tallies) {
    t.gold++;
    if (p) t.found++;
    if (right) t.right++;
  }
  return p ? { p, right } : { right };
}

function line(name: string, t: Tally): string {
  return `${name.padEnd(14)} found ${pct(t.found, t.gold).toFixed(1).padStart(5)}%   right of found ${pct(t.right, t.found).toFixed(1).padStart(5)}%   right of all ${pct(t.right, t.gold).toFixed(1).padStart(5)}%`;
}

export async function run(args: string[]): Promise<void> {
  const docsFile = option(args, 'docs') ?? sharedData('tempeval3', 'tbaq.docs.jsonl');
  const timexFile = option(args, 'timex') ?? sharedData('tempeval3', 'tbaq.timex.jsonl');
  if (!docsFile || !timexFile) return reportMissingData('dates');
  for (const file of [docsFile, timexFile]) {
    if (!existsSync(resolve(file))) {
      console.error(`no such file: ${file}`);
      process.exitCode = 2;
      return;
    }
  }
  const docs = readJsonl<Doc>(resolve(docsFile));
  const timexes = readJsonl<Gold>(resolve(timexFile));
  const gold = timexes.filter((g) => g.type === 'DATE' || g.type === 'TIME');
  const goldByDoc = groupByDoc(gold);
  const timexByDoc = groupByDoc(timexes);
  const ours = tally();
  const base = tally();
  const kinds = new Map<string, { ours: Tally; base: Tally }>();
  const misses: string[] = [];
  let oursMs = 0;
  let baseMs = 0;
  let predicted = 0;
  let unmatched = 0;
  // One untimed pass first, so both timings are of warmed-up code.
  for (const doc of docs) {
    extractTimes(doc.text, splitSentences(doc.text), doc.dct.slice(0, 10));
    chronoAlone(doc);
  }
  for (const doc of docs) {
    const dct = doc.dct.slice(0, 10);
    const sentences = splitSentences(doc.text);
    let t = performance.now();
    const times = extractTimes(doc.text, sentences, dct);
    oursMs += performance.now() - t;
    t = performance.now();
    const baseline = chronoAlone(doc);
    baseMs += performance.now() - t;
    const predictions = times.map((x) => ({ start: x.start, end: x.end, value: { value: x.value, granularity: x.granularity } }));
    for (const g of goldByDoc.get(doc.id) ?? []) {
      const kind = goldTarget(g.value)?.granularity ?? 'other';
      const k = kinds.get(kind) ?? { ours: tally(), base: tally() };
      kinds.set(kind, k);
      const chrono = score(g, baseline, [base, k.base]);
      const { p, right } = score(g, predictions, [ours, k.ours]);
      if (!right) {
        const context = doc.text.slice(Math.max(0, g.start - 50), g.end + 30).replace(/\s+/g, ' ');
        const got = p ? [doc.text.slice(p.start, p.end), p.value.value] : ['', ''];
        misses.push([p ? 'wrong' : 'missed', chrono.right ? 'chrono-right' : '-', g.text, g.value, ...got, dct, context].join('\t'));
      }
    }
    predicted += predictions.length;
    const docTimexes = timexByDoc.get(doc.id) ?? [];
    unmatched += predictions.filter((p) => !docTimexes.some((g) => g.start < p.end && p.start < g.end)).length;
  }
  const missesFile = option(args, 'misses');
  if (missesFile) writeFileSync(missesFile, misses.join('\n') + '\n');
  console.log(`dates: ${docs.length} documents, ${gold.length} gold DATE/TIME expressions (${docsFile})`);
  console.log(line('chrono alone', base));
  console.log(line('ours', ours));
  console.log('by granularity of the gold value (ours | chrono alone, right of all):');
  for (const [kind, k] of [...kinds].sort((a, b) => b[1].ours.gold - a[1].ours.gold)) {
    console.log(`  ${kind.padEnd(8)} ${String(k.ours.gold).padStart(5)}   ${pct(k.ours.right, k.ours.gold).toFixed(1).padStart(5)}% | ${pct(k.base.right, k.base.gold).toFixed(1).padStart(5)}%`);
  }
  console.log(`predictions: ${predicted}, of which ${unmatched} overlap no gold expression of any type (a rough bound on false alarms)`);
  console.log(`time: ours ${(oursMs / docs.length).toFixed(3)} ms/document (chrono included), chrono alone ${(baseMs / docs.length).toFixed(3)} ms/document`);
  console.log(
    JSON.stringify({
      task: 'dates',
      documents: docs.length,
      gold: gold.length,
      found: pct(ours.found, ours.gold),
      rightOfFound: pct(ours.right, ours.found),
      accuracy: pct(ours.right, ours.gold),
      chronoAlone: { found: pct(base.found, base.gold), rightOfFound: pct(base.right, base.found), accuracy: pct(base.right, base.gold) },
      msPerDocument: Number((oursMs / docs.length).toFixed(3)),
      chronoMsPerDocument: Number((baseMs / docs.length).toFixed(3)),
    }),
  );
}
