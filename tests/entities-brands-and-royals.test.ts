import { describe, expect, it } from 'vitest';
import { brandShaped } from '../src/language/entities/word-facts.js';
import { entitiesOf } from './entities-helpers.js';

const named = (text: string, type: string): string[] => entitiesOf(text).filter((e) => e.type === type).map((e) => e.name);

describe('names that are firms by their shape', () => {
  it('reads a name holding a brand-shaped word as a firm or product, not a person', () => {
    const text = 'Soldiers near Kherson rely on OrbitNet Skylink terminals. BrightPath said on Monday it would send more of them.';
    expect(named(text, 'person')).toEqual([]);
    expect(named(text, 'organisation')).toEqual(['OrbitNet Skylink', 'BrightPath']);
  });

  it('keeps people whose names carry a capital after a name prefix ("McAllister", "DeLuca", "LaToya")', () => {
    expect(named('Ruth McAllister said the vote would wait. Dario DeLuca said he agreed. LaToya Briggs said nothing.', 'person')).toEqual([
      'Ruth McAllister',
      'Dario DeLuca',
      'LaToya Briggs',
    ]);
  });

  it('reads "YouTuber" before a name as the person\'s calling, and a handle or a quoted nickname as no firm', () => {
    const found = entitiesOf('Her favourite is the 20-year-old YouTuber Mara Quill’s podcast. Police wrote on X (@HarbourPolice) that the road was shut. An aide known as “BigWave” left.');
    expect(found.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Mara Quill']);
    expect(found.filter((e) => e.type === 'organisation').map((e) => e.name)).toEqual([]);
  });

  it('tells brand shapes from name shapes word by word', () => {
    expect(['SpaceX', 'TikTok', 'YouTube', 'OpenAI', 'BlackRock'].filter(brandShaped)).toHaveLength(5);
    expect(['McConnell', 'MacArthur', 'DeSantis', 'LeBron', 'DiCaprio', 'FitzGerald', 'Biden', 'NATO', 'O\'Neill'].filter(brandShaped)).toEqual([]);
  });
});

describe('couples named with one surname', () => {
  it('gives a royal\'s given name no surname from the name after "and"', () => {
    const people = named('Princess Margaret and Tomas Everly divorced in 1992, the palace said.', 'person');
    expect(people).toContain('Tomas Everly');
    expect(people).not.toContain('Margaret Everly');
  });

  it('still shares the surname of a plain couple ("Joe and Jill Kessler")', () => {
    expect(named('Joe and Jill Kessler arrived in Dover on Friday.', 'person')).toEqual(['Joe Kessler', 'Jill Kessler']);
  });
});

describe('a surname alone among relatives', () => {
  it('reads it as the person the article is about, not a relative it names as such ("son of", "brother to")', () => {
    const found = entitiesOf(
      'The governor named Edwin T. Marsh Jr. to lead the agency. Marsh, 70, is the son of Edwin T. Marsh, brother to President Carl D. Marsh. Marsh also ran for governor this year.',
    );
    const junior = found.find((e) => e.name === 'Edwin T. Marsh Jr.')!;
    expect(junior.mentions.map((m) => m.text)).toEqual(['Edwin T. Marsh Jr.', 'Marsh', 'Marsh']);
    expect(found.find((e) => e.name === 'Carl D. Marsh')!.mentions).toHaveLength(1);
  });

  it('still reads a bare surname as the titled parent when no one is named as a relative, or another of the name is not', () => {
    const found = entitiesOf('Donald Vance Jr. spoke first. President Donald Vance followed him. Vance said the talks went well.');
    expect(found.find((e) => e.name === 'Donald Vance')!.mentions.map((m) => m.text)).toEqual(['Donald Vance', 'Vance']);
    const son = entitiesOf('Marcus Vance, son of President Donald Vance, appeared in court on Tuesday. Vance said he loved his son.');
    expect(son.find((e) => e.name === 'Donald Vance')!.mentions.map((m) => m.text)).toEqual(['Donald Vance', 'Vance']);
  });
});

describe('royal names', () => {
  it('reads a lone name among monarchs of one name as the one the article names first', () => {
    const found = entitiesOf('Parliament proclaimed Anselm X as king on Sunday. His grandfather, King Anselm IX, reigned until 1972. Anselm waved to the crowds.');
    const tenth = found.find((e) => e.name === 'Anselm X')!;
    expect(tenth.mentions.map((m) => m.text)).toEqual(['Anselm X', 'Anselm']);
    expect(found.find((e) => e.name === 'Anselm IX')!.mentions).toHaveLength(1);
  });

  it('ends a titled one-word name at "of" and its country ("King Abdullah of Jordan")', () => {
    const found = entitiesOf('King Abdullah of Jordan met the delegation in Amman on Monday.');
    expect(found.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Abdullah']);
    expect(found.some((e) => e.key === 'country:jordan')).toBe(true);
  });

  it('reads a title word opening a body\'s name as part of it ("Queen Mary University of London"), not a titled person', () => {
    const found = entitiesOf('Tim Ashby, a historian at Queen Mary University of London, said the vote was close.');
    expect(found.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Tim Ashby']);
    expect(found.filter((e) => e.type === 'organisation').map((e) => e.name)).toEqual(['Queen Mary University of London']);
  });
});
