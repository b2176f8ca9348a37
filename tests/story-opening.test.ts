import { describe, expect, it } from 'vitest';
import { withoutOpening } from '../src/articles/story-opening.js';
import type { EnrichedArticle } from '../src/articles/article.js';
import { shownSentence } from '../src/articles/summary.js';
import { splitSentences } from '../src/language/sentences.js';

describe('a story opening as it is quoted', () => {
  it('drops a summary box label run into the first sentence', () => {
    expect(withoutOpening('AI-assisted summary Anna Kowalska was sworn in as prime minister on Tuesday.')).toBe('Anna Kowalska was sworn in as prime minister on Tuesday.');
    expect(withoutOpening('Story highlights: The port reopened after the storm.')).toBe('The port reopened after the storm.');
  });

  it('drops the dateline, with or without the label before it', () => {
    expect(withoutOpening('GDANSK − Prime Minister Anna Kowalska opened the port on Tuesday.')).toBe('Prime Minister Anna Kowalska opened the port on Tuesday.');
    expect(withoutOpening('Key points GDANSK, Poland (CNN) — The port reopened on Tuesday.')).toBe('The port reopened on Tuesday.');
  });

  it('drops a wire dateline whose brackets the export lost, with several places', () => {
    expect(withoutOpening('Gdansk and Warsaw CNN — Polish forces were put on alert on Tuesday.')).toBe('Polish forces were put on alert on Tuesday.');
    expect(withoutOpening('Krems, Austria (Reuters) - The river crested overnight.')).toBe('The river crested overnight.');
    expect(withoutOpening('Officials at CNN - the network - declined to comment.')).toBe('Officials at CNN - the network - declined to comment.');
    expect(withoutOpening('NATO — the alliance of 32 nations — met in Brussels.')).toBe('NATO — the alliance of 32 nations — met in Brussels.');
  });

  it('keeps a sentence that only starts with such words', () => {
    expect(withoutOpening('Key points of the plan were leaked on Monday.')).toBe('Key points of the plan were leaked on Monday.');
    expect(withoutOpening('Anna Kowalska opened the port on Tuesday.')).toBe('Anna Kowalska opened the port on Tuesday.');
  });

  it('finds the story\'s first sentence after a date stamp line, and leaves later sentences as written', () => {
    const text = 'Dec. 17, 2025 Updated Dec. 18, 2025, 12:23 p.m. ET\n\nGDANSK − Prime Minister Anna Kowalska opened the port on Tuesday. GDANSK − a word in capitals stays.';
    const sentences = splitSentences(text);
    const article = { analysis: { sentences } } as unknown as EnrichedArticle;
    expect(sentences.map((s) => shownSentence(article, s))).toEqual([
      'Dec. 17, 2025 Updated Dec. 18, 2025, 12:23 p.m. ET',
      'Prime Minister Anna Kowalska opened the port on Tuesday.',
      'GDANSK − a word in capitals stays.',
    ]);
  });
});

