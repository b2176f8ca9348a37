import type { Archive } from '../articles/archive.js';
import { describeStory, type StoryView } from '../stories/story-view.js';
import { StoryBook, type Story } from '../stories/story-book.js';
import { EntityDirectory } from './entity-directory.js';

/**
 * What briefings read: the entity directory and the stories, both kept up to date from the archive's
 * changes, plus small caches of what queries derive from them.
 */
export interface Briefings {
  archive: Archive;
  directory: EntityDirectory;
  stories: StoryBook;
  /** A story as briefings show it; cached until its articles or the directory change. */
  view(story: Story): StoryView | undefined;
  /** Pictures by what they show, so asking twice renders once. */
  pictures: Map<string, Uint8Array>;
}

export function createBriefings(archive: Archive): Briefings {
  const directory = new EntityDirectory(archive);
  const stories = new StoryBook(archive, directory);
  const views = new Map<string, { stamp: string; view: StoryView | undefined }>();
  const pictures = new Map<string, Uint8Array>();
  archive.subscribe(() => {
    if (views.size > 5_000) views.clear();
  });
  return {
    archive,
    directory,
    stories,
    pictures,
    view(story) {
      const stamp = `${story.version}:${directory.version}`;
      const cached = views.get(story.id);
      if (cached?.stamp === stamp) return cached.view;
      const view = describeStory(story, archive, directory);
      views.set(story.id, { stamp, view });
      return view;
    },
  };
}
