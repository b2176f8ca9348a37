import { describe, expect, it } from 'vitest';
import { entitiesOf, person, titles } from './entities-helpers.js';

describe('roles on real-news sentence shapes', () => {
  it('never takes a sentence-opening conjunction, adverb or preposition into a role', () => {
    const when = entitiesOf('When President Arlo Venn landed in Ostrava, crowds lined the road.');
    expect(titles(person(when, 'Arlo Venn'))).toEqual(['President']);
    const but = entitiesOf('But Freedonian President Imre Tolnai refused to sign the accord.');
    expect(titles(person(but, 'Imre Tolnai'))).toEqual(['Freedonian President']);
    const under = entitiesOf('Under Prime Minister Dana Holt, the budget doubled.');
    expect(titles(person(under, 'Dana Holt'))).toEqual(['Prime Minister']);
    // An inverted reporting verb ("Added Speaker Venn in remarks…") is no part of the title.
    const added = entitiesOf('The bill passed on Friday. Added Speaker Arlo Venn in remarks to reporters: “We kept our word.”');
    expect(titles(person(added, 'Arlo Venn'))).toEqual(['Speaker']);
    const whether = entitiesOf('Whether Chinese leader Xi Jinping will attend is unclear.');
    expect(titles(person(whether, 'Xi Jinping'))).toEqual(['Chinese leader']);
  });

  it('reads an epithet before a full name the article also writes alone as no part of it ("Crooked Ann Poe")', () => {
    const found = entitiesOf('Karl Novak said that Crooked Ann Poe lied. Ann Poe denied it. Andrés Manuel López Obrador spoke; Manuel López Obrador left.').map((e) => `${e.name}:${e.type}`);
    expect(found).toContain('Ann Poe:person');
    expect(found.some((n) => n.startsWith('Crooked'))).toBe(false);
    // A foreign given name is never read as an epithet.
    expect(found).toContain('Andrés Manuel López Obrador:person');
  });

  it('reads a quoted nickname inside a name as part of that one person, found again by the nickname alone', () => {
    const found = entitiesOf('Ferdinand "Bongbong" Marcos Jr. won the vote. Ferdinand Marcos Jr. thanked voters. Marcos spoke. Luiz Inácio “Lula” da Silva won too. Lula smiled.');
    const people = found.filter((e) => e.type === 'person').map((e) => `${e.key}:${e.mentions.length}`);
    expect(people).toEqual(['person:ferdinand-marcos-jr:3', 'person:luiz-inacio-da-silva:2']);
    // After a title, and beside the name written without the quotes, it is still one person.
    const titled = entitiesOf('Brazilian President Tomas Ilie “Ruvo” da Costa spoke. Later Tomas Ilie Ruvo da Costa left. Allies say Ruvo won.');
    expect(titled.filter((e) => e.type === 'person').map((e) => `${e.key}:${e.mentions.length}`)).toEqual(['person:tomas-ilie-ruvo-da-costa:3']);
  });

  it('reads a long name\'s middle word alone as the name it goes by, where one person has it', () => {
    const found = entitiesOf('Tomas Ilie Ruvo da Costa won on Sunday. Ruvo said he would govern for all.');
    expect(found.filter((e) => e.type === 'person').map((e) => `${e.key}:${e.mentions.length}`)).toEqual(['person:tomas-ilie-ruvo-da-costa:2']);
  });

  it('gives a bare surname to the only person of that name even when written with "Jr." or "Sr."', () => {
    const found = entitiesOf('Abraham Bolden Sr. was pardoned. Bolden said he was grateful.');
    expect(found.filter((e) => e.type === 'person').map((e) => e.mentions.length)).toEqual([2]);
  });

  it('never takes the nationality inside a compound ("pro-Moravian", "Moravian-backed") as the holder’s', () => {
    const pro = entitiesOf('After the pro-Moravian then-President, Pavel Drozd, fled to Brno, crowds cheered.');
    expect(titles(person(pro, 'Pavel Drozd'))).toEqual(['President (former)']);
    const backed = entitiesOf('Protests ousted Moravian-backed President Pavel Drozd in 2014.');
    expect(titles(person(backed, 'Pavel Drozd'))).toEqual(['President']);
    const plain = entitiesOf('Moravian President Pavel Drozd spoke. Vice-President Ana Lee spoke.');
    expect(titles(person(plain, 'Pavel Drozd'))).toEqual(['Moravian President']);
    expect(titles(person(plain, 'Ana Lee'))).toEqual(['Vice-President']);
  });

  it('reads the word after a wire dateline\'s bracket ("Ostrava (CNN) When…") as opening the sentence', () => {
    const after = entitiesOf('Ostrava (CNN) When President Arlo Venn landed on Friday, crowds lined the road.');
    expect(titles(person(after, 'Arlo Venn'))).toEqual(['President']);
    expect(after.map((e) => e.name)).not.toContain('When President Arlo Venn');
  });

  it('drops styles of address and photo credits before a title', () => {
    const holiness = entitiesOf('His Holiness Pope Gregor received the pilgrims on Sunday.');
    expect(titles(person(holiness, 'Gregor'))).toEqual(['Pope']);
    const credit = entitiesOf('Crowds gathered outside the palace. AFP/Getty Images Russian President Boris Orlov waves to supporters.');
    expect(titles(person(credit, 'Boris Orlov'))).toEqual(['Russian President']);
  });

  it('splits a photographer\'s credit from the titled name that follows it', () => {
    const entities = entitiesOf('AP Photo/Nina Brandt President Arlo Venn speaks in the garden.');
    expect(entities.filter((e) => e.type === 'person').map((e) => `${e.name}: ${titles(e).join(', ')}`)).toEqual(['Arlo Venn: President']);
  });

  it('never folds a name titled otherwise into a namesake ("King Salman" is not "Crown Prince … bin Salman")', () => {
    const entities = entitiesOf('Freedonian King Omar met Crown Prince Khalid bin Omar on Monday in the capital.');
    expect(entities.filter((e) => e.type === 'person').map((e) => e.name).sort()).toEqual(['Khalid bin Omar', 'Omar']);
  });

  it('drops an outlet\'s dateline run into a title ("(CNN) Australian Prime Minister …")', () => {
    expect(titles(person(entitiesOf('(CNN) Australian Prime Minister Rob Kell said on Monday the deal was done.'), 'Rob Kell'))).toEqual(['Australian Prime Minister']);
  });

  it('keeps a company or office before a title ("Tesla CEO", "House Speaker")', () => {
    expect(titles(person(entitiesOf('Tesla CEO Elon Musk spoke at the fair.'), 'Elon Musk'))).toEqual(['Tesla CEO']);
    expect(titles(person(entitiesOf('On Monday, House Speaker Mara Quill called a vote.'), 'Mara Quill'))).toEqual(['House Speaker']);
  });

  it('does not give a name the title of the next person in a list', () => {
    const text = 'The delegation included Vice President Lena Ortiz, Secretary of State Paul Ferrer and two senators.';
    const entities = entitiesOf(text);
    expect(titles(person(entities, 'Lena Ortiz'))).toEqual(['Vice President']);
    expect(titles(person(entities, 'Paul Ferrer'))).toEqual(['Secretary of State']);
  });

  it('takes no role from inside a quotation: the speaker\'s wording is not the article stating the office', () => {
    const quotedOnly = entitiesOf('Supporters chanted: “President Dale Marr will win again.” Dale Marr waved from the stage.');
    expect(titles(person(quotedOnly, 'Dale Marr'))).toEqual([]);
    const closedQuote = entitiesOf('The “historic” visit by President Ana Reyes ended on Monday.');
    expect(titles(person(closedQuote, 'Ana Reyes'))).toEqual(['President']);
  });

  it('does not make an incoming officeholder a leader', () => {
    const tom = person(entitiesOf('Incoming Prime Minister Tom Varga met the outgoing cabinet.'), 'Tom Varga');
    expect(tom.leader).toBe(false);
  });
});

describe('names that are no person', () => {
  const names = (text: string): string[] => entitiesOf(text).map((e) => `${e.name}:${e.type}`);

  it('never makes a byline, a contact line or a photographer a person', () => {
    const text = 'By Jane Marlow and Rob Tuck, USA TODAY\n\nThe senate voted on Tuesday.\n\nJane Marlow on Twitter @janemarlow.\n\nSoldiers rest near the front. Petra Kovac/AFP/Getty Images';
    expect(names(text).filter((n) => n.endsWith(':person'))).toEqual([]);
  });

  it('never makes a writer\'s note at the foot, a minus-sign signature or the writer\'s surname alone a person', () => {
    const foot = 'The senate voted on Tuesday.\n\n−Lena Pruitt\n\nLena Pruitt is a trending news reporter at USA TODAY.\n\nOwen Marsh and Ada Kemp cover the White House. Follow Marsh on';
    expect(names(foot).filter((n) => n.endsWith(':person'))).toEqual([]);
    // Someone else the article names with the writer's surname keeps it.
    const namesake = names('Sen. Ivy Marsh spoke on Monday. Marsh said no.\n\nOwen Marsh covers Congress.');
    expect(namesake).toContain('Ivy Marsh:person');
    expect(namesake.filter((n) => n.endsWith(':person'))).toEqual(['Ivy Marsh:person']);
  });

  it('never makes a live blog signature, a contributors line or a writer\'s later mentions a person', () => {
    const text = 'The aid passed on Monday.\n\n— Jane Marlow\n\nTroops advanced.\n\n-- Karl Ebb and Ida Roth\n\nContributing: Lee Fenn\n\nFollow Marlow on Twitter.\n\nJane Marlow covers the capital.';
    expect(names(text).filter((n) => n.endsWith(':person'))).toEqual([]);
  });

  it('reads a name glued to "-related", "-leaning" and the like as the name alone', () => {
    const found = names('Lawmakers blocked Otto Brandt-related subpoenas on Monday, and Brandt-aligned groups objected.');
    expect(found).toContain('Otto Brandt:person');
    expect(found.some((n) => /-(?:related|aligned)/.test(n))).toBe(false);
  });

  it('never makes a clause of a law ("Title 42", "Title IX", "Section 230") or two known names joined ("US-Mexico border") an entity', () => {
    const found = names('He cited Title 42, Title IX and Section 230 at the US-Mexico border, as the Israel-Hamas war went on and Coca-Cola sued Title Insurance Company.');
    expect(found).toEqual(['Coca-Cola:organisation', 'Title Insurance Company:organisation']);
  });

  it('reads a dash that closes a quotation, or stands before a surname alone, as the speaker\'s credit, not a signature', () => {
    const text = '“The border is not secure,” he said at the debate.\n\n“We will close it on day one.”\n\n– Brandt\n\nGov. Otto Brandt signed the bill in May. Brandt said it worked.';
    expect(names(text)).toContain('Otto Brandt:person');
    const credited = 'Nobody expected the vote to pass.”\n\n— Otto Brandt\n\nBrandt later defended the plan on Monday.';
    expect(names(credited)).toContain('Otto Brandt:person');
  });

  it('never makes the parties of a court case people, nor the player chrome of a video', () => {
    expect(names('The ruling in Roe v. Wade was overturned in June.')).toEqual([]);
    expect(names('Analysis: what comes next Replay More Videos on the war.').filter((n) => n.endsWith(':person'))).toEqual([]);
  });

  it('reads names over an agency’s line at the top of the article as its writers', () => {
    const text = 'Ann Poe, Tom Ray and Ida Lund\n\nReuters\n\nOSTRAVA, (Reuters) - Mayor Karel Novak opened the new bridge on Friday.';
    expect(names(text).filter((n) => n.endsWith(':person'))).toEqual(['Karel Novak:person']);
    // A sentence naming people in the story is no byline, wherever it stands.
    const story = 'Ann Poe, Tom Ray and Ida Lund met the mayor.\n\nReuters\n\nThe bridge opened on Friday.';
    expect(names(story)).toContain('Ann Poe:person');
  });

  it('reads a name alone on its line as a signature only when the article gives it a byline', () => {
    const signed = 'Rain closed the border crossing on Monday.\n\nJane Marlow\n\nJane Marlow on Twitter @janemarlow.';
    expect(names(signed).filter((n) => n.endsWith(':person'))).toEqual([]);
    const listed = 'Two candidates remain.\n\nOtto Brandt\n\nThe count resumes on Monday.';
    expect(names(listed)).toContain('Otto Brandt:person');
  });

  it('reads a street named street word first ("Avenida Paulista", "Calle Ocho") as a place, not a person', () => {
    const found = entitiesOf('Supporters thronged Recife Avenida Boa Viagem on Sunday. Others danced on Calle Ocho in Miami.');
    expect(found.filter((e) => e.type === 'person')).toEqual([]);
    expect(found.filter((e) => e.type === 'place').map((e) => e.name)).toContain('Calle Ocho');
  });

  it('never makes a war, a programme, a time zone or a bare title an entity', () => {
    const text = 'Veterans of World War II met in Dayton. Social Security checks rise in May. The speech starts at 8 p.m. ET on Friday. The President said he would veto it.';
    const found = names(text);
    expect(found.some((n) => /World War|Social Security|^ET:|^President:/.test(n))).toBe(false);
    expect(found).toContain('Dayton:place');
    // Gallery labels are no one: "Photos: …", "World War I Photos".
    const gallery = names('Photos: Mayor Ada Lunn at the harbour. World War I Photos show the trenches.');
    expect(gallery.filter((n) => /Photos/.test(n))).toEqual([]);
    // A base, a chapel, a party adjective, a jubilee and a platform are no one either.
    const things = names('Lunn landed at Joint Base Ardmore on Friday. The King Otto II Memorial Chapel is small. House Democratic aides met. The Platinum Jubilee ended. She posted on Bluesky.');
    expect(things.filter((n) => n.endsWith(':person'))).toEqual([]);
    expect(things).toContain('Joint Base Ardmore:place');
  });

  it('never makes a policy, an address or a variant a body ("Brexit", "State of the Union", "Omicron")', () => {
    const found = names('Prime Minister Ada Wren promised to get Brexit done. The Omicron variant spread. She gave the State of the Union on Tuesday.');
    expect(found.filter((n) => /Brexit|Omicron|State of the Union/.test(n))).toEqual([]);
    expect(found).toContain('Ada Wren:person');
  });

  it('never makes the abbreviation of "number" an entity ("the No. 2 Democrat", "outside No. 10")', () => {
    const found = names('Senator Ada Wren is the No. 2 Democrat in the Senate. Protesters gathered outside No. 10 on Tuesday.');
    expect(found.filter((n) => n.startsWith('No'))).toEqual([]);
    expect(found).toContain('Ada Wren:person');
  });

  it('reads a surname before "administration" or "campaign" as a person, never an organisation', () => {
    expect(names('On Monday, the Marbury administration sent more aid.')).toEqual(['Marbury:person']);
    expect(names('Staff said on Friday that the Kessel campaign ran out of money.')).toEqual(['Kessel:person']);
  });

  it('reads "the West" of world affairs as no entity: a bloc of opinion, not a place or a body', () => {
    expect(names('Ministers in Ostrava blamed the West for the shortages.')).toEqual(['Ostrava:place']);
    expect(names('Talks between Freedonia and the East stalled on Monday.').filter((n) => n.startsWith('East'))).toEqual([]);
    expect(names('Ministers met in West Ostrava on Monday.')).toContain('West Ostrava:place');
  });

  it('reads a capitalised abstract noun after "the" as a document or an idea, not an organisation', () => {
    expect(names('The senator said the Constitution protects the vote.')).toEqual([]);
    expect(names('Leaders of the Resistance met Arlo Venn on Monday.')).toEqual(['Arlo Venn:person']);
    expect(names('On Monday the Government of Freedonia fell.').some((n) => n.startsWith('Government'))).toBe(true);
  });

  it('reads a chamber with its party members as a group, not a person', () => {
    expect(names('On Friday, House Democrats rejected the plan.')).toEqual(['House Democrats:organisation']);
  });
});

describe('roles held at another time than the article', () => {
  const held = (text: string, name: string) =>
    entitiesOf(text)
      .find((e) => e.name === name)!
      .roles.map((r) => `${r.title}${r.former ? ' (former)' : ''}${r.notHeld ? ' (not held)' : ''}`);

  it('marks a then- title, a look back under a title and a title not yet taken up', () => {
    expect(held('The law was signed by then-Gov. Rhea Vance in 2009.', 'Rhea Vance')).toEqual(['Gov. (former) (not held)']);
    expect(held('Tariffs rose under President Rhea Vance, the report found.', 'Rhea Vance')).toEqual(['President (not held)']);
    expect(held('Presumptive nominee Rhea Vance toured three states on Friday.', 'Rhea Vance')).toEqual(['Presumptive nominee (not held)']);
    expect(held('The mayor and presumptive Green nominee Rhea Vance spoke first.', 'Rhea Vance')).toEqual(['Green nominee (not held)']);
    expect(held('Exports grew during President Rhea Vance’s second term.', 'Rhea Vance')).toEqual(['President (not held)']);
  });

  it('keeps a plain title as held, and not an outgoing or next one (the article may date from after the hand-over)', () => {
    expect(held('Gov. Rhea Vance signed the budget on Friday.', 'Rhea Vance')).toEqual(['Gov.']);
    expect(held('Outgoing Gov. Rhea Vance signed the budget on Friday.', 'Rhea Vance')).toEqual(['Outgoing Gov. (not held)']);
    expect(held('Next Prime Minister Rhea Vance spoke on Friday.', 'Rhea Vance')).toEqual(['Prime Minister (not held)']);
  });

  it('reads every title of a sentence opening "Under …" or following "served" as a look back', () => {
    expect(held('Under the rule of Prime Minister Dana Holt, Foreign Minister Rhea Vance and others, trade grew.', 'Rhea Vance')).toEqual(['Foreign Minister (not held)']);
    expect(held('Ivo Marr served as an aide to President Rhea Vance for two years.', 'Rhea Vance')).toEqual(['President (not held)']);
    expect(held('The report said that as vice president Rhea Vance pressed the ministry.', 'Rhea Vance')).toEqual(['vice president (not held)']);
    expect(held('As Vice President Rhea Vance arrived, the crowd cheered.', 'Rhea Vance')).toEqual(['Vice President']);
    expect(held('Ivo Marr served as an aide to former President Rhea Vance.', 'Rhea Vance')).toEqual(['President (former)']);
  });

  it('reads "the last prime minister" as a former one, and a title before "will" as not yet sure to be held', () => {
    expect(held('Ivo Marr pressed the last prime minister, Rhea Vance, on welfare.', 'Rhea Vance')).toEqual(['prime minister (former)']);
    expect(held('Prime Minister Rhea Vance will have a hard time uniting the party.', 'Rhea Vance')).toEqual(['Prime Minister (not held)']);
    expect(held('Prime Minister Rhea Vance said she will stay.', 'Rhea Vance')).toEqual(['Prime Minister']);
  });

  it('reads a title in a question as asked about, not held', () => {
    expect(held('How about Vice President Rhea Vance? Voters seem to like the idea.', 'Rhea Vance')).toEqual(['Vice President (not held)']);
    expect(held('Vice President Rhea Vance spoke on Friday.', 'Rhea Vance')).toEqual(['Vice President']);
  });

  it('takes no title from a quotation opened in an earlier sentence', () => {
    const text = '“We have to campaign here. That is how President Rhea Vance won it,” said Ivo Marr on Friday.';
    expect(held(text, 'Rhea Vance')).toEqual([]);
    expect(held('Voters cheered President Rhea Vance, said Ivo Marr on Friday.', 'Rhea Vance')).toEqual(['President']);
  });

  it('holds no current office for a person the article says died', () => {
    expect(held('Bishops will choose a successor to Patriarch Rhea Vance, who died in May.', 'Rhea Vance')).toEqual(['Patriarch (not held)']);
    expect(held('Bishops will meet Patriarch Rhea Vance, who arrived in May.', 'Rhea Vance')).toEqual(['Patriarch']);
    expect(held('Plans were made before Patriarch Rhea Vance’s death.', 'Rhea Vance')).toEqual(['Patriarch (not held)']);
    expect(held('Crowds came to the funeral of Patriarch Rhea Vance.', 'Rhea Vance')).toEqual(['Patriarch (not held)']);
    expect(held('Patriarch Rhea Vance’s death penalty stance drew protests.', 'Rhea Vance')).toEqual(['Patriarch']);
  });
});

describe('agency credits', () => {
  it('files no organisation credited in a byline line', () => {
    const text = 'The council voted on Tuesday to close the port.\n\nContributing: The Harbor Wire\n\nThe Harbor Wire first reported the vote.';
    const wire = entitiesOf(text).find((e) => e.name === 'Harbor Wire' || e.name === 'The Harbor Wire');
    expect(wire?.mentions).toHaveLength(1);
  });

  it('reads a firm before "Chief Executive Officer" as the title\'s, not as part of a firm named for the person', () => {
    const entities = entitiesOf('Harbour Shipping Chief Executive Officer Ilse Brandt said the port would reopen.');
    expect(titles(person(entities, 'Ilse Brandt'))).toEqual(['Harbour Shipping Chief Executive Officer']);
  });
});


describe('where a titled name ends', () => {
  it('ends a titled name before "of" and a known country ("President Ivo Lusk of Ukraine")', () => {
    const entities = entitiesOf('As President Ivo Lusk of Ukraine has said, the war will end with talks.');
    expect(entities.map((e) => e.key)).toEqual(['person:ivo-lusk', 'country:ukraine']);
  });

  it('ends a titled name before a known organisation it runs into ("President Ivo Lusk Facebook page")', () => {
    const entities = entitiesOf('A video posted on the Ukrainian President Ivo Lusk Facebook page on Thursday showed the town.');
    expect(entities.map((e) => e.key)).toEqual(['person:ivo-lusk', 'organisation:facebook']);
  });
});
