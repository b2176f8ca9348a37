import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-helpers.js';

const keys = (text: string): string[] => entitiesOf(text).map((e) => e.key);

describe('outlets named as the source of a story', () => {
  it('reads a name ending in Wire, Herald, Media… after "published by", "reported by" or "according to" as an organisation', () => {
    expect(keys('Rescue teams worked through the night. This story was first published by Alpine Wire.')).toEqual(['organisation:alpine-wire']);
    expect(keys('This article was first published by Marco Wire.')).toEqual(['organisation:marco-wire']);
    expect(keys('According to Danube Media, the ministry rejected the plan.')).toEqual(['organisation:danube-media']);
    expect(keys('The figures were reported by Northern Wire, which said the talks had failed.')).toEqual(['organisation:northern-wire']);
    expect(keys('The interview first appeared in Lindqvist Journal.')).toEqual(['organisation:lindqvist-journal']);
  });

  it('leaves a person after the same cues a person', () => {
    expect(keys('According to Anna Berg, the ministry rejected the plan.')).toEqual(['person:anna-berg']);
  });
});

describe('plural common nouns opening a sentence', () => {
  it('makes no entity of a capitalised plural agent noun or a plural of an ordinary word', () => {
    expect(keys('Hydrologists said the river reached 9.4 metres on Monday night.')).toEqual([]);
    expect(keys('Meteorologists warned of more rain. Paramedics treated dozens of people. Households were told to leave.')).toEqual([]);
    expect(keys('Protesters gathered outside the parliament in Vienna.')).toEqual(['place:vienna']);
  });

  it('keeps a surname that looks like a plural', () => {
    expect(keys('Sanders said the bill would pass.')).toEqual(['person:sanders']);
  });
});

describe('names listed with a place', () => {
  it('reads an unknown name listed with a known place as a place ("including Krems and Melk")', () => {
    const text = 'Water levels fell in Krems on Thursday. Aid will go to towns along the river, including Krems and Melk.';
    expect(entitiesOf(text).find((e) => e.name === 'Melk')?.type).toBe('place');
    expect(keys('The strike shut steelworks in Linz and Donawitz.')).toEqual(['place:linz', 'place:donawitz']);
    expect(keys('Floods cut roads in Tulln, Ybbs and Grein, where residents were evacuated.')).toEqual(['place:tulln', 'place:ybbs', 'place:grein']);
  });

  it('gives the name the same type wherever the article repeats it', () => {
    const text = 'Sandbags were piled in Ybbs and Pochlarn. Pochlarn said its defences had held.';
    const pochlarn = entitiesOf(text).filter((e) => e.name === 'Pochlarn');
    expect(pochlarn.map((e) => e.type)).toEqual(['place']);
    expect(pochlarn[0]!.mentions).toHaveLength(2);
  });

  it('does not list a name after a comma that only closes an opening phrase ("In London, Corvex fell")', () => {
    expect(entitiesOf('In London, Corvex fell 2% on Tuesday.').find((e) => e.name === 'Corvex')?.type).toBe('organisation');
  });
});

describe('the head word of an organisation named in full', () => {
  it('takes "Commission" after "European Commission" as the same organisation', () => {
    const text = 'Austria asked the European Commission to ease duties on steel. A Commission spokesman said officials would reply within a month.';
    const commission = entitiesOf(text).filter((e) => e.type === 'organisation');
    expect(commission.map((e) => e.key)).toEqual(['organisation:european-commission']);
    expect(commission[0]!.aliases).toEqual(['Commission']);
  });

  it('takes "Council" after an unknown council named in full, but not when two organisations share the word', () => {
    const one = 'The Nordic Shipping Safety Council published its report. The Council said ferries were safe.';
    expect(entitiesOf(one).find((e) => e.name === 'Nordic Shipping Safety Council')?.aliases).toEqual(['Council']);
    const two = 'The Nordic Shipping Safety Council and the Baltic Ports Council met. The Council said ferries were safe.';
    expect(entitiesOf(two).filter((e) => e.type === 'organisation')).toHaveLength(3);
  });

  it('does not take the last word of an "X of Y" name for its head ("Airlines" is no "Association of European Airlines")', () => {
    const text = 'The Association of European Airlines opposed the levy. Airlines said fares would rise.';
    expect(entitiesOf(text).find((e) => e.key === 'organisation:association-of-european-airlines')?.aliases).toEqual([]);
  });

  it('never takes a name led by a number word for a person ("Six Nations", "Three Lions")', () => {
    const entities = entitiesOf('Wales won the Six Nations title on Saturday. Coach Clive Woodward said the Three Lions would travel to Rome.');
    expect(entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Clive Woodward']);
  });
});

describe('name endings', () => {
  it('reads an unknown name ending in a vowel and "-sk" as a person ("with Elon Musk"), and "-nsk", "-tsk", "-rsk" as places', () => {
    expect(keys('The minister spoke with Elon Musk about the plan.')).toEqual(['person:elon-musk']);
    expect(keys('The minister spoke with Dara Kusk about the plan.')).toEqual(['person:dara-kusk']);
    expect(keys('Shelling hit Kramatorsk and Lysychansk overnight.')).toEqual(['place:kramatorsk', 'place:lysychansk']);
  });
});

describe('a name told twice in one run', () => {
  it('splits a gallery title run into its caption ("Queen Elizabeth II Queen Elizabeth II was…") into two mentions of one person', () => {
    const entities = entitiesOf('Photos: The life of Queen Astrid II Queen Astrid II was the longest-reigning monarch of Freedonia.');
    const people = entities.filter((e) => e.type === 'person');
    expect(people.map((e) => [e.name, e.mentions.length])).toEqual([['Astrid II', 2]]);
  });

  it('splits two titled names run together ("Prime Minister Dana Holt Queen Astrid II greets…"), not "Martin Luther King Jr."', () => {
    const gallery = entitiesOf('Photos: Freedonian Prime Minister Dana Holt Queen Astrid II greets Holt at the palace in June 2021.');
    expect(gallery.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Dana Holt', 'Astrid II']);
    const king = entitiesOf('Martin Luther King Jr. spoke to the marchers.');
    expect(king.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Martin Luther King Jr.']);
  });
});

describe('firms named beside the word for one', () => {
  it('reads a name right after "company", "firm"… or with ", the … company" after it as an organisation', () => {
    // After "from", an unknown name alone would be read as a place.
    expect(keys('He took money from Veltrana, the Ukrainian energy company.')).toEqual(['organisation:veltrana']);
    expect(keys('She was investigating Dravik, a company that employed him. He won a contract from Dravik.')).toEqual(['organisation:dravik']);
    expect(keys('He sat on the board of the gas company Pelkora in Kyiv.')).toEqual(['organisation:pelkora', 'place:kyiv']);
  });

  it('reads a name before its trade and the word for a firm ("his Vornet satellite company") as an organisation', () => {
    // Twice after "to" and "from", which alone would make it a place.
    expect(keys('He shipped terminals from Vornet to the front. He later denied the army access to Vornet, his satellite venture. Troops had relied on his Vornet satellite company.')).toEqual(['organisation:vornet']);
    expect(keys('Doctors disagree. Pelmira parent company Kenvue issued a statement.')).toContain('organisation:pelmira');
    // "told Vornet the company…": no trade between them.
    expect(keys('The minister told Orlov the company had failed.')).toEqual(['person:orlov']);
  });

  it('keeps a person whose appositive only modifies by the word ("a company founder")', () => {
    expect(keys('Orlov, a company founder, spoke to reporters.')).toEqual(['person:orlov']);
  });
});

describe('a given name a firm gives its product', () => {
  it('reads "Amazon\'s Alexa assistant" as no person, and "CNN\'s Zakaria" or "Tesla\'s Musk" as people', () => {
    const typed = entitiesOf('Gadgets are powered by Amazon’s Alexa assistant. Tesla\'s Musk said the car was late. He told CNN\'s Zakaria when asked.').map((e) => `${e.type}:${e.name}`);
    expect(typed).toContain('organisation:Alexa');
    expect(typed).toEqual(expect.arrayContaining(['person:Musk', 'person:Zakaria']));
  });
});

describe('one word after "the"', () => {
  it('is a body when the word is no ordinary one, or a chamber or a paper; an ordinary word names no body', () => {
    const text = 'Leaders said the People would decide, and the Colour was chosen. The House voted on Tuesday, the Varenti said, and the Spectator reported it.';
    expect(entitiesOf(text).map((e) => `${e.type}:${e.name}`)).toEqual(['organisation:House', 'organisation:Varenti', 'organisation:Spectator']);
  });
});

describe('a saved slideshow', () => {
  it('takes no name from its buttons run into the last caption ("…Ada Lunn Prev Next")', () => {
    const names = entitiesOf('The vote was held on Sunday.\n\nMayor Ada Lunn greets supporters in Gdansk. Ola Nowak/Reuters Ada Lunn Prev Next\n\nThe count ended late.').map((e) => e.name);
    expect(names).toContain('Ada Lunn');
    expect(names.some((n) => n.includes('Prev'))).toBe(false);
  });
});
