import { describe, expect, it } from 'vitest';
import { Archive } from '../src/articles/archive.js';
import type { EnrichedArticle } from '../src/articles/article.js';
import { HashSlab } from '../src/articles/hash-slab.js';

const hex = (prefix: string, n: number) => prefix + n.toString(16).padStart(64 - prefix.length, '0');
const article = (id: string, hash: string) => ({ id, hash, title: id, date: '2024-06-09' }) as unknown as EnrichedArticle;

describe('finding an article by its content hash', () => {
  it('tells apart texts whose hashes begin alike, and forgets only the one removed or replaced', () => {
    const archive = new Archive();
    // The same first 28 bits: one number stands for both in the archive's map.
    const a = article('a', hex('abcdef1', 1));
    const b = article('b', hex('abcdef1', 2));
    const c = article('c', hex('abcdef1', 3));
    expect([archive.add(a), archive.add(b), archive.add(c)]).toEqual(['added', 'added', 'added']);
    expect([archive.byHash(a.hash), archive.byHash(b.hash), archive.byHash(c.hash)]).toEqual([a, b, c]);
    expect(archive.byHash(hex('abcdef1', 4))).toBeUndefined();
    expect(archive.add(article('a2', a.hash))).toBe('duplicate');

    archive.remove('b');
    expect([archive.byHash(a.hash), archive.byHash(b.hash), archive.byHash(c.hash)]).toEqual([a, undefined, c]);
    // Replaced in place: the old text is no longer found, the new one is.
    const a2 = article('a', hex('abcdef1', 5));
    expect(archive.add(a2)).toBe('updated');
    expect([archive.byHash(a.hash), archive.byHash(a2.hash), archive.byHash(c.hash)]).toEqual([undefined, a2, c]);
    archive.remove('c');
    archive.remove('a');
    expect(archive.byHash(a2.hash)).toBeUndefined();
    // Hashes that are no sha256 (a test's, an old store's) are found by their text.
    const odd = article('odd', 'h1');
    archive.add(odd);
    expect(archive.byHash('h1')).toBe(odd);
  });

  it('keeps sha256 hashes as bytes and reads each back as the same text, across chunks', () => {
    const slab = new HashSlab();
    const hashes = Array.from({ length: 5_000 }, (_, i) => hex((i * 7919).toString(16), i));
    const places = hashes.map((h) => slab.put(h));
    expect(places.every((p) => typeof p === 'number')).toBe(true);
    expect(places.map((p) => slab.text(p))).toEqual(hashes);
    // Upper case or any other text is kept as it is.
    expect(slab.put('ABC')).toBe('ABC');
    expect(slab.text(slab.put(hashes[0]!.toUpperCase()))).toBe(hashes[0]!.toUpperCase());
  });
});
