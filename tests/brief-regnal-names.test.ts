import { describe, expect, it } from 'vitest';
import { displayName, newRecord, type RoleSighting } from '../src/briefing/entity-record.js';

const sighting = (title: string, date: string): RoleSighting => ({ title, former: false, date, articleId: `${date}-${title}`, sentence: 0 });

function person(name: string, roles: RoleSighting[]) {
  const record = newRecord(`person:${name.toLowerCase().replace(/ /g, '-')}`, 'person');
  record.names.set(name, 3);
  record.roles = roles;
  return record;
}

describe('names shown with their regnal title', () => {
  it('shows a pope or monarch known by one name with the title the articles give, the newest one', () => {
    expect(displayName(person('Gregor', [sighting('Pope', '2024-01-01'), sighting('Pope', '2024-02-01')]))).toBe('Pope Gregor');
    expect(displayName(person('Edmund III', [sighting('Prince', '2021-01-01'), sighting('Prince', '2021-03-01'), sighting('King', '2022-09-10')]))).toBe('King Edmund III');
  });

  it('leaves other names as they are', () => {
    expect(displayName(person('Ivo Lusk', [sighting('King', '2024-01-01')]))).toBe('Ivo Lusk');
    expect(displayName(person('Madonna', [sighting('singer', '2024-01-01'), sighting('singer', '2024-02-01'), sighting('Queen', '2024-03-01')]))).toBe('Madonna');
    expect(displayName(person('Gregor', []))).toBe('Gregor');
  });
});
