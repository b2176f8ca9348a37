import { describe, expect, it } from 'vitest';
import type { EnrichedArticle } from '../src/articles/article.js';
import { Archive } from '../src/articles/archive.js';
import { companionsOf } from '../src/briefing/companions.js';
import { EntityDirectory } from '../src/briefing/entity-directory.js';
import { toArticle } from '../src/ingest/to-article.js';
import { analyze } from '../src/language/pipeline.js';

function article(title: string, date: string, body: string): EnrichedArticle {
  const parsed = toArticle({ origin: `test:${title}`, title, date, body, fallbackTime: new Date(0) }, new Date('2024-06-10T00:00:00Z')).article;
  return { ...parsed, analysis: analyze(parsed) };
}

const talks = [1, 2, 3, 4, 5, 6].map((d) =>
  article(`Day ${d} of the talks`, `2024-03-0${d}`, `Foreign Minister Dmytro Kovalenko met Chancellor Greta Lindqvist in Vienna on day ${d}. Kovalenko said progress was slow.`),
);
// One wire copy spells him both ways: his two records (folded into one name) both hold this article.
const bothSpellings = article(
  'Talks end without a deal',
  '2024-03-08',
  'Foreign Minister Dmytro Kovalenko left Vienna on Friday. Earlier, Dmytor Kovalenko and Chancellor Greta Lindqvist had failed to agree on a text.',
);

describe('names beside a subject written several ways', () => {
  const directory = new EntityDirectory(new Archive([...talks, bothSpellings]));
  const key = directory.named('Dmytro Kovalenko')[0]!;

  it('count an article once, though two of the subject\'s spellings are filed in it', () => {
    const members = directory.members(key);
    expect(members.length).toBeGreaterThan(1);
    expect(members.filter((r) => r.articles.has(bothSpellings.id))).toHaveLength(2);
    const lindqvist = companionsOf(key, members, directory).find((c) => c.name === 'Greta Lindqvist')!;
    expect(lindqvist.articles).toBe(7);
    expect(lindqvist.articles).toBeLessThanOrEqual(directory.articleCount(key));
  });

  it('count a name beside the subject once in an article that writes it two ways', () => {
    const slip = article(
      'A second round',
      '2024-03-09',
      'Foreign Minister Dmytro Kovalenko returned to Vienna on Saturday to meet Chancellor Greta Lindqvist. Gerta Lindqvist said the door stayed open.',
    );
    const d = new EntityDirectory(new Archive([...talks, slip]));
    const subject = d.named('Dmytro Kovalenko')[0]!;
    expect(d.named('Gerta Lindqvist')).toEqual(d.named('Greta Lindqvist'));
    const beside = companionsOf(subject, d.members(subject), d).filter((c) => c.name === 'Greta Lindqvist');
    expect(beside).toHaveLength(1);
    expect(beside[0]!.articles).toBe(7);
  });
});
