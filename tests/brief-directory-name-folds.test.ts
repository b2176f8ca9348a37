import { describe, expect, it } from 'vitest';
import type { EnrichedArticle } from '../src/articles/article.js';
import { Archive } from '../src/articles/archive.js';
import { besideCounts } from '../src/briefing/beside-counts.js';
import { EntityDirectory } from '../src/briefing/entity-directory.js';
import { rolesOf } from '../src/briefing/entity-facts.js';
import { toArticle } from '../src/ingest/to-article.js';
import { analyze } from '../src/language/pipeline.js';

function article(title: string, date: string, body: string): EnrichedArticle {
  const parsed = toArticle({ origin: `test:${title}`, title, date, body, fallbackTime: new Date(0) }, new Date('2024-12-31T00:00:00Z')).article;
  return { ...parsed, analysis: analyze(parsed) };
}

const usual = [1, 2, 3, 4, 5, 6].map((d) =>
  article(`Day ${d} of the talks`, `2024-03-0${d}`, `Foreign Minister Dmytro Kovalenko met his counterparts in Vienna on day ${d}. Kovalenko said progress was slow.`),
);
const misspelt = article('A slip in the wire copy', '2024-03-08', 'Foreign Minister Dmytor Kovalenko flew to Oslo on Friday for more talks.');
const cousin = article('A cousin speaks', '2024-03-09', 'His cousin Anna Kovalenko runs a bakery in Lviv and spoke to reporters.');
const marbury = [1, 2, 3].map((d) => article(`Hearing ${d}`, `2024-04-0${d}`, `Senator Lowell Marbury questioned the witnesses on day ${d}. Marbury called the answers evasive.`));
const bareSurname = article('Draft rejected', '2024-04-10', 'On Sunday, Marbury rejected the draft.');

describe('entity directory name folds', () => {
  const directory = new EntityDirectory(new Archive([...usual, misspelt, cousin, ...marbury, bareSurname]));
  const key = directory.named('Dmytro Kovalenko')[0]!;

  it('folds a rare misspelt given name into the usual spelling of the same surname', () => {
    expect(directory.named('Dmytor Kovalenko')).toEqual([key]);
    expect(directory.articleCount(key)).toBeGreaterThanOrEqual(7);
  });

  it('never folds a different given name into the frequent one', () => {
    expect(directory.named('Anna Kovalenko')[0]).not.toBe(key);
  });

  it('folds a name written with a middle initial into the same name without it', () => {
    const initialled = article('Wire style', '2024-03-10', 'Foreign Minister Dmytro V. Kovalenko signed the accord in Geneva on Monday.');
    const withInitial = new EntityDirectory(new Archive([...usual, initialled, cousin]));
    const plain = withInitial.named('Dmytro Kovalenko')[0]!;
    expect(withInitial.named('Dmytro V. Kovalenko')).toEqual([plain]);
    expect(withInitial.named('Anna Kovalenko')[0]).not.toBe(plain);
  });

  it('folds a four-letter given name one slip away when the rest of a long name is the same', () => {
    const usualLong = [1, 2, 3, 4, 5, 6].map((d) => article(`Vote day ${d}`, `2024-05-1${d}`, `Ivan Ilie Ruvo da Costa campaigned in Recife on day ${d}. Supporters cheered.`));
    const slip = article('Wire copy', '2024-05-20', 'Iwan Ilie Ruvo da Costa campaigned in Natal on Monday.');
    const long = new EntityDirectory(new Archive([...usualLong, slip]));
    expect(long.named('Iwan Ilie Ruvo da Costa')).toEqual(long.named('Ivan Ilie Ruvo da Costa'));
  });

  it('folds the end of a long name written alone into the long name, never a famous name into a longer run', () => {
    const longName = [1, 2, 3].map((d) => article(`Rally ${d}`, `2024-06-0${d}`, `Andres Manuel Ruvo Obrador held a rally in Puebla on day ${d}. Supporters sang.`));
    const shortName = article('Short form', '2024-06-09', 'On Monday, Ruvo Obrador held a rally in Oaxaca.');
    // A title run into the name ("Reps Lowell Marbury"), however often written, is not where he goes.
    const runs = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((d) => article(`Panel ${d}`, `2024-07-0${d}`, `Reps Lowell Marbury and Ada Lunn spoke on day ${d}.`));
    const folds = new EntityDirectory(new Archive([...longName, shortName, ...marbury, ...runs]));
    expect(folds.named('Ruvo Obrador')).toEqual(folds.named('Andres Manuel Ruvo Obrador'));
    expect(folds.articleCount(folds.named('Lowell Marbury')[0]!)).toBe(3);
  });

  it('folds a name written with a quoted nickname, and the nickname alone, into the full name', () => {
    const full = [1, 2, 3].map((d) => article(`Summit day ${d}`, `2024-05-0${d}`, `President Tomas Ilie Ruvo da Costa opened the summit on day ${d}. Ruvo da Costa spoke first.`));
    const quoted = article('A profile', '2024-05-08', 'Former union leader Tomas Ilie “Ruvo” da Costa grew up in the north. Allies say Ruvo led the union.');
    const alone = article('Ruvo speaks', '2024-05-09', 'Ruvo told reporters on Friday that the talks would go on.');
    const folds = new EntityDirectory(new Archive([...full, quoted, alone]));
    const key = folds.named('Tomas Ilie Ruvo da Costa')[0]!;
    expect(folds.articleCount(key)).toBe(5);
    expect(folds.named('Ruvo')).toContain(key);
  });

  it('never keeps a frequent person\'s surname alone as an organisation', () => {
    // Read alone, the name is typed an organisation; the archive knows it as a senator's surname.
    expect(bareSurname.analysis.entities.map((e) => e.key)).toEqual(['organisation:marbury']);
    expect(directory.keysOf(bareSurname.id)).toEqual(directory.named('Lowell Marbury'));
  });

  it('never reads a place\'s name taken for a body ("Washington retired the name Redskins": its team) as a person\'s surname', () => {
    const statesman = [1, 2, 3, 4].map((d) => article(`Letters ${d}`, `2024-04-0${d}`, `President Hollis Washington wrote to Congress on day ${d}. Washington asked for calm.`));
    const team = article('A new name', '2024-04-10', 'Washington retired the name Redskins in July 2020 amid protests.');
    // As the analysis reads it in a sports story: the city's name standing for its team.
    const read = team.analysis.entities.find((e) => e.name === 'Washington')!;
    Object.assign(read, { type: 'organisation', key: 'organisation:washington' });
    const folds = new EntityDirectory(new Archive([...statesman, team]));
    expect(folds.keysOf(team.id)).not.toContain(folds.named('Hollis Washington')[0]);
  });
});

describe('entity directory styled names and role lines', () => {
  const homily = article('A homily for peace', '2024-05-05', 'His Holiness Pope Anselm called for a ceasefire on Sunday. Anselm spoke from the balcony.');
  const governor = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((d) =>
    article(`Storm update ${d}`, `2024-06-${String(d).padStart(2, '0')}`, `Ohio Gov. Wendell Price declared an emergency on day ${d}. Price asked residents to stay home.`),
  );
  const oddOne = article('A rivalry', '2024-06-20', 'The race pits Wendell Price against his old rival Ed Marsh. Marsh called his rival Wendell Price a friend.');
  const directory = new EntityDirectory(new Archive([homily, ...governor, oddOne]));

  it('finds a one-word name by the title the articles style it with ("Pope Anselm")', () => {
    const [key] = directory.named('Pope Anselm');
    expect(key).toBeDefined();
    expect(directory.record(key!)?.type).toBe('person');
  });

  it('shows offices as role lines, never a description or a one-off beside a well-stated office', () => {
    const key = directory.named('Wendell Price')[0]!;
    const lines = rolesOf(directory.members(key)).map((l) => l.title);
    expect(lines).toEqual(['Ohio Governor']);
  });
});

describe('entity directory lone given names', () => {
  const books = [1, 2, 3].map((d) => article(`Book fair day ${d}`, `2024-07-0${d}`, `Readers queued for the novel about Harry Potter on day ${d}. Potter fans dressed up.`));
  const royal = article('A royal visit', '2024-07-10', 'Prince Harry visited a veterans charity in Leeds on Monday. Harry thanked the volunteers.');
  const caller = article('A call to the station', '2024-07-11', 'On Tuesday, Harry called the radio station to complain about the traffic.');

  it('never takes a given name alone for the namesake the archive names most', () => {
    const directory = new EntityDirectory(new Archive([...books, caller]));
    expect(directory.keysOf(caller.id)).not.toContain(directory.named('Harry Potter')[0]);
  });

  it('folds a styled one-word name into the numbered name styled alike ("King Ivo" is "King Ivo III"), or the one styled full name it opens', () => {
    const numbered = [1, 2].map((d) => article(`Crowning ${d}`, `2024-08-0${d}`, `King Ivo III greeted guests at the palace on day ${d}.`));
    const plain = [3, 4].map((d) => article(`Visit ${d}`, `2024-08-0${d}`, `King Ivo toured a hospital in Brest on day ${d}.`));
    const prince = article('A prince', '2024-08-05', 'Prince Otto toured a school in Brest on Monday.');
    const other = article('Another', '2024-08-06', 'Emperor Otto II opened a bridge on Tuesday.');
    const royals = new EntityDirectory(new Archive([...numbered, ...plain, prince, other]));
    expect(royals.named('King Ivo')).toEqual(royals.named('Ivo III'));
    expect(royals.named('Ivo III')).toHaveLength(1);
    expect(royals.named('Prince Otto')).not.toEqual(royals.named('Otto II'));
    // A styled full name the one-word name opens: "Queen Mara" is "Mara Lind, Duchess of Brest".
    const full = [1, 2].map((d) => article(`Royal visit ${d}`, `2024-09-0${d}`, `Mara Lind, Duchess of Brest, opened a school on day ${d}.`));
    const queen = article('Coronation', '2024-09-05', 'Queen Mara waved to crowds on Sunday.');
    const wed = new EntityDirectory(new Archive([...full, queen]));
    expect(wed.named('Queen Mara')).toEqual(wed.named('Mara Lind'));
  });

  it('keeps a one-word name styled with a title as its own person ("Prince Harry")', () => {
    const directory = new EntityDirectory(new Archive([...books, royal]));
    expect(directory.keysOf(royal.id)).not.toContain(directory.named('Harry Potter')[0]);
  });

  it('still takes a first word alone for the full name when articles about that person use it so', () => {
    const kim = [1, 2].map((d) => article(`Launch ${d}`, `2024-08-0${d}`, `North Korean leader Kim Jong Un watched a launch on day ${d}. Kim praised the scientists.`));
    const bare = article('Another launch', '2024-08-09', 'On Friday, Kim watched another launch, state media said.');
    const directory = new EntityDirectory(new Archive([...kim, bare]));
    expect(directory.keysOf(bare.id)).toContain(directory.named('Kim Jong Un')[0]);
  });
});

describe('entity directory bare surnames', () => {
  it('gives a surname alone to the family member with a leader title, not the one named most', () => {
    const lady = [1, 2, 3, 4, 5].map((d) => article(`Gala ${d}`, `2024-09-0${d}`, `First lady Melania Marr hosted a gala on day ${d}. Melania Marr thanked the donors.`));
    const president = [1, 2].map((d) => article(`Veto ${d}`, `2024-09-1${d}`, `President Dale Marr vetoed the bill on day ${d}. Dale Marr said it cost too much.`));
    const bare = article('Bill signed', '2024-09-20', 'On Friday, Marr signed the spending bill after a long night of talks. Marr said it was fair.');
    const directory = new EntityDirectory(new Archive([...lady, ...president, bare]));
    expect(directory.keysOf(bare.id)).toContain(directory.named('Dale Marr')[0]);
  });
});

describe('entity directory lone names with a title', () => {
  it('never files a lone name under a namesake the archive never gives that office ("Gov. Pete" is not Pete Marr)', () => {
    const secretary = [1, 2, 3].map((d) => article(`Pentagon ${d}`, `2024-10-0${d}`, `Defense Secretary Pete Marr toured a base on day ${d}. Pete Marr praised the troops. Pete spoke for an hour.`));
    const governor = article('Primary', '2024-10-12', 'The endorsement came from Nebraska Gov. Pete, who campaigned across the state.');
    const directory = new EntityDirectory(new Archive([...secretary, governor]));
    expect(directory.keysOf(governor.id)).not.toContain(directory.named('Pete Marr')[0]);
    const same = article('Briefing', '2024-10-14', 'Secretary Pete told reporters the base would stay open.');
    expect(new EntityDirectory(new Archive([...secretary, same])).keysOf(same.id)).toContain(directory.named('Pete Marr')[0]);
  });
});

describe('entity directory beside', () => {
  it('never counts the outlet that published an article as beside the people in it', () => {
    const parsed = toArticle(
      { origin: 'test:outlet', title: 'Senator speaks', date: '2024-10-01', body: 'Senator Lowell Marbury told Desk Wire on Monday that the vote would pass. Marbury met Ida Roth later.', source: 'Desk Wire', fallbackTime: new Date(0) },
      new Date('2024-10-10T00:00:00Z'),
    ).article;
    const own = { ...parsed, analysis: analyze(parsed) };
    expect(own.analysis.entities.some((e) => e.name === 'Desk Wire')).toBe(true);
    const directory = new EntityDirectory(new Archive([own]));
    const key = directory.named('Lowell Marbury')[0]!;
    const beside = [...besideCounts(directory.record(key)!, directory).keys()];
    expect(beside.some((k) => k.includes('desk-wire'))).toBe(false);
    expect(beside.some((k) => k.includes('ida-roth'))).toBe(true);
  });
});

describe('entity directory ambiguous places', () => {
  it('keeps the country and the US state of one name apart', () => {
    const state = article('Polls close', '2024-11-05', 'Polls closed in Georgia and Arizona at 7 p.m. on Tuesday.');
    const country = article('Troops at the border', '2024-11-06', 'Troops massed on the border with Georgia, and Tbilisi protested on Wednesday.');
    const directory = new EntityDirectory(new Archive([state, country]));
    const keys = directory.named('Georgia').sort();
    expect(keys).toEqual(['country:georgia', 'place:georgia']);
  });
});

describe('the publishing outlet', () => {
  const own = (n: number) => {
    const parsed = toArticle(
      { origin: `test:lark-${n}`, title: `Harbour report ${n}`, date: `2024-07-0${n}`, body: `Mayor Elsa Brandt told the Morning Lark on day ${n} that the harbour would reopen.`, source: 'Morning Lark', fallbackTime: new Date(0) },
      new Date('2024-08-01T00:00:00Z'),
    ).article;
    return { ...parsed, analysis: analyze(parsed) };
  };
  const elsewhere = article('A rival paper', '2024-07-09', 'The Morning Lark reported on Friday that the Harbour Board had resigned.');
  const directory = new EntityDirectory(new Archive([own(1), own(2), own(3), elsewhere]));

  it('is not filed under its own articles, only where another outlet names it', () => {
    const key = directory.named('Morning Lark')[0];
    expect(key).toBeDefined();
    expect(directory.articleCount(key!)).toBe(1);
    expect(directory.articleCount(directory.named('Elsa Brandt')[0]!)).toBe(3);
  });
});
