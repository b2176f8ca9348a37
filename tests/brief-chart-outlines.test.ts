import { describe, expect, it } from 'vitest';
import { ChartPictures, svgToPng } from '../src/briefing/chart-picture.js';
import { chartSvg } from '../src/briefing/mention-chart.js';
import { TextOutlines } from '../src/briefing/text-outlines.js';

const FONT = { loadSystemFonts: true };
const months = (n: number) => Array.from({ length: n }, (_, i) => ({ label: `2024-${String((i % 12) + 1).padStart(2, '0')}`, value: ((i * 37) % 50) + 1 }));

describe('chart labels drawn from kept outlines', () => {
  it('replaces every label with glyph paths moved into place', () => {
    const svg = chartSvg('Mentions of Lena Hofer & Co, per month', months(12), 'mentions per month');
    const outlined = new TextOutlines(FONT).outline(svg)!;
    expect(svg).toContain('<text');
    expect(outlined).not.toContain('<text');
    expect(outlined).toMatch(/<g transform="translate\(48 28\)"><g><path /);
  });

  it('shapes a label once, however many charts show it', () => {
    const outlines = new TextOutlines(FONT);
    outlines.outline(chartSvg('Mentions of Lena Hofer, per month', months(12), 'mentions per month'));
    const first = outlines.shaped;
    outlines.outline(chartSvg('Mentions of Omar Haddad, per month', months(12), 'mentions per month'));
    // Only the new title is shaped: month labels, ticks, values and the unit are the same.
    expect(outlines.shaped).toBe(first + 1);
  });

  it('draws the same picture as shaping the text every time', () => {
    const svg = chartSvg('Mentions of Lena Hofer, per month', months(24), 'mentions per month');
    const pictures = new ChartPictures();
    expect(Buffer.from(pictures.png('a', () => svg)).equals(Buffer.from(svgToPng(svg)))).toBe(true);
  });
});
