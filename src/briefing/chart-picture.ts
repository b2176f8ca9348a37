import { existsSync } from 'node:fs';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import type { ReplyImage } from '../replies/reply.js';
import { bucketCounts, chartSvg, type Bucket } from './mention-chart.js';
import { TextOutlines } from './text-outlines.js';

const PICTURES_KEPT = 200;

/** Common places of a plain sans font; loading one file is much cheaper than scanning every system font. */
const SANS_FILES = [
  ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf', 'DejaVu Sans'],
  ['/usr/share/fonts/TTF/DejaVuSans.ttf', '/usr/share/fonts/TTF/DejaVuSans-Bold.ttf', 'DejaVu Sans'],
  ['/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf', 'Liberation Sans'],
  ['/Library/Fonts/Arial.ttf', '/Library/Fonts/Arial Bold.ttf', 'Arial'],
  ['C:\\Windows\\Fonts\\arial.ttf', 'C:\\Windows\\Fonts\\arialbd.ttf', 'Arial'],
] as const;

let fonts: ResvgRenderOptions['font'] | undefined;
function chartFonts(): ResvgRenderOptions['font'] {
  if (fonts) return fonts;
  const found = SANS_FILES.find(([regular]) => existsSync(regular));
  fonts = found
    ? { loadSystemFonts: false, fontFiles: [found[0], found[1]].filter((f) => existsSync(f)), defaultFontFamily: found[2] }
    : { loadSystemFonts: true };
  return fonts;
}

/** Renders an SVG whose text is already outlined: no font is loaded, nothing is shaped. */
function outlinedToPng(svg: string, font: ResvgRenderOptions['font']): Uint8Array {
  const png = new Resvg(svg, { background: 'rgba(0,0,0,0)', font }).render().asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}

export function svgToPng(svg: string): Uint8Array {
  return outlinedToPng(svg, chartFonts());
}

/**
 * The pictures briefings and digests attach: each distinct chart rendered once (the newest PICTURES_KEPT
 * kept), its labels drawn from outlines shaped once (`text-outlines.ts`).
 */
export class ChartPictures {
  private readonly kept = new Map<string, Uint8Array>();
  private outlines: TextOutlines | undefined;

  get size(): number {
    return this.kept.size;
  }

  png(cacheKey: string, svg: () => string): Uint8Array {
    let data = this.kept.get(cacheKey);
    if (!data) {
      data = this.render(svg());
      this.kept.set(cacheKey, data);
      while (this.kept.size > PICTURES_KEPT) this.kept.delete(this.kept.keys().next().value!);
    }
    return data;
  }

  private render(svg: string): Uint8Array {
    this.outlines ??= new TextOutlines(chartFonts());
    const outlined = this.outlines.outline(svg);
    return outlined ? outlinedToPng(outlined, { loadSystemFonts: false }) : svgToPng(svg);
  }
}

const STEP_WORD = { day: 'per day', month: 'per month', year: 'per year' } as const;

/** A bar chart, rendered once per distinct content. */
function cachedPng(pictures: ChartPictures, title: string, buckets: readonly Bucket[], unit: string): Uint8Array {
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
  return { name: fileName(what.fileStem), data: cachedPng(pictures, title, buckets, `${what.unit} ${STEP_WORD[step]}`), description };
}

/** Bars by name rather than by date (who was in the news), with the same look and cache. */
export function namesPicture(
  pictures: ChartPictures,
  what: { title: string; fileStem: string; bars: readonly Bucket[]; unit: string },
): ReplyImage | undefined {
  if (what.bars.length === 0) return undefined;
  const description = `${what.title}: ${what.bars.map((b) => `${b.label} ${b.value}`).join(', ')}.`;
  return { name: fileName(what.fileStem), data: cachedPng(pictures, what.title, what.bars, what.unit), description };
}
