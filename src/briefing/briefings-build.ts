import { readAhead } from '../articles/analysis-shelf.js';
import type { Archive } from '../articles/archive.js';
import type { EnrichedArticle } from '../articles/article.js';
import type { Logger } from '../logger.js';
import { StoryBook } from '../stories/story-book.js';
import type { Pacer } from '../store/pacer.js';
import { EntityDirectory } from './entity-directory.js';

/** The directory and the stories, built from the archive when no snapshot describes it. */
export interface Parts {
  directory: EntityDirectory;
  stories: StoryBook;
  origin: 'snapshot' | 'built';
}

/**
 * The stories read an article again for the text features they keep only for the recent ones. Changes reach them
 * in order, so they read the text they hold, except for an article replaced by a change still waiting behind the
 * one applied: a comparison with it then reads the new text a moment early.
 */
export const articleOf = (archive: Archive) => (id: string) => archive.get(id);

export const oldestFirst = (articles: readonly EnrichedArticle[]) => [...articles].sort((x, y) => x.date.localeCompare(y.date) || x.id.localeCompare(y.id));

/** The directory from every article, then the stories oldest first (a story's id comes from its earliest article); a step per article. */
function* buildSteps(archive: Archive, initial: readonly EnrichedArticle[], prefetch?: (ids: readonly string[]) => void): Generator<void, Parts> {
  const directory = new EntityDirectory();
  for (const article of readAhead(initial, prefetch)) {
    directory.apply({ type: 'added', article });
    yield;
  }
  const stories = new StoryBook(undefined, directory, undefined, articleOf(archive));
  for (const article of readAhead(oldestFirst(initial), prefetch)) {
    stories.add(article);
    yield;
  }
  return { directory, stories, origin: 'built' };
}

export async function build(archive: Archive, initial: readonly EnrichedArticle[], pacer: Pacer, { logger, prefetch }: { logger?: Logger; prefetch?: (ids: readonly string[]) => void }): Promise<Parts> {
  const started = performance.now();
  const steps = buildSteps(archive, initial, prefetch);
  let step = steps.next();
  while (!step.done) {
    if (pacer.due()) await pacer.rest();
    step = steps.next();
  }
  logger?.info('stories and directory built', { articles: initial.length, stories: step.value.stories.size, ms: Math.round(performance.now() - started) });
  return step.value;
}

export function buildAtOnce(archive: Archive, initial: readonly EnrichedArticle[], logger?: Logger): Parts {
  const started = performance.now();
  const steps = buildSteps(archive, initial);
  let step = steps.next();
  while (!step.done) step = steps.next();
  logger?.info('stories and directory built', { articles: initial.length, stories: step.value.stories.size, ms: Math.round(performance.now() - started) });
  return step.value;
}
