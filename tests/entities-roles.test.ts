import { describe, expect, it } from 'vitest';
import { fixture, entitiesOf, person, titles } from './entities-helpers.js';


describe('entity roles', () => {
  const baltic = entitiesOf(fixture('baltic-energy-summit.txt'));
  const pacific = entitiesOf(fixture('pacific-security.txt'));

  it('reads a nationality and title before a name as the role of a leader', () => {
    const scholz = person(baltic, 'Olaf Scholz');
    expect(titles(scholz)).toEqual(['German Chancellor']);
    expect(scholz.leader).toBe(true);
    expect(titles(person(pacific, 'Yoon Suk Yeol'))).toEqual(['South Korean President']);
  });

  it('reads a lower-case role before a name ("Venezuelan leader")', () => {
    const maduro = person(entitiesOf('Talks stalled after Venezuelan leader Nicolas Maduro rejected the offer.'), 'Nicolas Maduro');
    expect(titles(maduro)).toEqual(['Venezuelan leader']);
    expect(maduro.leader).toBe(true);
  });

  it('reads a bare title before a name ("Chancellor", "President")', () => {
    const entities = entitiesOf('The budget was approved after Chancellor Rachel Reeves spoke. President Lula da Silva welcomed the deal.');
    expect(titles(person(entities, 'Rachel Reeves'))).toEqual(['Chancellor']);
    expect(person(entities, 'Lula da Silva').leader).toBe(true);
  });

  it('leaves how the writer places a holder ("far-right", "embattled") out of the office', () => {
    const text = 'Far-right President Dale Marr lost on Sunday. Embattled Prime Minister Lena Hofer resigned.';
    expect(titles(person(entitiesOf(text), 'Dale Marr'))).toEqual(['President']);
    expect(titles(person(entitiesOf(text), 'Lena Hofer'))).toEqual(['Prime Minister']);
    const placed = entitiesOf('Hard-right Hungarian prime minister Ivo Lusk spoke. Longtime Senate leader Ada Lunn did not.');
    expect(titles(person(placed, 'Ivo Lusk'))).toEqual(['Hungarian prime minister']);
    expect(titles(person(placed, 'Ada Lunn'))).toEqual(['Senate leader']);
  });

  it('reads what an office is of as part of its title, up to the name ("Director of National Intelligence Ada Lunn")', () => {
    const text = 'Director of National Intelligence Ada Lunn spoke. He met Chancellor of the Exchequer Dale Marr and the Archbishop of Canterbury.';
    const entities = entitiesOf(text);
    expect(titles(person(entities, 'Ada Lunn'))).toEqual(['Director of National Intelligence']);
    expect(titles(person(entities, 'Dale Marr'))).toEqual(['Chancellor of the Exchequer']);
    expect(titles(person(entitiesOf('Joint Chiefs Chairman Gen. Ivo Lusk spoke.'), 'Ivo Lusk'))).toEqual(['Joint Chiefs Chairman']);
    expect(entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Ada Lunn', 'Dale Marr']);
    // What the office is of, with no name after it, is no one: not "of Lancaster", not "of Ukraine".
    const offices = entitiesOf('Shadow Chancellor of the Duchy of Lancaster spoke. The President of the Republic of Moravia left.');
    expect(offices.filter((e) => e.type === 'person' && /^of\b/i.test(e.name))).toEqual([]);
  });

  it('marks "then-" and "former" roles as held in the past, and not as making a leader now', () => {
    const trump = person(pacific, 'Donald Trump');
    expect(titles(trump)).toEqual(['U.S. President (former)']);
    expect(trump.leader).toBe(false);
    const skvernelis = person(baltic, 'Saulius Skvernelis');
    expect(titles(skvernelis)).toEqual(['Prime Minister (former)']);
    expect(skvernelis.leader).toBe(false);
  });

  it('reads a role given in apposition after the name', () => {
    const kallas = person(baltic, 'Kaja Kallas');
    expect(titles(kallas)).toEqual(['Estonian prime minister']);
    expect(kallas.leader).toBe(true);
  });

  it('keeps an "of" complement in an apposed role and marks the armed-forces chief a leader', () => {
    const general = person(pacific, 'Kim Seung-kyum');
    expect(titles(general)).toContain('chairman of the Joint Chiefs of Staff');
    expect(general.leader).toBe(true);
  });

  it('gives no role for a relative clause, only the person', () => {
    const kishida = person(pacific, 'Fumio Kishida');
    expect(kishida.mentions.map((m) => m.text)).toEqual(['Fumio Kishida', 'Kishida']);
    expect(titles(kishida)).toEqual(['Japanese Prime Minister']);
    const simonyte = person(baltic, 'Ingrida Simonyte');
    expect(titles(simonyte)).toEqual(['Lithuanian Prime Minister']);
  });

  it('does not make leaders of deputies, company heads or spokesmen', () => {
    const harris = person(pacific, 'Kamala Harris');
    expect(titles(harris)).toEqual(['Vice President']);
    expect(harris.leader).toBe(false);
    const cook = person(baltic, 'Tim Cook');
    expect(titles(cook)).toEqual(['Apple Chief Executive']);
    expect(cook.leader).toBe(false);
    const peskov = person(entitiesOf(fixture('wire-headlines.txt')), 'Dmitry Peskov');
    expect(titles(peskov)).toEqual(['Kremlin spokesman']);
    expect(peskov.leader).toBe(false);
  });

  it('reads a person after an honorific without making the honorific a role', () => {
    const entities = entitiesOf('The minister met Mr. Okonkwo on Friday, and Dr. Amara Diallo later joined them.');
    expect(titles(person(entities, 'Okonkwo'))).toEqual([]);
    expect(person(entities, 'Amara Diallo').type).toBe('person');
  });
});

describe('a title cut short', () => {
  it('gives no role when the name ran into what the office is of ("Managing Director of")', () => {
    const entities = entitiesOf('Research Manager of the Lena Hart said demand grew. Managing Director of Pell Arden, Tomas Vik, agreed.');
    for (const e of entities) expect(e.roles.map((r) => r.title).filter((t) => /\b(?:of|the)$/.test(t))).toEqual([]);
    expect(titles(person(entitiesOf('Secretary of State Antony Blinken spoke on Monday.'), 'Antony Blinken'))).toEqual(['Secretary of State']);
  });
});

describe('an office someone is named for', () => {
  it('is not yet held: "pick for attorney general, Ada Lunn", "choice for Defense Secretary Ada Lunn"', () => {
    const notHeld = (text: string, name: string) => person(entitiesOf(text), name).roles.map((r) => `${r.title}${r.notHeld ? ' (not held)' : ''}`);
    expect(notHeld("Pressure grew on Monday for Trump's pick for attorney general, Ada Lunn, who faces an inquiry.", 'Ada Lunn')).toEqual(['attorney general (not held)']);
    expect(notHeld("Trump's choice for Defense Secretary Tomas Vik spoke on Monday.", 'Tomas Vik')).toEqual(['Defense Secretary (not held)']);
    // "for" alone is no nomination.
    expect(notHeld('He paid for Attorney General Ada Lunn to travel.', 'Ada Lunn')).toEqual(['Attorney General']);
  });
});
