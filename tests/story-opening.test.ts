import { describe, expect, it } from 'vitest';
import { openingPlace, withoutOpening } from '../src/articles/story-opening.js';
import { toArticle } from '../src/ingest/to-article.js';
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


describe('the place a story body opens with', () => {
  it('is read from a dateline whose brackets the export lost, or from a plain one', () => {
    expect(openingPlace('Gdansk CNN — Polish forces were put on alert on Tuesday.')).toBe('Gdansk');
    expect(openingPlace('Krems, Austria CNN — The river crested overnight.')).toBe('Krems, Austria');
    expect(openingPlace('GDANSK (AP) — The port reopened on Tuesday.')).toBe('Gdansk');
    expect(openingPlace('GDANSK ‒ Prime Minister Anna Kowalska opened the port on Tuesday.')).toBe('Gdansk');
  });

  it('is none where the opening names only the outlet, several places, or is a sentence with a dash', () => {
    expect(openingPlace('CNN — The port reopened on Tuesday.')).toBeUndefined();
    expect(openingPlace('Gdansk and Warsaw CNN — Polish forces were put on alert.')).toBeUndefined();
    expect(openingPlace('NATO — the alliance said on Tuesday — would meet again.')).toBeUndefined();
    expect(openingPlace('The port reopened on Tuesday, officials said.')).toBeUndefined();
  });

  it('becomes the place of an article given as a body, its text (and so its id) unchanged', () => {
    const body = 'Gdansk CNN — Polish forces were put on alert on Tuesday after a drone crossed the border.\n\nThe army said it was tracking it.';
    const { article } = toArticle({ origin: 'test:gdansk', title: 'Poland on alert', body, date: '2024-05-14', fallbackTime: new Date(0) }, new Date('2024-05-15T00:00:00Z'));
    expect(article.place).toBe('Gdansk');
    expect(article.paragraphs[0]).toMatch(/^Gdansk CNN — Polish forces/);
  });
});
