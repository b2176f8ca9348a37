import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../src/eval/ner.js';

const gold = fileURLToPath(new URL('./fixtures/entities/mini.docs.jsonl', import.meta.url));

describe('ner evaluation', () => {
  afterEach(() => vi.restoreAllMocks());

  it('scores any gold file of the shared shape and ends with one JSON line of figures', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: unknown) => void lines.push(String(line)));
    await run(['--docs', gold]);
    const figures = JSON.parse(lines[lines.length - 1]!) as {
      docs: number;
      overall: { f1: number; tp: number; fn: number };
      perType: Record<string, { tp: number; fp: number; fn: number }>;
    };
    expect(figures.docs).toBe(2);
    expect(Object.keys(figures.perType)).toEqual(['PER', 'LOC', 'ORG']);
    expect(figures.overall.tp + figures.overall.fn).toBe(8);
    expect(figures.perType.PER).toMatchObject({ tp: 3, fp: 0, fn: 0 });
    expect(figures.perType.LOC).toMatchObject({ tp: 3, fp: 0, fn: 0 });
    expect(figures.overall.f1).toBeGreaterThan(80);
  });
});
