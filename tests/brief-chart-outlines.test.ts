import { describe, expect, it } from 'vitest';
import { Archive } from '../src/articles/archive.js';
import { openBriefings } from '../src/briefing/briefings.js';
import { createCapturingLogger } from '../src/logger.js';
import { ChartPictures, mentionPicture } from '../src/briefing/chart-picture.js';
import { chartSvg } from '../src/briefing/mention-chart.js';
import { findChartFont, svgToPng } from '../src/briefing/svg-to-png.js';
import { TextOutlines } from '../src/briefing/text-outlines.js';

const FONT = findChartFont()!;
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
    expect(Buffer.from(pictures.png('a', () => svg)!).equals(Buffer.from(svgToPng(svg, FONT)))).toBe(true);
  });
});

describe('chart pictures', () => {
  const perDay = new Map([['2024-03-01', 2], ['2024-03-02', 5], ['2024-03-04', 1]]);
  const what = { name: 'Lena Hofer', fileStem: 'lena-hofer', perDay, unit: 'mentions' };

  it('are PNGs of the chart\'s size, drawn again from the cache when asked twice', () => {
    const pictures = new ChartPictures(FONT);
    const image = mentionPicture(pictures, what)!;
    const png = Buffer.from(image.data);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // IHDR: width and height, big-endian, after the 8-byte signature and the chunk's length and type.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([640, 260]);
    expect(mentionPicture(pictures, what)!.data).toBe(image.data);
    expect(pictures.size).toBe(1);
  });

  it('keep their bytes while later charts are drawn (a PNG is copied out of the renderer, not a view of it)', () => {
    const pictures = new ChartPictures(FONT);
    const image = mentionPicture(pictures, what)!;
    const copy = Buffer.from(image.data);
    for (let i = 1; i <= 30; i++) mentionPicture(pictures, { ...what, name: `Person ${i}`, perDay: new Map([['2024-03-01', i], ['2024-03-09', 2 * i]]) });
    expect(Buffer.from(image.data).equals(copy)).toBe(true);
  });

  it('draw their labels in whatever font was found, though the chart names other families', () => {
    const serif = '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf';
    const font = findChartFont([[serif, serif, 'DejaVu Serif']])!;
    const svg = chartSvg('Mentions of Lena Hofer, per month', months(6), 'mentions per month');
    expect(svg).not.toContain('Serif');
    const outlined = new TextOutlines(font).outline(svg)!;
    expect(outlined).not.toContain('<text');
    expect(outlined).toContain('<path');
  });

  it('are left out on a machine with no sans font, rather than drawn without their labels', () => {
    expect(findChartFont([['/nowhere/Sans.ttf', '/nowhere/Sans-Bold.ttf', 'Sans']])).toBeNull();
    expect(mentionPicture(new ChartPictures(null), what)).toBeUndefined();
  });
});

describe('briefings on a machine without a sans font', () => {
  it('say once, at start, that charts are left out and what to install', () => {
    const logger = createCapturingLogger();
    openBriefings(new Archive(), { logger, chartFont: null });
    const lines = logger.lines.filter((l) => l.message.includes('without charts'));
    expect(lines).toHaveLength(1);
    expect(lines[0]!.level).toBe('warn');
    expect(lines[0]!.message).toContain('DejaVu Sans');
    expect(lines[0]!.message).toContain('fonts-dejavu-core');
  });

  it('say nothing of it where a font is found', () => {
    const logger = createCapturingLogger();
    openBriefings(new Archive(), { logger, chartFont: FONT });
    expect(logger.lines.some((l) => l.message.includes('without charts'))).toBe(false);
  });
});
