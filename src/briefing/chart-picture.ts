import type { ReplyImage } from '../replies/reply.js';
import { bucketCounts, chartSvg, type Bucket } from './mention-chart.js';
import { findChartFont, svgToPng, type ChartFont } from './svg-to-png.js';
import { TextOutlines } from './text-outlines.js';

const PICTURES_KEPT = 200;

/**
 * The pictures briefings and digests attach: each distinct chart rendered once (the newest PICTURES_KEPT
 * kept), its labels drawn from outlines shaped once (`text-outlines.ts`).
 */
export class ChartPictures {
  private readonly kept = new Map<string, Uint8Array>();
  private outlines: TextOutlines | undefined;

  /** Without a font there are no pictures: a chart without its labels would not say what it counts. */
  constructor(private readonly font: ChartFont | null = findChartFont()) {}

  get size(): number {
    return this.kept.size;
  }

  /** Whether a font was found, so charts can be drawn at all. */
  get drawable(): boolean {
    return this.font !== null;
  }

  png(cacheKey: string, svg: () => string): Uint8Array | undefined {
    if (!this.font) return undefined;
    let data = this.kept.get(cacheKey);
    if (!data) {
      data = this.render(svg());
      this.kept.set(cacheKey, data);
      while (this.kept.size > PICTURES_KEPT) this.kept.delete(this.kept.keys().next().value!);
    }
    return data;
  }

  private render(svg: string): Uint8Array {
    this.outlines ??= new TextOutlines(this.font!);
    const outlined = this.outlines.outline(svg);
    return outlined ? svgToPng(outlined) : svgToPng(svg, this.font!);
  }
}

const STEP_WORD = { day: 'per day', month: 'per month', year: 'per year' } as const;

/** A bar chart, rendered once per distinct content. */
function cachedPng(pictures: ChartPictures, title: string, buckets: readonly Bucket[], unit: string): Uint8Array | undefined {
  const cacheKey = `${title}|${unit}|${buckets.map((b) => `${b.label}=${b.value}`).join(',')}`;
  return pictures.png(cacheKey, () => chartSvg(title, buckets, unit));
}

const fileName = (stem: string) => `${stem.replace(/[^\w-]+/g, '-').slice(0, 60)}-mentions.png`;

/**
 * The mentions chart of a briefing as a PNG, rendered once per distinct content (`pictures`), so asking
 * twice does not render twice.
 */
export function mentionPicture(
  pictures: ChartPictures,
  what: { name: string; fileStem: string; perDay: ReadonlyMap<string, number>; unit: string },
): ReplyImage | undefined {
  const { step, buckets } = bucketCounts(what.perDay);
  if (buckets.length === 0) return undefined;
  const title = `${what.unit[0]!.toUpperCase()}${what.unit.slice(1)} of ${what.name}, ${STEP_WORD[step]}`;
  const total = buckets.reduce((n, b) => n + b.value, 0);
  const description = `${title}: ${total} from ${buckets[0]!.label} to ${buckets.at(-1)!.label}; most ${step === 'day' ? 'on' : 'in'} ${[...buckets].sort((a, b) => b.value - a.value)[0]!.label}.`;
  const data = cachedPng(pictures, title, buckets, `${what.unit} ${STEP_WORD[step]}`);
  return data && { name: fileName(what.fileStem), data, description };
}

/** Bars by name rather than by date (who was in the news), with the same look and cache. */
export function namesPicture(
  pictures: ChartPictures,
  what: { title: string; fileStem: string; bars: readonly Bucket[]; unit: string },
): ReplyImage | undefined {
  if (what.bars.length === 0) return undefined;
  const description = `${what.title}: ${what.bars.map((b) => `${b.label} ${b.value}`).join(', ')}.`;
  const data = cachedPng(pictures, what.title, what.bars, what.unit);
  return data && { name: fileName(what.fileStem), data, description };
}
