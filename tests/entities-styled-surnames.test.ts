import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-helpers.js';

describe('a woman’s style before a surname', () => {
  const named = (text: string) => entitiesOf(text).map((e) => `${e.name}: ${e.mentions.map((m) => m.text).join(', ')}`);

  it('is not the man the article names in full, and a plain surname after is still his', () => {
    expect(named('Prime Minister Keir Starmer defended the gifts on Monday. Lady Starmer attended a fashion show. Starmer said the rules were followed.')).toEqual([
      'Keir Starmer: Keir Starmer, Starmer',
      'Lady Starmer: Starmer',
    ]);
  });

  it('still joins a woman named in full, and a name the lists do not give to men only', () => {
    expect(named('Senator Hanna Vos spoke. Mrs. Vos later left.')).toEqual(['Hanna Vos: Hanna Vos, Vos']);
    expect(named('North Korean leader Kim Jong Un watched a launch. Mr. Kim praised the scientists.')).toEqual(['Kim Jong Un: Kim Jong Un, Kim']);
  });
});
