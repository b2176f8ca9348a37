import { describe, expect, it } from 'vitest';
import type { GoldEvent, GoldRole } from '../src/eval/briefings-gold.js';
import { coreTitle, duplicatesPerEvent, isJunk, judgeRole, matchEvent, parseRoleLine, parseTimeline, precision } from '../src/eval/briefings-score.js';

const roles: GoldRole[] = [
  { title: 'governor', from: '2010-01-01', to: '2014-01-01' },
  { title: 'secretary of state', from: '2016-02-01' },
];

describe('briefings eval scoring', () => {
  it('keeps the office and drops nationality, party and time modifiers, but not sentence words', () => {
    expect(coreTitle('French Secretary of State')).toBe(coreTitle('secretary of state'));
    expect(coreTitle('Florida Gov.')).toBe('governor');
    expect(coreTitle('When Governor')).toBe('when governor');
  });

  it('judges a role by title and by whether its dates fit the term', () => {
    const line = (text: string) => parseRoleLine(text)!;
    expect(judgeRole(line('Secretary of State — 2017-03-01 to 2018-05-02 · 3 articles'), roles)).toBe('right');
    expect(judgeRole(line('Governor — 2012-01-05 to 2015-06-01 · 2 articles'), roles)).toBe('wrong');
    expect(judgeRole(line('Governor (former) — 2015-02-01'), roles)).toBe('right');
    expect(judgeRole(line('Governor (former) — 2011-02-01'), roles)).toBe('wrong');
    expect(judgeRole(line('But Governor — 2011-02-01'), roles)).toBe('wrong');
    expect(parseRoleLine('no dates here')).toBeUndefined();
  });

  it('reads timeline entries and matches them to gold events at the granularity shown', () => {
    const lines = parseTimeline('**2020-05** · signed the pact · with Ann Lee\n> She signed it. `a-1`\n**after 2020-06-01** · visit Oslo · *planned*\n> She will visit. `a-2`');
    expect(lines.map((l) => [l.date, l.articleId, l.planned])).toEqual([['2020-05', 'a-1', false], ['after 2020-06-01', 'a-2', true]]);
    const signed: GoldEvent = { article: 'a-1', verb: 'signed', date: '2020-05-14' };
    const visit: GoldEvent = { article: 'a-2', verb: 'visit', date: '2020-07', planned: true };
    expect(matchEvent(lines[0]!, [signed])).toBe(signed);
    expect(matchEvent({ ...lines[0]!, date: '2020-06' }, [signed])).toBeUndefined();
    expect(matchEvent({ ...lines[0]!, date: '2020-05-14' }, [{ ...signed, date: '2020-05' }])).toBeUndefined();
    expect(matchEvent(lines[1]!, [visit])).toBe(visit);
    // Months are shown in words: the judge reads them back to the calendar value.
    expect(matchEvent({ ...lines[0]!, date: 'May 2020' }, [{ ...signed, date: '2020-05' }])).toBeDefined();
    expect(matchEvent({ ...lines[0]!, date: 'June 2020' }, [{ ...signed, date: '2020-05' }])).toBeUndefined();
    expect(matchEvent(lines[1]!, [{ ...visit, planned: false }])).toBeUndefined();
    expect(matchEvent({ ...lines[0]!, date: 'week of 2020-05-11' }, [signed])).toBe(signed);
    expect(matchEvent({ ...lines[0]!, date: 'week of 2020-05-04' }, [signed])).toBeUndefined();
  });

  it('counts repeated events, junk names and precision without the unjudged lines', () => {
    const a: GoldEvent = { article: 'x', verb: 'met', date: '2001' };
    const b: GoldEvent = { article: 'y', verb: 'left', date: '2002' };
    expect(duplicatesPerEvent([a, a, a, b])).toBe(1);
    expect(duplicatesPerEvent([])).toBe(0);
    expect(isJunk('Acme Photos', new Set())).toBe(true);
    expect(isJunk('Great Northern War', new Set())).toBe(true);
    expect(isJunk('PT', new Set())).toBe(true);
    expect(isJunk('Jane Byline', new Set(['jane byline']))).toBe(true);
    expect(isJunk('Ann Lee', new Set())).toBe(false);
    // A party is an organisation, never a person.
    expect(isJunk('Green Party', new Set(), 'organisation')).toBe(false);
    expect(isJunk('Green Party', new Set(), 'person')).toBe(true);
    expect(precision(['right', 'wrong', 'unjudged', 'right'])).toEqual({ right: 2, wrong: 1, unjudged: 1, precision: 0.6667 });
    expect(precision(['unjudged']).precision).toBeNull();
  });
});
