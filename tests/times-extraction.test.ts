import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/language/sentences.js';
import { extractTimes } from '../src/language/times/extract-times.js';

/** Every expression of a text as "text → value (granularity)". */
function times(text: string, articleDate: string): string[] {
  return extractTimes(text, splitSentences(text), articleDate).map((t) => `${t.text} → ${t.value} (${t.granularity})`);
}

/** The value of the expression whose text is `phrase`. */
function valueOf(text: string, articleDate: string, phrase: string): string | undefined {
  return extractTimes(text, splitSentences(text), articleDate).find((t) => t.text === phrase)?.value;
}

describe('weekdays in news', () => {
  // 2024-05-15 is a Wednesday.
  const date = '2024-05-15';

  it('reads a bare weekday as the latest one on or before the article date', () => {
    const text = 'Chancellor Olaf Scholz flew to Vilnius on Monday and met Lithuanian officials Wednesday morning.';
    expect(times(text, date)).toEqual(['Monday → 2024-05-13 (day)', 'Wednesday morning → 2024-05-15 (day)']);
  });

  it('keeps "late" and "early" with the day they qualify', () => {
    expect(times('The delegation landed in Nairobi late Tuesday, officials said.', date)).toEqual(['late Tuesday → 2024-05-14 (day)']);
  });

  it('looks ahead when the clause speaks of the future before the weekday', () => {
    expect(valueOf('The two presidents will meet in Geneva on Friday.', date, 'Friday')).toBe('2024-05-17');
    expect(valueOf('Talks are scheduled to resume Monday in Doha.', date, 'Monday')).toBe('2024-05-20');
    expect(valueOf('Negotiators have until Saturday to reach a deal.', date, 'Saturday')).toBe('2024-05-18');
  });

  it('keeps the past when the future cue only follows a reporting verb', () => {
    expect(valueOf('The minister said Friday that she would resign next month.', date, 'Friday')).toBe('2024-05-10');
  });

  it('does not read company names or verbs as weekdays', () => {
    expect(times('Shares of Sun Microsystems rose as investors sat on their hands.', date)).toEqual([]);
  });
});

describe('months and dates', () => {
  const march = '2023-03-20';

  it('reads "last July" in a March article as last year\'s July', () => {
    expect(times('Protests began last July and spread to the capital.', march)).toEqual(['last July → 2022-07 (month)']);
  });

  it('puts a bare month of a past-tense sentence before the article date', () => {
    expect(valueOf('The factory closed in October after the floods.', march, 'October')).toBe('2022-10');
  });

  it('reads a bare month with no past tense as the nearest one', () => {
    expect(valueOf('Elections for the regional assembly are in May.', march, 'May')).toBe('2023-05');
  });

  it('takes a date named to the day as the nearest such date', () => {
    expect(valueOf('The court set a hearing for April 3, lawyers for the family said.', march, 'April 3')).toBe('2023-04-03');
    expect(valueOf('The ceasefire collapsed on Dec. 28 after shelling near the border.', '2024-01-09', 'Dec. 28')).toBe('2023-12-28');
  });

  it('keeps month and year as given', () => {
    expect(times('They first met in April 2019 in Vladivostok and again in September 2023.', march)).toEqual([
      'April 2019 → 2019-04 (month)',
      'September 2023 → 2023-09 (month)',
    ]);
  });

  it('does not read the verb "may" as a month', () => {
    expect(times('The central bank may raise rates again, analysts said.', march)).toEqual([]);
  });
});

describe('years, weeks, quarters, seasons and decades', () => {
  it('finds a year standing alone but not a count or a clock time', () => {
    const text = 'The treaty was signed in 1998. About 2000 people marched at 1500 GMT, and 1990 police officers watched.';
    expect(times(text, '2023-06-01')).toEqual(['1998 → 1998 (year)']);
  });

  it('resolves years relative to the article', () => {
    const text = 'Exports fell last year and are expected to recover this year, before a new plant opens next year.';
    expect(times(text, '2023-06-01')).toEqual(['last year → 2022 (year)', 'this year → 2023 (year)', 'next year → 2024 (year)']);
  });

  it('gives "last week" its ISO week', () => {
    expect(times('The ministry announced the cuts last week.', '2023-06-01')).toEqual(['last week → 2023-W21 (week)']);
  });

  it('places a quarter in the latest year it has begun in, and "a year earlier" in that quarter a year before', () => {
    const text = 'Volvo said third-quarter profit rose 12%. A year earlier, it had lost money in the quarter.';
    expect(times(text, '2023-10-24')).toEqual([
      'third-quarter → 2023-Q3 (quarter)',
      'A year earlier → 2022-Q3 (quarter)',
      'the quarter → 2023-Q3 (quarter)',
    ]);
    expect(valueOf('Sales slumped in the fourth quarter.', '2024-02-10', 'the fourth quarter')).toBe('2023-Q4');
  });

  it('resolves seasons and decades', () => {
    expect(times('Fighting intensified last summer.', '2024-03-02')).toEqual(['last summer → 2023-SU (season)']);
    expect(times('The party dominated politics in the 1990s and the early 2000s.', '2024-03-02')).toEqual([
      'the 1990s → 199 (decade)',
      'the early 2000s → 200 (decade)',
    ]);
  });

  it('reads years written in words', () => {
    expect(valueOf('The plant was built in nineteen ninety-six.', '2005-01-01', 'nineteen ninety-six')).toBe('1996');
  });
});

describe('holidays, vague references and expressions that lean on an earlier one', () => {
  it('dates holidays', () => {
    expect(valueOf('The ferry sank on Christmas Day, killing 40.', '2024-01-03', 'Christmas Day')).toBe('2023-12-25');
    expect(valueOf('Stores opened early after Thanksgiving.', '2023-12-01', 'Thanksgiving')).toBe('2023-11-23');
  });

  it('marks references to the present, the past and the future as vague', () => {
    const text = 'The mayor now says the plan, recently approved, will be revised in the near future.';
    expect(times(text, '2023-06-01')).toEqual([
      'now → PRESENT_REF (vague)',
      'recently → PAST_REF (vague)',
      'the near future → FUTURE_REF (vague)',
    ]);
  });

  it('resolves "that year", "the following month" and "later that day" against what came before', () => {
    const text = 'The company was founded in 1987. That year it hired 30 people. It opened a plant in March 2001. The following month, it went public. Its founder resigned on Jan. 4, 2010. Later that day the shares fell.';
    expect(times(text, '2023-06-01')).toEqual([
      '1987 → 1987 (year)',
      'That year → 1987 (year)',
      'March 2001 → 2001-03 (month)',
      'The following month → 2001-04 (month)',
      'Jan. 4, 2010 → 2010-01-04 (day)',
      'Later that day → 2010-01-04 (day)',
    ]);
  });
});

describe('spans and sentences', () => {
  it('gives each expression its offsets and the index of its sentence', () => {
    const text = 'Rebels seized the town on Sunday.\n\nThe army retook it in early March, a spokesman said.';
    const found = extractTimes(text, splitSentences(text), '2024-03-20');
    expect(found.map((t) => [t.text, t.sentence, text.slice(t.start, t.end)])).toEqual([
      ['Sunday', 0, 'Sunday'],
      ['early March', 1, 'early March'],
    ]);
  });

  it('does not read an award "of the year" as a date', () => {
    expect(times('She was named player of the year and will rest for the remainder of the year.', '2023-06-01')).toEqual(['the year → 2023 (year)']);
  });

  it('does not read prices and scores as times of day', () => {
    expect(times('The stock fell 10 to 250 and closed at $3.625 a share.', '2023-06-01')).toEqual([]);
  });
});

describe('"the year" beside a year', () => {
  it('reads "1952 – the year the queen took the throne" as that year\'s description, not the article\'s year', () => {
    const text = 'The uprising started in 1952 – the year Queen Mara took the throne. Exports rose for the year.';
    expect(times(text, '2022-09-10')).toEqual(['1952 → 1952 (year)', 'the year → 2022 (year)']);
  });
});

describe('a day written in full once', () => {
  it('gives the same day written again without its year that year, not the latest one before the article', () => {
    const text = 'The May 9, 2021, riot shook the port. Orlov was at the harbour on May 9 as crowds gathered. On May 9 he wrote to the mayor.';
    expect(times(text, '2022-06-28')).toEqual(['May 9, 2021 → 2021-05-09 (day)', 'May 9 → 2021-05-09 (day)', 'May 9 → 2021-05-09 (day)']);
  });

  it('keeps a day alone read from the article\'s date, and this year\'s anniversary of a day written in full', () => {
    expect(times('Orlov was at the harbour on May 9 as crowds gathered.', '2022-06-28')).toEqual(['May 9 → 2022-05-09 (day)']);
    expect(times('After the May 9, 2021, riot, Orlov spoke at the May 9 anniversary service.', '2022-06-28')).toEqual(['May 9, 2021 → 2021-05-09 (day)', 'May 9 → 2022-05-09 (day)']);
  });
});
