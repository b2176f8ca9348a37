import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

/**
 * resvg compiled to WebAssembly, not its native addon. The addon's images lived in its own allocator
 * until V8 happened to finalize their wrappers, and that allocator then kept the freed pages: a bot that
 * had drawn a few hundred charts held 250 MB more than one that had drawn none, for good. Here each
 * image is freed as soon as its PNG is copied out, and the module's memory is reused by the next one.
 * Loaded once, when this module is first imported (about 25 ms), so every caller can render at once.
 */
await initWasm(readFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm')));

/** A sans font (regular and bold), read at its first use; the WebAssembly renderer sees no system fonts. */
export interface ChartFont {
  readonly buffers: Uint8Array[];
  family: string;
}

/**
 * Common places of a plain sans font (regular, bold, family) on Debian and Ubuntu, Fedora, Alpine, Arch,
 * macOS and Windows; loading one family is much cheaper than scanning every system font. Any of them
 * will do: resvg falls back to a loaded font when the chart's families are not among them.
 */
const SANS_FILES = [
  ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf', 'DejaVu Sans'],
  ['/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf', '/usr/share/fonts/dejavu-sans-fonts/DejaVuSans-Bold.ttf', 'DejaVu Sans'],
  ['/usr/share/fonts/dejavu/DejaVuSans.ttf', '/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf', 'DejaVu Sans'],
  ['/usr/share/fonts/TTF/DejaVuSans.ttf', '/usr/share/fonts/TTF/DejaVuSans-Bold.ttf', 'DejaVu Sans'],
  ['/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf', 'Liberation Sans'],
  ['/usr/share/fonts/liberation-sans/LiberationSans-Regular.ttf', '/usr/share/fonts/liberation-sans/LiberationSans-Bold.ttf', 'Liberation Sans'],
  ['/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf', '/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf', 'Noto Sans'],
  ['/usr/share/fonts/google-noto/NotoSans-Regular.ttf', '/usr/share/fonts/google-noto/NotoSans-Bold.ttf', 'Noto Sans'],
  ['/usr/share/fonts/noto/NotoSans-Regular.ttf', '/usr/share/fonts/noto/NotoSans-Bold.ttf', 'Noto Sans'],
  ['/usr/share/fonts/truetype/freefont/FreeSans.ttf', '/usr/share/fonts/truetype/freefont/FreeSansBold.ttf', 'FreeSans'],
  ['/System/Library/Fonts/Supplemental/Arial.ttf', '/System/Library/Fonts/Supplemental/Arial Bold.ttf', 'Arial'],
  ['/Library/Fonts/Arial.ttf', '/Library/Fonts/Arial Bold.ttf', 'Arial'],
  ['C:\\Windows\\Fonts\\arial.ttf', 'C:\\Windows\\Fonts\\arialbd.ttf', 'Arial'],
] as const;

/** What a log line names when no font is found. */
export const SANS_FAMILIES = 'DejaVu Sans, Liberation Sans, Noto Sans, FreeSans or Arial';

/** The first sans font found, or null on a machine with none of them (charts are then left out). */
export function findChartFont(candidates: readonly (readonly [string, string, string])[] = SANS_FILES): ChartFont | null {
  const found = candidates.find(([regular]) => existsSync(regular));
  if (!found) return null;
  // Read when the first chart is drawn, not when the bot starts: a bot may never draw one.
  let buffers: Uint8Array[] | undefined;
  const files = [found[0], found[1]].filter((f) => existsSync(f));
  return {
    get buffers() {
      return (buffers ??= files.map((f) => readFileSync(f)));
    },
    family: found[2],
  };
}

function withResvg<T>(svg: string, font: ChartFont | undefined, use: (resvg: InstanceType<typeof Resvg>) => T): T {
  const options = font ? { fontBuffers: font.buffers, defaultFontFamily: font.family } : { loadSystemFonts: false };
  const resvg = new Resvg(svg, { background: 'rgba(0,0,0,0)', font: options });
  try {
    return use(resvg);
  } finally {
    resvg.free();
  }
}

/** The SVG drawn as a PNG; its labels in `font` (an SVG with its text already outlined needs none). */
export function svgToPng(svg: string, font?: ChartFont): Uint8Array {
  return withResvg(svg, font, (resvg) => {
    const image = resvg.render();
    try {
      return image.asPng();
    } finally {
      image.free();
    }
  });
}

/** The SVG as resvg reads it, with every text shaped into glyph paths in `font`. */
export function shapedSvg(svg: string, font: ChartFont): string {
  return withResvg(svg, font, (resvg) => resvg.toString());
}
