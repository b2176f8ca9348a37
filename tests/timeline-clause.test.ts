import { describe, expect, it } from 'vitest';
import { actsInClause, endsAtBoundary, isCleanPhrase, type ClauseLine } from '../src/briefing/timeline-clause.js';
import { isSubjectsOwnAct } from '../src/briefing/timeline-filter.js';
import { oneLinePerHappening } from '../src/briefing/timeline-merge.js';
import type { TimelineEntry } from '../src/briefing/timeline.js';

const OWN = new Set(['anton', 'orlov']);
const PEOPLE = ['Anton Orlov', 'Mira Sen'];

/** A line whose date is written in the sentence as `date` (or inferred, when `date` is undefined). */
function line(evidence: string, what: string, date?: string, planned = false, extra: Partial<ClauseLine> = {}): ClauseLine {
  const at = date === undefined ? -1 : evidence.indexOf(date);
  const span = at < 0 ? undefined : { start: at, end: at + date!.length };
  return { evidence, what, planned, ...(span ? { dateAt: span, timesAt: [span] } : { timesAt: [] }), ...extra };
}
const acts = (l: ClauseLine) => actsInClause(l, OWN, PEOPLE);

describe('a timeline line says plainly that its subject did it, at its date', () => {
  it('keeps the subject right before the verb, over titles, adverbs, times, an appositive or "who"', () => {
    expect(acts(line('Harbour Mayor Anton Orlov opened the ferry pier on Tuesday.', 'opened the ferry pier', 'on Tuesday'))).toBe(true);
    expect(acts(line('Orlov on Friday quietly signed the budget.', 'signed the budget', 'on Friday'))).toBe(false);
    expect(acts(line('Orlov on Friday also signed the budget.', 'signed the budget', 'on Friday'))).toBe(true);
    expect(acts(line('Orlov, 61, was sworn in on May 2.', 'was sworn', 'on May 2'))).toBe(true);
    expect(acts(line('Voters cheered Orlov, who opened the pier on Tuesday.', 'opened the pier', 'on Tuesday'))).toBe(true);
    expect(acts(line('Mira Sen and Anton Orlov met in Brest on Monday.', 'met in Brest', 'on Monday'))).toBe(true);
  });

  it('drops the subject as object, possessor, conditional or another clause’s actor', () => {
    expect(acts(line('The talks with Orlov lasted two hours on Monday.', 'lasted two hours', 'on Monday'))).toBe(false);
    expect(actsInClause(line('The mayor’s visit to self-governing Brest enraged Orlov on Monday.', 'enraged Orlov', 'on Monday'), new Set(['brest']), PEOPLE)).toBe(false);
    expect(actsInClause(line('Self-governing Brest enraged Orlov on Monday.', 'enraged Orlov', 'on Monday'), new Set(['brest']), PEOPLE)).toBe(true);
    expect(acts(line('Orlov’s motorcade pulled away on Monday.', 'pulled away', 'on Monday'))).toBe(false);
    expect(acts(line('If Mayor Orlov visited the docks on Monday, he would see the damage.', 'visited the docks', 'on Monday'))).toBe(false);
    expect(acts(line('Orlov said the council approved the plan on Monday.', 'approved the plan', 'on Monday'))).toBe(false);
    expect(acts(line('The fight over plans to oust Mayor Orlov intensified on Tuesday.', 'intensified', 'on Tuesday'))).toBe(false);
    expect(acts(line('A man identifying himself as Anton Orlov brought in two laptops in April 2019.', 'brought in two laptops', 'in April 2019'))).toBe(false);
    // "The harbour plan Orlov rolled out": the plan is the object, left behind the name; the line lacks it.
    expect(acts(line('The new harbour plan Orlov rolled out in 2021 cut ferry fares.', 'rolled out', 'in 2021'))).toBe(false);
    expect(acts(line('The council says Orlov rolled out the plan in 2021.', 'rolled out the plan', 'in 2021'))).toBe(true);
    expect(acts(line('The referendums, which Orlov backed during his speech on Monday, passed.', 'backed during his speech', 'on Monday'))).toBe(false);
    expect(acts(line('Freed was Mira Sen, who Orlov convicted of fraud in July 2021.', 'convicted of fraud', 'in July 2021'))).toBe(false);
    expect(acts(line('It was the first visit since Orlov took office in 2021.', 'took office', 'in 2021'))).toBe(true);
    expect(acts(line('This week Orlov signed the budget on Monday.', 'signed the budget', 'on Monday'))).toBe(true);
    expect(acts(line('The veteran mayor Orlov opened the pier on Monday.', 'opened the pier', 'on Monday'))).toBe(true);
  });

  it('drops a date after the verb that belongs to another predicate: a modal, "so that", "in hopes of"', () => {
    expect(acts(line('Orlov tried to speed up the appeal so the hearing could start in March.', 'tried to speed up the appeal', 'in March'))).toBe(false);
    expect(acts(line('Orlov sued the port authority in hopes of reopening the pier in March.', 'sued the port authority', 'in March'))).toBe(false);
    expect(acts(line('Orlov closed the pier so that the repairs finish in March.', 'closed the pier', 'in March'))).toBe(false);
    expect(acts(line('Orlov closed the pier for repairs in March.', 'closed the pier', 'in March'))).toBe(true);
  });

  it('drops a date after "the" that names a thing, unless the act took place at it', () => {
    expect(acts(line('Orlov named a judge to review the loss of the March 3, 2021, shipment.', 'named a judge', 'March 3, 2021'))).toBe(false);
    expect(acts(line('Orlov turned his attention to the May 9 parade.', 'turned his attention', 'May 9'))).toBe(false);
    expect(acts(line('Orlov issued a warning during the May 9 briefing.', 'issued a warning', 'May 9'))).toBe(true);
    expect(acts(line('Orlov fared better in the October 2 vote.', 'fared better', 'October 2'))).toBe(true);
    expect(acts(line('Orlov spoke in the square in remembrance of the May 9 anniversary.', 'spoke in the square', 'May 9'))).toBe(true);
    // A month's day right before a noun names it too ("Jan. 6 committee"); before the sentence's own words it dates the act.
    expect(acts(line('Orlov defied a subpoena from May 9 committee investigators.', 'defied a subpoena', 'May 9'))).toBe(false);
    expect(acts(line('Orlov gave orders to keep May 9 records secret.', 'gave orders', 'May 9'))).toBe(false);
    expect(acts(line('Orlov signed the bill on May 9 in Brest.', 'signed the bill', 'May 9'))).toBe(true);
  });

  it('takes a pronoun only after a linking word, for the last person named, with a date in its clause', () => {
    expect(acts(line('Orlov won praise in June 2019 when he opened the museum.', 'opened the museum', 'June 2019'))).toBe(true);
    expect(acts(line('Orlov thanked Mira Sen in June 2019 when she opened the museum.', 'opened the museum', 'June 2019'))).toBe(false);
    expect(acts(line('Orlov said on Friday he received the letter.', 'received the letter', 'on Friday'))).toBe(false);
    expect(acts(line('Orlov smiled as he cut the ribbon.', 'cut the ribbon'))).toBe(false);
  });

  it('keeps the article’s day only for a main-clause report in the simple past, not background', () => {
    expect(acts(line('PORTA − Mayor Anton Orlov resigned after a week of protests.', 'resigned'))).toBe(true);
    expect(acts(line('Orlov has frustrated the council for years.', 'has frustrated the council'))).toBe(false);
    expect(acts(line('The first time Anton Orlov saw the sea, he was six.', 'saw the sea'))).toBe(false);
    expect(acts(line('Unlike when Orlov opened the pier, nobody came.', 'opened the pier'))).toBe(false);
    expect(acts(line('Mayor Anton Orlov resigned after a week of protests.', 'resigned', undefined, false, { leadNamesEarlierDay: true }))).toBe(false);
  });

  it('drops a bare weekday read as five or six days back, not one of the same week', () => {
    const far = line('Orlov opened the pier on Tuesday.', 'opened the pier', 'on Tuesday', false, { date: '2024-03-05', articleDate: '2024-03-11' });
    expect(acts(far)).toBe(false);
    expect(acts({ ...far, date: '2024-03-05', articleDate: '2024-03-07' })).toBe(true);
  });

  it('drops "last <month>" read in the article’s own year: it may as well be the year before', () => {
    const lastJanuary = line('Orlov defended his actions last January.', 'defended his actions', 'last January', false, { date: '2022-01', articleDate: '2022-02-09' });
    expect(acts(lastJanuary)).toBe(false);
    // Read in the year before (it was still to come in the article's year): one reading, kept.
    const lastMarch = line('Orlov defended his actions last March.', 'defended his actions', 'last March', false, { date: '2021-03', articleDate: '2022-02-09' });
    expect(acts(lastMarch)).toBe(true);
    expect(acts({ ...lastMarch, date: '2022-03' })).toBe(false);
    // A month named without "last" is the article's year's.
    expect(acts(line('Orlov defended his actions in January.', 'defended his actions', 'in January', false, { date: '2022-01', articleDate: '2022-02-09' }))).toBe(true);
  });

  it('drops a date after another person’s possessive: it may date their act', () => {
    expect(acts(line('Orlov criticized Sen’s remarks at a town hall on Monday night.', 'criticized Sen’s remarks', 'on Monday night'))).toBe(false);
    expect(acts(line('Orlov criticized the remarks at a town hall on Monday night.', 'criticized the remarks', 'on Monday night'))).toBe(true);
  });

  it('drops a day anchored on another ("the previous day")', () => {
    expect(acts(line('The previous day, Orlov opened the pier.', 'opened the pier', 'The previous day'))).toBe(false);
    expect(acts(line('Earlier in the day, Orlov opened the pier.', 'opened the pier', 'Earlier in the day'))).toBe(false);
    expect(acts(line('Later that evening, Orlov opened the pier.', 'opened the pier', 'Later that evening'))).toBe(false);
    // A time still to come: the past tense says it was due, not that it happened.
    expect(acts(line('Orlov faced sentencing later this month.', 'faced sentencing', 'later this month'))).toBe(false);
  });

  it('drops a day counted back from the article ("a year ago"), keeps a day the text names', () => {
    expect(acts(line('Just a year ago Orlov closed the pier.', 'closed the pier', 'a year ago'))).toBe(false);
    expect(acts(line('Two months earlier Orlov closed the pier.', 'closed the pier', 'Two months earlier'))).toBe(false);
    expect(acts(line('Orlov closed the pier on May 2.', 'closed the pier', 'on May 2'))).toBe(true);
  });

  it('drops a date that is a clock time only', () => {
    expect(acts(line('At 8:06 p.m., Orlov closed the session.', 'closed the session', '8:06 p.m.'))).toBe(false);
  });

  it('takes a plan said of the subject, not one another reports as hypothetical', () => {
    expect(acts(line('Orlov is expected to visit Brest on Monday.', 'visit Brest', 'on Monday', true))).toBe(true);
    expect(acts(line('Mira Sen said Orlov would visit Brest on Monday.', 'visit Brest', 'on Monday', true))).toBe(false);
  });

  it('wants a clean verb phrase: a past verb first, nothing cut before its object or mid-name', () => {
    expect(isCleanPhrase('toured flooded towns', false)).toBe(true);
    expect(isCleanPhrase('unemployment climbing to 5%', false)).toBe(false);
    expect(isCleanPhrase('ended her speech around', false)).toBe(false);
    expect(isCleanPhrase('praised the harbour’s', false)).toBe(false);
    expect(isCleanPhrase('decided not', false)).toBe(false);
    expect(isCleanPhrase('declined', false)).toBe(false);
    expect(isCleanPhrase('declined to hear an appeal', false)).toBe(true);
    expect(isCleanPhrase('promised never', false)).toBe(false);
    // "blamed it" of "blamed it on Kyiv": what it was and on whom are cut off.
    expect(isCleanPhrase('blamed it', false)).toBe(false);
    expect(isCleanPhrase('has pulled out of the race', false)).toBe(false);
    expect(isCleanPhrase('indicated', false)).toBe(false);
    expect(isCleanPhrase('failed again', false)).toBe(false);
    expect(isCleanPhrase('pushed back', false)).toBe(false);
    expect(isCleanPhrase('pushed back on the plan', false)).toBe(true);
    expect(isCleanPhrase('reiterated', false)).toBe(false);
    expect(isCleanPhrase('headed', false)).toBe(false);
    expect(isCleanPhrase('declared', false)).toBe(false);
    expect(isCleanPhrase('tweeted earlier', false)).toBe(false);
    expect(isCleanPhrase('reiterated his support', false)).toBe(true);
    expect(isCleanPhrase('failed again to win the vote', false)).toBe(true);
    // What was said, cut mid-clause: who "they" are and what "would" happen are lost.
    expect(isCleanPhrase('acknowledged they had a right', false)).toBe(false);
    expect(isCleanPhrase('indicated it would be willing', false)).toBe(false);
    expect(isCleanPhrase('acknowledged the rift', false)).toBe(true);
    // A verb that always takes an object, followed at once by where it was said: the object is lost.
    expect(isCleanPhrase('reiterated in a press conference', false)).toBe(false);
    expect(isCleanPhrase('was asked', false)).toBe(false);
    expect(isCleanPhrase('brought', false)).toBe(false);
    expect(isCleanPhrase('made this clear', false)).toBe(false);
    expect(isCleanPhrase('made this year’s budget public', false)).toBe(true);
    expect(isCleanPhrase('brought charges', false)).toBe(true);
    expect(isCleanPhrase('resigned', false)).toBe(true);
    expect(isCleanPhrase('wrote in a tweet', false)).toBe(false);
    expect(isCleanPhrase('wrote July 21 on a blog', false)).toBe(false);
    expect(isCleanPhrase('walked back', false)).toBe(false);
    expect(isCleanPhrase('wrote a letter to the council', false)).toBe(true);
    expect(isCleanPhrase('called the bond', false)).toBe(false);
    expect(isCleanPhrase('returned to a Brest', false)).toBe(false);
    expect(isCleanPhrase('returned to Brest', false)).toBe(true);
    expect(isCleanPhrase('called a snap election', false)).toBe(true);
    expect(isCleanPhrase('was asked to resign', false)).toBe(true);
    expect(isCleanPhrase('reiterated his support in a press conference', false)).toBe(true);
    expect(isCleanPhrase('gave a speech hosted', false)).toBe(false);
    expect(isCleanPhrase('won 40 votes and Sen got 30 votes', false)).toBe(false);
    expect(endsAtBoundary(line('Orlov marked Harbour Day with a parade.', 'marked Harbour'), 6)).toBe(false);
    expect(endsAtBoundary(line('Orlov awarded the city’s second highest civic medal to Sen.', 'awarded the city’s second highest'), 6)).toBe(false);
    expect(endsAtBoundary(line('Orlov called for calm on Monday.', 'called'), 6)).toBe(false);
    expect(endsAtBoundary(line('Orlov met Mira Sen in Brest.', 'met'), 6)).toBe(true);
    // A verb or noun that needs its own preposition, cut before it: "capitalize" on what, "a look" inside what.
    expect(endsAtBoundary(line('Orlov agreed to capitalize on the progress made.', 'agreed to capitalize'), 6)).toBe(false);
    expect(endsAtBoundary(line('Orlov offered a look inside the restored hall.', 'offered a look'), 6)).toBe(false);
    expect(endsAtBoundary(line('Orlov relied on old allies.', 'relied'), 6)).toBe(false);
    expect(endsAtBoundary(line('Orlov described himself as a patriot.', 'described himself'), 6)).toBe(false);
    expect(endsAtBoundary(line('Orlov left no doubt that he would run.', 'left no doubt'), 6)).toBe(false);
    // What the phrase needs may come after a time: "left no doubt | on Thursday | that…".
    expect(endsAtBoundary(line('Orlov left no doubt on Thursday that he would run.', 'left no doubt', 'on Thursday'), 6)).toBe(false);
    expect(endsAtBoundary(line('Orlov left no doubt on Thursday that he would run.', 'left no doubt', 'Thursday'), 6)).toBe(false);
    expect(endsAtBoundary(line('Orlov resigned on Thursday after the vote.', 'resigned', 'on Thursday'), 6)).toBe(true);
    expect(endsAtBoundary(line('Orlov cared deeply about the harbour.', 'cared deeply'), 6)).toBe(false);
    expect(endsAtBoundary(line('Orlov agreed to meet in Brest.', 'agreed to meet'), 6)).toBe(true);
    expect(endsAtBoundary(line('Orlov urged member towns to replenish their stocks.', 'urged member towns'), 6)).toBe(false);
    expect(endsAtBoundary(line('Orlov urged calm in Brest.', 'urged calm'), 6)).toBe(true);
    expect(endsAtBoundary(line('Orlov led in polls three weeks before the vote.', 'led in polls three weeks'), 6)).toBe(false);
    expect(endsAtBoundary(line('Orlov served three terms before retiring.', 'served three terms'), 6)).toBe(true);
    // Two modifiers joined by "and": the noun comes after the second.
    expect(endsAtBoundary(line('Orlov held a lengthy and candid discussion about ferries.', 'held a lengthy'), 6)).toBe(false);
    expect(endsAtBoundary(line('Orlov held a rally and spoke for an hour.', 'held a rally'), 6)).toBe(true);
    expect(endsAtBoundary(line('Orlov unleashed a wave of drone and missile attacks.', 'unleashed a wave of drone'), 6)).toBe(false);
    expect(endsAtBoundary(line('Orlov took a look at the plans.', 'took a look at the plans'), 6)).toBe(true);
  });
});

function entry(articleId: string, date: string, what: string, places: string[] = []): TimelineEntry {
  return { date, granularity: 'day', sortKey: date, what, planned: false, evidence: `Orlov ${what}.`, articleId, articleDate: date, actors: [], places, names: {}, alsoIn: [], outlets: 1 };
}

describe('weeks', () => {
  it('drops a past week read at a week’s turn (Saturday to Tuesday), keeps one read midweek', () => {
    const week = (articleDate: string): TimelineEntry => ({ ...entry('a', '2024-W10', 'opened the pier'), granularity: 'week', articleDate, evidence: 'Orlov opened the pier last week.', timesAt: [{ start: 22, end: 31 }], dateAt: { start: 22, end: 31 } });
    expect(isSubjectsOwnAct(week('2024-03-12'), 'person:anton-orlov', ['Anton Orlov'])).toBe(false);
    expect(isSubjectsOwnAct(week('2024-03-14'), 'person:anton-orlov', ['Anton Orlov'])).toBe(true);
    expect(isSubjectsOwnAct(week('2024-03-16'), 'person:anton-orlov', ['Anton Orlov'])).toBe(false);
  });
});

describe('one line per happening', () => {
  it('merges one article’s two tellings of a day, and other articles sharing a word or place; keeps other happenings', () => {
    const lines = oneLinePerHappening(
      [
        entry('a', '2024-03-01', 'arrived at the flooded pier'),
        entry('a', '2024-03-01', 'visited the flooded pier'),
        entry('b', '2024-03-01', 'toured the pier'),
        entry('c', '2024-03-01', 'travelled to Brest', ['place:brest']),
        entry('d', '2024-03-01', 'went on to Brest', ['place:brest']),
        entry('e', '2024-03-02', 'toured the pier'),
      ],
      (id) => (id === 'b' ? 'Harbour Post' : 'Wire'),
    );
    expect(lines.map((l) => [l.articleId, l.alsoIn, l.outlets])).toEqual([
      ['a', ['b'], 2],
      ['c', ['d'], 1],
      ['e', [], 1],
    ]);
  });

  it('takes a capital and its country for one place on one day, and keeps another country’s capital apart', () => {
    const lines = oneLinePerHappening(
      [
        entry('a', '2024-03-01', 'flew to Poland', ['country:poland']),
        entry('b', '2024-03-01', 'touched down', ['place:warsaw']),
        entry('c', '2024-03-01', 'landed', ['place:vilnius']),
      ],
      () => 'Wire',
    );
    expect(lines.map((l) => [l.articleId, l.alsoIn])).toEqual([
      ['a', ['b']],
      ['c', []],
    ]);
  });

  it('merges ways of telling one taking of office ("succeeded Mira Sen", "took office") in one month', () => {
    const month = (id: string, what: string) => ({ ...entry(id, '2021-12', what), granularity: 'month' as const });
    const lines = oneLinePerHappening([month('a', 'succeeded Mira Sen'), month('b', 'took office'), month('c', 'opened the pier')], () => 'Wire');
    expect(lines.map((l) => [l.articleId, l.alsoIn])).toEqual([
      ['a', ['b']],
      ['c', []],
    ]);
  });

  it('merges a month with a day in it sharing a word stem, and drops one phrase given two neighbouring years', () => {
    const month = { ...entry('a', '2024-07', 'resigned'), granularity: 'month' as const };
    const lines = oneLinePerHappening([month, entry('b', '2024-07-07', 'was forced to resign'), entry('c', '2011', 'took power'), entry('d', '2012', 'took power'), entry('e', '2024-07-09', 'opened the pier')], () => 'Wire');
    expect(lines.map((l) => [l.articleId, l.alsoIn])).toEqual([
      ['a', ['b']],
      ['e', []],
    ]);
  });

  it('merges a week with its month or a day in it sharing a word stem, keeps a week of another month apart', () => {
    const month = { ...entry('a', '2022-11', 'appointed federal prosecutor Wade'), granularity: 'month' as const };
    const week = { ...entry('b', '2022-W46', 'appointed a special counsel'), granularity: 'week' as const };
    const later = { ...entry('c', '2022-W50', 'appointed a new deputy'), granularity: 'week' as const };
    const lines = oneLinePerHappening([month, week, entry('d', '2022-11-16', 'appointed Wade'), later], () => 'Wire');
    expect(lines.map((l) => [l.articleId, l.alsoIn])).toEqual([
      ['a', ['b', 'd']],
      ['c', []],
    ]);
  });

  it('merges two articles’ tellings of one day when one names the other’s participant, keeps a day with another participant apart', () => {
    const ORLOV = 'person:anton-orlov';
    const withNames = (e: TimelineEntry, actors: string[], evidence: string): TimelineEntry => ({
      ...e,
      actors,
      evidence,
      names: { [ORLOV]: 'Anton Orlov', 'organisation:brest-rovers': 'Brest Rovers', 'organisation:harbour-union': 'Harbour Union' },
    });
    const lines = oneLinePerHappening(
      [
        withNames(entry('a', '2024-03-03', 'called for the Rovers'), [ORLOV, 'organisation:brest-rovers'], 'Orlov called for the Rovers to change their name in a post on Sunday.'),
        withNames(entry('b', '2024-03-03', 'brought up the team’s name'), [ORLOV], 'The Rovers have said nothing since Orlov brought up the team’s name on Sunday.'),
        withNames(entry('c', '2024-03-03', 'praised the dockers'), [ORLOV, 'organisation:harbour-union'], 'Orlov praised the dockers of the Harbour Union on Sunday.'),
      ],
      () => 'Wire',
    );
    expect(lines.map((l) => [l.articleId, l.alsoIn])).toEqual([
      ['a', ['b']],
      ['c', []],
    ]);
  });
});
