import { describe, expect, it } from 'vitest';
import { rolesOf } from '../src/briefing/entity-facts.js';
import { newRecord, type RoleSighting } from '../src/briefing/entity-record.js';

/** A role sighting as an article files it: `n` tells apart articles of one day. */
const seen = (title: string, date: string, former = false, n = 0): RoleSighting => ({ title, former, date, articleId: `${date}-${title}-${n}`, sentence: 0 });
const shown = (roles: RoleSighting[]): string[] => {
  const record = newRecord('person:ada-lorne', 'person');
  record.roles = roles;
  return rolesOf([record]).map((l) => `${l.title}${l.former ? ' (former)' : ''} ${l.articles.length}`);
};

describe('role lines an editor can read', () => {
  it('shows no bare job ("candidate", "owner", "adviser"), yet counts its articles in the office it shortens', () => {
    expect(shown([seen('owner', '2023-04-01'), seen('adviser', '2023-05-01'), seen('Mayor of Tarnow', '2023-06-01'), seen('Mayor of Tarnow', '2023-07-01', false, 1)])).toEqual([
      'Mayor of Tarnow 2',
    ]);
    expect(shown([seen('Senate candidate', '2022-09-01'), seen('Senate candidate', '2022-09-20', false, 1), seen('candidate', '2022-09-10')])).toEqual(['Senate candidate 3']);
  });

  it('reads "former" inside a title ("Holt\'s former lawyer") as a former role', () => {
    expect(shown([seen('Holt’s former lawyer', '2023-03-01'), seen('Holt’s lawyer', '2023-04-01', true)])).toEqual(['Holt’s lawyer (former) 2']);
  });

  it('leaves the person\'s own style out of the office ("House Majority Whip Rep. …")', () => {
    expect(shown([seen('House Majority Whip Rep.', '2022-10-16'), seen('House Majority Whip', '2022-06-27')])).toEqual(['House Majority Whip 2']);
  });

  it('shows no title that judges the person or misreads the sentence ("billionaire adviser", "state\'s governor", "Thursday of …")', () => {
    expect(shown([seen('billionaire adviser', '2025-04-30'), seen('conservative lawyer', '2022-04-08'), seen('state\'s governor', '2024-01-16'), seen('Thursday of Deputy Chief Whip', '2022-07-07')])).toEqual([]);
    expect(shown([seen('home of former assistant attorney general', '2022-08-08'), seen('speaker of the House', '2023-10-19', true)])).toEqual(['Speaker of the House (former) 1']);
    // A party's name is no judgement: "Conservative leader" stays.
    expect(shown([seen('Conservative leader', '2022-09-05')])).toEqual(['Conservative leader 1']);
  });

  it('starts every line with a capital and drops what was true only the week it was written ("current", "newly elected")', () => {
    expect(shown([seen('chancellor of the exchequer', '2022-07-07', true), seen('first lady', '2023-02-01')])).toEqual(['Chancellor of the exchequer (former) 1', 'First lady 1']);
    expect(shown([seen('current RNC chairwoman', '2022-11-17'), seen('newly-elected Freedonian President', '2023-06-06')])).toEqual(['RNC chairwoman 1', 'Freedonian President 1']);
  });
});
