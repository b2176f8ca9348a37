import { describe, expect, it } from 'vitest';
import { withEntitiesRead } from '../src/ingest/leftover-entities.js';
import { toArticle } from '../src/ingest/to-article.js';

describe('character references left in a text', () => {
  it('reads them as the characters they stand for, numbers of 128–159 as browsers do', () => {
    expect(withEntitiesRead('&#151; -- Ada Lunn has an explanation')).toBe('— -- Ada Lunn has an explanation');
    expect(withEntitiesRead('it&#039;s a Q&amp;A with &quot;Lunn&quot; &#x2019;')).toBe('it\'s a Q&A with "Lunn" ’');
  });

  it('leaves what is no reference as written', () => {
    expect(withEntitiesRead('AT&T and R&D; &bogus; &#0; fish & chips')).toBe('AT&T and R&D; &bogus; &#0; fish & chips');
  });

  it('reads an article\'s headline and text with them read', () => {
    const { article } = toArticle(
      { origin: 'test:entities', fallbackTime: new Date(0), title: 'Lunn&#039;s harbour plan', body: 'Mayor Ada Lunn&#039;s plan was approved on Tuesday &#151; after a long fight.', date: '2024-06-04' },
      new Date('2024-06-10T00:00:00Z'),
    );
    expect(article.title).toBe("Lunn's harbour plan");
    expect(article.paragraphs[0]).toBe("Mayor Ada Lunn's plan was approved on Tuesday — after a long fight.");
  });
});
