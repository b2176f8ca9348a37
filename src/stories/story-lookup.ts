/**
 * Which story an article belongs to. `StoryBook` (story-book.ts) is the real one: articles about one
 * event, syndicated copies folded in, kept current from the archive's changes. Where none is built,
 * every article is its own story.
 */
export interface StoryLookup {
  storyIdOf(articleId: string): string | undefined;
}

export const articleIsItsOwnStory: StoryLookup = { storyIdOf: (articleId) => articleId };
