import { Resvg } from '@resvg/resvg-js';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chartSvg } from '../src/briefing/mention-chart.js';
import { encodePng } from '../src/briefing/png-encode.js';

/** The RGBA pixels of an 8-bit RGBA PNG, every row filter undone. */
function pixelsOf(png: Uint8Array): { width: number; height: number; rgba: Uint8Array } {
  const data = Buffer.from(png);
  let at = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (at < data.length) {
    const length = data.readUInt32BE(at);
    const type = data.toString('ascii', at + 4, at + 8);
    if (type === 'IHDR') [width, height] = [data.readUInt32BE(at + 8), data.readUInt32BE(at + 12)];
    if (type === 'IDAT') idat.push(data.subarray(at + 8, at + 8 + length));
    at += length + 12;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const rgba = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const left = x >= 4 ? rgba[y * stride + x - 4]! : 0;
      const up = y > 0 ? rgba[(y - 1) * stride + x]! : 0;
      const corner = x >= 4 && y > 0 ? rgba[(y - 1) * stride + x - 4]! : 0;
      const p = left + up - corner;
      const paeth = Math.abs(p - left) <= Math.abs(p - up) && Math.abs(p - left) <= Math.abs(p - corner) ? left : Math.abs(p - up) <= Math.abs(p - corner) ? up : corner;
      const predicted = [0, left, up, (left + up) >> 1, paeth][filter]!;
      rgba[y * stride + x] = (raw[y * (stride + 1) + 1 + x]! + predicted) & 255;
    }
  }
  return { width, height, rgba };
}

describe('chart PNGs encoded from rendered pixels', () => {
  it("draws the same pixels as resvg's own encoder, edges of the rounded card included", () => {
    for (const n of [7, 24, 60]) {
      const svg = chartSvg(`Mentions of Lena Hofer ${n}, per month`, Array.from({ length: n }, (_, i) => ({ label: `2024-${String((i % 12) + 1).padStart(2, '0')}`, value: (i * 37) % 50 })), 'mentions per month');
      const image = new Resvg(svg, { background: 'rgba(0,0,0,0)', font: { loadSystemFonts: true } }).render();
      const ours = pixelsOf(encodePng(image.pixels, image.width, image.height));
      const theirs = pixelsOf(image.asPng());
      expect([ours.width, ours.height]).toEqual([theirs.width, theirs.height]);
      expect(Buffer.from(ours.rgba).equals(Buffer.from(theirs.rgba))).toBe(true);
      expect(ours.rgba.some((v, i) => i % 4 === 3 && v > 0 && v < 255)).toBe(true);
    }
  });
});
