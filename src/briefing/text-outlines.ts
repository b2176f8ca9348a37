import { shapedSvg, type ChartFont } from './svg-to-png.js';

/**
 * Chart labels as glyph outlines, shaped once and kept. Shaping text is most of what resvg spends on a
 * chart (about 15 of 20 ms for a 40-label chart), yet the labels repeat from chart to chart: tick values,
 * month and year labels, units. So each distinct label is shaped once, at the origin, through resvg's own
 * text-to-path conversion (`toString()` writes the shaped tree), and later charts draw the kept paths
 * moved into place; only a new title costs a shaping.
 */
const KEPT = 4000;

/** One `<text>` element as charts write it: x, y, other attributes, content without markup. */
const TEXT = /<text x="([-\d.]+)" y="([-\d.]+)"([^>]*)>([^<]*)<\/text>/g;
/** A label's group in the shaped tree: `<g id="t3">` or, for a blank label, `<g id="t3"/>`. */
const GROUP = /<g id="t(\d+)"(\/?)>/;

export class TextOutlines {
  private readonly kept = new Map<string, string | null>();
  shaped = 0;

  constructor(private readonly font: ChartFont) {}

  /**
   * The SVG with every `<text>` replaced by its outlines, or undefined when a label cannot be outlined
   * (no font found): the caller then renders the text as it is.
   */
  outline(svg: string): string | undefined {
    const labels = [...svg.matchAll(TEXT)].map((m) => `${m[3]}>${m[4]}`);
    this.shapeMissing(labels.filter((key) => !this.kept.has(key)));
    let failed = false;
    const out = svg.replace(TEXT, (whole, x: string, y: string, attributes: string, content: string) => {
      const paths = this.use(`${attributes}>${content}`);
      if (paths === null) failed = true;
      return paths ? `<g transform="translate(${x} ${y})">${paths}</g>` : whole;
    });
    return failed ? undefined : out;
  }

  /** The kept outlines of a label, now the most recently used. */
  private use(key: string): string | null {
    const paths = this.kept.get(key) ?? null;
    this.kept.delete(key);
    this.kept.set(key, paths);
    return paths;
  }

  /** Shapes every new label of a chart in one pass (loading the font once), each in a group of its own. */
  private shapeMissing(keys: readonly string[]): void {
    const unique = [...new Set(keys)];
    if (unique.length === 0) return;
    const groups = unique.map((key, i) => {
      const at = key.indexOf('>');
      return `<g id="t${i}"><text x="0" y="0"${key.slice(0, at)}>${key.slice(at + 1)}</text></g>`;
    });
    const shaped = shapedSvg(`<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1">${groups.join('')}</svg>`, this.font);
    const found = new Map<number, string>();
    const parts = shaped.split(GROUP);
    // split() with two capture groups: [before, id, selfClosing, content, id, selfClosing, content, ...]
    for (let i = 1; i + 2 < parts.length; i += 3) {
      const content = parts[i + 1] === '/' ? '' : parts[i + 2]!.replace(/<\/svg>\s*$/, '').trim().replace(/<\/g>$/, '');
      found.set(Number(parts[i]), content.replace(/>\s+</g, '><').trim());
    }
    unique.forEach((key, i) => {
      const content = found.get(i);
      // Text left as text means no font could shape it; drawing it later would cost the shaping again.
      const label = key.slice(key.indexOf('>') + 1);
      const ok = content !== undefined && !content.includes('<text') && (content.includes('<path') || !label.trim());
      this.shaped += 1;
      if (this.kept.size >= KEPT) this.kept.delete(this.kept.keys().next().value!);
      this.kept.set(key, ok ? content : null);
    });
  }
}
