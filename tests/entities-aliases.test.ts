import { describe, expect, it } from 'vitest';
import { fixture, entitiesOf, byKey } from './entities-helpers.js';


describe('entity aliases', () => {
  it('links a surname alone to the full name given earlier', () => {
    const entities = entitiesOf(fixture('baltic-energy-summit.txt'));
    const scholz = byKey(entities, 'person:olaf-scholz');
    expect(scholz.name).toBe('Olaf Scholz');
    expect(scholz.aliases).toContain('Scholz');
    expect(scholz.mentions.map((m) => m.text)).toEqual(['Olaf Scholz', 'Scholz']);
    expect(entities.some((e) => e.key === 'person:scholz')).toBe(false);
  });

  it('links a family name written first, choosing the person named last when two share it', () => {
    const entities = entitiesOf(fixture('pacific-security.txt'));
    const kim = byKey(entities, 'person:kim-jong-un');
    expect(kim.mentions.map((m) => m.text)).toContain('Kim');
    expect(byKey(entities, 'person:kim-seung-kyum').mentions).toHaveLength(1);
    expect(entities.some((e) => e.key === 'person:kim')).toBe(false);
  });

  it('treats hyphen and space variants of a name as one person', () => {
    const kim = byKey(entitiesOf(fixture('pacific-security.txt')), 'person:kim-jong-un');
    expect(kim.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['Kim Jong-un', 'Kim Jong Un']));
  });

  it('joins an acronym given in brackets to the name before it', () => {
    const grid = byKey(entitiesOf(fixture('baltic-energy-summit.txt')), 'organisation:baltic-grid-operators-association');
    expect(grid.aliases).toEqual(['BGOA']);
    expect(grid.mentions).toHaveLength(3);
  });

  it('joins an acronym made of the initials of a name in the article', () => {
    const text = 'The Nordic Shipping Safety Council published its findings on Monday. A spokesman for the NSSC said the report was overdue.';
    const council = byKey(entitiesOf(text), 'organisation:nordic-shipping-safety-council');
    expect(council.aliases).toEqual(['NSSC']);
  });

  it('gives a well-known acronym seen alone the key of its full name', () => {
    const text = 'Ministers meeting in Brussels said NATO would send more air defence systems.';
    expect(entitiesOf(text).map((e) => e.key)).toContain('organisation:north-atlantic-treaty-organization');
  });

  it('makes one country of "the U.S.", "US", "United States" and "America"', () => {
    const text =
      'The U.S. imposed new tariffs on steel on Friday. Officials in the United States said the measures were temporary. ' +
      'Exporters said US buyers had already cancelled orders, and one warned that America risked a trade war.';
    const countries = entitiesOf(text).filter((e) => e.type === 'country');
    expect(countries.map((e) => e.key)).toEqual(['country:united-states']);
    expect(countries[0]!.name).toBe('United States');
    expect(countries[0]!.aliases).toEqual(expect.arrayContaining(['U.S.', 'US', 'America']));
  });

  it('gives the same person the same key in two different articles', () => {
    const first = entitiesOf('Venezuelan President Nicolas Maduro said on Monday that talks would resume.');
    const second = entitiesOf('The opposition rejected an offer by Nicolas Maduro. Maduro did not respond.');
    expect(byKey(first, 'person:nicolas-maduro').type).toBe('person');
    expect(byKey(second, 'person:nicolas-maduro').mentions).toHaveLength(2);
  });
});
