import { describe, expect, it } from 'vitest';
import { entityKey } from '../src/language/entities/keys.js';
import { entitiesOf, person } from './entities-helpers.js';

describe('one person, one key', () => {
  it('gives transliterated endings of one name the same key', () => {
    expect(entityKey('person', 'Oleksiy Marchenkiy')).toBe(entityKey('person', 'Oleksiy Marchenky'));
    expect(entityKey('person', 'Oleksiy Marchenkyy')).toBe(entityKey('person', 'Oleksiy Marchenky'));
    expect(entityKey('person', 'Ri Song-chol')).toBe(entityKey('person', 'Ri Song Chol'));
    // A numeral is a word of its own, and places keep their spelling.
    expect(entityKey('person', 'Ludwig II')).toBe('person:ludwig-ii');
    expect(entityKey('place', 'Hawaii')).toBe('place:hawaii');
  });

  it('reads two spellings in one article as one person', () => {
    const entities = entitiesOf('Ukrainian President Volodymyr Zelenskyy spoke in Kyiv. Zelensky said the talks would go on.');
    const people = entities.filter((e) => e.type === 'person');
    expect(people).toHaveLength(1);
    expect(people[0]!.mentions).toHaveLength(2);
  });

  it('gives a bare surname to the person with a leader title, whoever was named last', () => {
    const text = 'First lady Melania Marr visited the hospital on Monday. President Dale Marr met the governors. Ivy Marr joined her mother. Marr later signed the bill.';
    const entities = entitiesOf(text);
    expect(person(entities, 'Dale Marr').mentions.map((m) => m.text)).toEqual(['Dale Marr', 'Marr']);
    expect(person(entities, 'Ivy Marr').mentions).toHaveLength(1);
  });

  it('without a leader title, gives a bare surname to the one named first', () => {
    const entities = entitiesOf('Nora Pell opened the shop in 1990. Her brother Sam Pell joined later. Pell says the rent doubled.');
    expect(person(entities, 'Nora Pell').mentions.map((m) => m.text)).toEqual(['Nora Pell', 'Pell']);
  });

  it('never folds across a different first name', () => {
    const entities = entitiesOf('President Joe Biden spoke about his late son Beau Biden on Sunday.');
    expect(person(entities, 'Beau Biden').key).not.toBe(person(entities, 'Joe Biden').key);
  });
});

describe('places with two readings', () => {
  const typeOf = (text: string) => entitiesOf(text).find((e) => e.name === 'Georgia')?.key;

  it('reads Georgia as the US state where the article names other states or the state\'s cities', () => {
    expect(typeOf('Polls closed in Georgia and Arizona at 7 p.m. on Tuesday.')).toBe('place:georgia');
    expect(typeOf('Lines were long in Georgia, and Atlanta counted late.')).toBe('place:georgia');
  });

  it('keeps the country where the article says so, or says nothing either way', () => {
    expect(typeOf('Troops crossed into Georgia in August, and Tbilisi protested to Arizona-based observers.')).toBe('country:georgia');
    expect(typeOf('Georgia signed a trade deal with the European Union on Monday.')).toBe('country:georgia');
  });

  it('reads a state governor title with its state as one role ("Florida Gov.")', () => {
    const e = entitiesOf('Florida Gov. Ron DeSantis signed the bill. Gov. Ron DeSantis later spoke.');
    expect(e.filter((x) => x.type === 'person').map((x) => x.name)).toEqual(['Ron DeSantis']);
    expect(e.find((x) => x.name === 'Ron DeSantis')!.roles.map((r) => r.title)).toEqual(['Florida Gov.', 'Gov.']);
  });
});

describe('generation suffixes', () => {
  it('keeps a father apart from his namesake son, and gives the bare surname to the father', () => {
    const text = 'Former Mayor Walter Quill cut the ribbon. His son Walter Quill Jr. runs the firm now. Quill said the bridge was his proudest work. Quill Jr. declined to comment.';
    const entities = entitiesOf(text);
    expect(person(entities, 'Walter Quill').mentions.map((m) => m.text)).toEqual(['Walter Quill', 'Quill']);
    expect(person(entities, 'Walter Quill Jr.').mentions.map((m) => m.text)).toEqual(['Walter Quill Jr.', 'Quill Jr.']);
  });
});

describe('bare surnames beside relatives', () => {
  it('passes over a relative the article calls by her given name alone', () => {
    const text = 'Tilda Marr opened the gallery on Friday. Her father, Dale Marr, flew in for it. Tilda greeted the guests. Marr told reporters the building had been his first purchase.';
    const entities = entitiesOf(text);
    expect(person(entities, 'Dale Marr').mentions.map((m) => m.text)).toEqual(['Dale Marr', 'Marr']);
  });

  it('keeps a courtesy or past office title from splitting a leader off his bare surname', () => {
    const text = 'President Dale Marr signed the order. His son Ivo Marr watched. Years ago, as then-Sen. Marr, he opposed it. Mr. Marr said views change.';
    const entities = entitiesOf(text);
    expect(entities.filter((e) => e.type === 'person').map((e) => e.name).sort()).toEqual(['Dale Marr', 'Ivo Marr']);
    expect(person(entities, 'Dale Marr').mentions).toHaveLength(3);
  });

  it('leaves a weekday or a shouted word after a name out of it', () => {
    const entities = entitiesOf('The hearing of Dale Marr Tuesday drew crowds. Where did Dale Marr NOT go that week?');
    expect(entities.filter((e) => e.type === 'person').map((e) => e.key)).toEqual(['person:dale-marr']);
  });
});
