import { describe, expect, it } from 'vitest';
import { datesInLine, isStampLine } from '../src/ingest/date-lines.js';

const days = (line: string) => datesInLine(line).map((d) => `${d.day} ${d.kind}`);

describe('date stamps in the forms pages print them', () => {
  it('reads a month in capitals', () => {
    expect(days('MARCH 14, 2023 9:05 AM EDT')).toEqual(['2023-03-14 plain']);
    expect(days('• 08:12, 2 SEP 2021')).toEqual(['2021-09-02 plain']);
  });

  it('reads a numeric date whose order is plain', () => {
    expect(days('11/23/2019 06:40 PM EST')).toEqual(['2019-11-23 plain']);
    expect(days('23/11/2019 | Jane Doe')).toEqual(['2019-11-23 plain']);
    expect(days('Published on 23/11/2019 - 18:40')).toEqual(['2019-11-23 published']);
    expect(days('23.11.2019')).toEqual(['2019-11-23 plain']);
  });

  it('leaves alone a numeric date that reads both ways, and numbers that are no date', () => {
    expect(days('04/05/2019 10:00 AM')).toEqual([]);
    expect(days('Version 1.2.3 of the app, build 2019')).toEqual([]);
  });

  it('reads a byline row when a cue word stands right before the date', () => {
    expect(days('Jane Doe · Herald News · Posted: Mar 14, 2023 9:05 AM ET | Last Updated: 2 hours ago')).toEqual(['2023-03-14 published']);
  });

  it('reads a byline row when the date is a part of its own between separators', () => {
    expect(days('March 14, 2023/2 Comments/in Harbour and Quay News, Town Life /by Jane Doe')).toEqual(['2023-03-14 plain']);
  });

  it('still ignores a sentence of the story that names a date', () => {
    expect(days('The harbour board said on Tuesday that the terminal, first planned on March 14, 2023, would open late')).toEqual([]);
  });
});

describe('stamps that date something else', () => {
  it('ignores an embedded post signature', () => {
    expect(days('— Harbour Board (@harbourboard) June 7, 2016')).toEqual([]);
  });

  it('ignores a magazine issue date', () => {
    expect(days('December 5, 2016 Issue')).toEqual([]);
    expect(days('Cover of December 25, 2023/January 1, 2024, Issue')).toEqual([]);
  });

  it('reads the earliest of two plain dates on one stamp as the publication, the later as an update', () => {
    expect(days('December 10, 2021April 9, 2019 by Jane Doe')).toEqual(['2021-12-10 updated', '2019-04-09 plain']);
  });
});

describe('stamp lines whose day cannot be told', () => {
  it('knows a stamp line that reads both ways, though it gives no day', () => {
    expect(isStampLine('Published on 06/01/2026 - 13:55 GMT+1 •Updated 14:20')).toBe(true);
    expect(days('Published on 06/01/2026 - 13:55 GMT+1 •Updated 14:20')).toEqual([]);
    expect(isStampLine('The board met on 06/01/2026 to talk about the ferry terminal and the sea wall again')).toBe(false);
  });
});
