import { describe, expect, it } from 'vitest';
import { Archive } from '../src/articles/archive.js';
import { EntityDirectory } from '../src/briefing/entity-directory.js';
import { BookStory } from '../src/stories/story.js';
import { describeStory } from '../src/stories/story-view.js';
import { enriched } from './fixtures/search/fixture-articles.js';

const kerry = { key: 'person:john-kerry', type: 'person' as const, name: 'John Kerry', aliases: ['Kerry'], mentions: 3 };
const talks = (title: string, date: string, resort: 'place' | 'person') =>
  enriched({
    title,
    date,
    paragraphs: [`Climate envoy John Kerry arrived in Sharm el-Sheikh for the talks. Kerry said a deal was close. Delegates in Sharm el-Sheikh worked late.`],
    entities: [kerry, { key: `${resort}:sharm-el-sheikh`, type: resort, name: 'Sharm el-Sheikh', aliases: [], mentions: 2 }],
  });

describe('who and where a story names', () => {
  it('lists a name read as a place in one article and as a person in another under where only', () => {
    const a = talks('Kerry arrives for climate talks', '2022-11-10', 'place');
    const b = talks('Climate talks run late', '2022-11-11', 'person');
    const archive = new Archive([a, b]);
    const view = describeStory(new BookStory(a.id, [a.id, b.id]), archive, new EntityDirectory(archive))!;
    expect(view.where.map((n) => n.name)).toContain('Sharm el-Sheikh');
    expect(view.who.map((n) => n.name)).toEqual(['John Kerry']);
  });

  it('leaves out of who a name the archive reads as a place most often, though this story reads it as a person', () => {
    const elsewhere = ['2022-11-01', '2022-11-02'].map((date, i) => talks(`Delegates gather, day ${i + 1}`, date, 'place'));
    const b = talks('Climate talks run late', '2022-11-11', 'person');
    const archive = new Archive([...elsewhere, b]);
    const view = describeStory(new BookStory(b.id, [b.id]), archive, new EntityDirectory(archive))!;
    expect(view.who.map((n) => n.name)).toEqual(['John Kerry']);
  });
});
