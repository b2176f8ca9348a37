/**
 * Which story an article belongs to. Stories (articles about one event, syndicated copies folded in)
 * come from the briefings work; until then every article is its own story.
 */
export interface StoryLookup {
  storyIdOf(articleId: string): string | undefined;
}

export const articleIsItsOwnStory: StoryLookup = { storyIdOf: (articleId) => articleId };
