import { describe, expect, it } from 'vitest';
import { cleanUrl } from '../src/ingest/source-url.js';

describe('an article link from an export', () => {
  it('drops an escaped quote the scrape left at the end and decodes ampersands', () => {
    expect(cleanUrl('https://example.org/2022/09/08/world/obituary/index.html&quot;')).toBe('https://example.org/2022/09/08/world/obituary/index.html');
    expect(cleanUrl(' https://example.org/story?id=4&amp;page=2 ')).toBe('https://example.org/story?id=4&page=2');
  });

  it('leaves a clean link as it is', () => {
    expect(cleanUrl('https://example.org/a-b/c?d=1&e=2')).toBe('https://example.org/a-b/c?d=1&e=2');
  });
});
