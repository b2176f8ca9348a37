import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-helpers.js';

const summary = (text: string): string[] => entitiesOf(text).map((e) => `${e.type}:${e.name}`);

describe('entity names', () => {
  it('keeps a known name with lower-case words inside whole', () => {
    const text = 'The Securities and Exchange Commission fined the bank, and the SEC said more cases would follow.';
    const sec = entitiesOf(text).find((e) => e.key === 'organisation:securities-and-exchange-commission');
    expect(sec?.mentions.map((m) => m.text)).toEqual(['Securities and Exchange Commission', 'SEC']);
  });

  it('reads a firm named by its first word as the firm named in full', () => {
    const text = 'Shares in Harrow & Finch fell sharply on Monday. Harrow said profits would be lower than expected.';
    const firm = entitiesOf(text).find((e) => e.type === 'organisation');
    expect(firm?.name).toBe('Harrow & Finch');
    expect(firm?.aliases).toEqual(['Harrow']);
  });

  it('reads a place name used as the surname of a person in the article as that person', () => {
    const text = 'Michael Jordan scored 40 points on Friday. Jordan said later that the team had played well in Washington.';
    const people = entitiesOf(text).filter((e) => e.type === 'person');
    expect(people.map((e) => e.mentions.map((m) => m.text))).toEqual([['Michael Jordan', 'Jordan']]);
    expect(summary(text)).toContain('place:Washington');
  });

  it('keeps name particles, capitalised or not', () => {
    const text = 'Fly-half Joost van der Westhuizen was rested, and De Wilde replaced him. Van der Westhuizen will return next week.';
    const names = summary(text);
    expect(names).toContain('person:Joost van der Westhuizen');
    expect(names).toContain('person:De Wilde');
    expect(entitiesOf(text).find((e) => e.name === 'Joost van der Westhuizen')?.aliases).toEqual(['Van der Westhuizen']);
  });

  it('keeps an Arabic article inside a name ("Karim el-Hadad") and reads the bare surname later as that person', () => {
    const text = 'Prime Minister Karim el-Hadad met the envoy on Monday, and Hadad said talks would go on. Nadia al-Rawi, his deputy, agreed with el-Hadad.';
    const people = entitiesOf(text).filter((e) => e.type === 'person');
    expect(people.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['Karim el-Hadad', ['Karim el-Hadad', 'Hadad', 'el-Hadad']],
      ['Nadia al-Rawi', ['Nadia al-Rawi']],
    ]);
    expect(summary('Anti-Hadad protesters marched in mid-March.')).not.toContain('person:mid-March');
  });

  it('reads a given name that is also a word after a title ("Secretary of State Rex Tillerson") as the name', () => {
    const text = 'The deal angered then-Secretary of State Rex Tillerson, and Defence Secretary Grant Shapps said so.';
    expect(summary(text)).toEqual(['person:Rex Tillerson', 'person:Grant Shapps']);
  });

  it('keeps "and" inside a body\'s name where the words after it name nothing of their own', () => {
    const text = 'The Food and Drug Administration and the Department of Housing and Urban Development wrote to the Bank of England and Barclays.';
    expect(summary(text)).toEqual([
      'organisation:Food and Drug Administration',
      'organisation:Department of Housing and Urban Development',
      'organisation:Bank of England',
      'organisation:Barclays',
    ]);
    const more = 'The US Centers for Disease Control and Prevention, US Customs and Border Protection and the Ministry of Defence and Foreign Office met.';
    expect(summary(more)).toEqual([
      'organisation:US Centers for Disease Control and Prevention',
      'organisation:US Customs and Border Protection',
      'organisation:Ministry of Defence',
      'organisation:Foreign Office',
    ]);
  });

  it('reads a body\'s name headed by a plural ("National Institutes of Health") as one name', () => {
    expect(summary('Data from the National Institutes of Health and the Sisters of Mercy show a rise.')).toEqual([
      'organisation:National Institutes of Health',
      'organisation:Sisters of Mercy',
    ]);
  });

  it('reads bodies by their last word ("Endowment", "Caucus", "Administration"), a consort\'s title as a title, and a people described as no one', () => {
    const text = 'Queen Consort Camilla met the Carnegie Endowment for International Peace, the Congressional Black Caucus and Black Americans in Palm Beach.';
    expect(summary(text)).toEqual([
      'person:Camilla',
      'organisation:Carnegie Endowment for International Peace',
      'organisation:Congressional Black Caucus',
      'place:Palm Beach',
    ]);
  });

  it('reads a title word opening a body\'s name as part of it ("General Staff"), and a body run into a full name as two', () => {
    const text = 'The General Staff of the Armed Forces of Ukraine said a spokesman for its Armed Forces Oleksandr Shtupun was right.';
    expect(summary(text)).toEqual(['organisation:General Staff of the Armed Forces of Ukraine', 'organisation:Armed Forces', 'person:Oleksandr Shtupun']);
  });

  it('reads a lawmaker\'s party and state ("D-Calif.", "R-Georgia") as nothing of its own', () => {
    expect(summary('Rep. Lena Hofer, D-Calif., and Sen. Dale Marr, R-Georgia, spoke.')).toEqual(['person:Lena Hofer', 'person:Dale Marr']);
  });

  it('leaves a question\'s verb out of a name, reads a relative named after "his wife" as a person, and a ticket ("Marr-Venn administration") as no person', () => {
    expect(summary('Is Lena Hofer ready? Did Dale Marr know?')).toEqual(['person:Lena Hofer', 'person:Dale Marr']);
    expect(summary('Marr flew in with his wife Ottilia on Monday.')).toContain('person:Ottilia');
    expect(summary('The Marr-Venn administration said so.')).toEqual(['organisation:Marr-Venn']);
  });

  it('reads names listed with where each is from ("Sens. Dale Marr of Ohio and Ottilie Brask of Arizona") as people, not places', () => {
    const names = summary('The bill stalled amid opposition from Democratic Sens. Dale Marr of Ohio and Ottilie Brask of Arizona.');
    expect(names).toEqual(['person:Dale Marr', 'place:Ohio', 'person:Ottilie Brask', 'place:Arizona']);
  });

  it('reads a name after "from" that ends in the surname of someone named in full as a person of that family, not a place', () => {
    expect(summary('President Dale Marr spoke. Officials read messages from Ottilie Marr\'s phone.')).toEqual(['person:Dale Marr', 'person:Ottilie Marr']);
  });

  it('reads a given name before "and" and a full name ("Dale and Ottilie Marr") as sharing the surname, and a bare surname after as the first named', () => {
    const people = entitiesOf('Dale and Ottilie Marr wrote in a statement that the queen was kind. Marr wrote later.').filter((e) => e.type === 'person');
    expect(people.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['Dale Marr', ['Dale', 'Marr']],
      ['Ottilie Marr', ['Ottilie Marr']],
    ]);
  });

  it('reads "Speaker of the House" as a title, and "the House" after it as the chamber', () => {
    const names = summary('Speaker of the House Lena Hofer said the House would vote.');
    expect(names).toEqual(['person:Lena Hofer', 'organisation:House']);
  });

  it('reads a title word as a surname when the article names the person', () => {
    const text = 'Captain Billie Jean King named her team on Tuesday. "We need everybody," King said.';
    const king = entitiesOf(text).find((e) => e.name === 'Billie Jean King');
    expect(king?.mentions).toHaveLength(2);
  });

  it('drops capitalised runs of ordinary words such as song titles', () => {
    const text = 'The band closed the show with Love Train and My City Was Gone, joined on stage by Percy Sledge.';
    expect(summary(text)).toEqual(['person:Percy Sledge']);
  });

  it('reads a lone unknown capitalised word after "the" and before a verb of saying as an organisation', () => {
    const text = 'The Sentinel said on Sunday that the mayor would resign.';
    expect(summary(text)).toEqual(['organisation:Sentinel']);
  });

  it('reads an initial before a known place name as a person ("I. Austin")', () => {
    expect(summary('Bowling for the visitors, I. Austin took four wickets.')).toEqual(['person:I. Austin']);
  });

  it('reads a name ending in an ordinary word as an organisation, not a person', () => {
    const text = 'Analysts at Harbour Asset Management and Blue Lantern Capital expect a rate cut.';
    expect(summary(text)).toEqual(['organisation:Harbour Asset Management', 'organisation:Blue Lantern Capital']);
  });

  it('reads a name after a role noun as a person even when it ends in a place name', () => {
    const text = 'Defending champion Tavaresz Boston lost in the first round.';
    expect(summary(text)).toEqual(['person:Tavaresz Boston']);
  });
});
