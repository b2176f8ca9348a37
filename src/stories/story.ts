import { SmallMap } from '../briefing/small-map.js';
import { StoryMembers } from './story-members.js';

/** A story: articles about one event. Its id is made from its first article's and never changes. */
export interface Story {
  readonly id: string;
  readonly members: StoryMembers;
  /** Article → the earlier member it is a near-identical copy of (most stories have none). */
  copies: SmallMap<string, string>;
  /** Grows whenever the members change, for caches of what is derived from them. */
  version: number;
}

/**
 * The copies of a story that has none, which is nearly every story (a map each was 4 MB at 100,000 articles):
 * shared, and frozen so that a set on it fails at once; `noteCopy` gives a story a map of its own.
 */
export const NO_COPIES = Object.freeze(new SmallMap<string, string>()) as SmallMap<string, string>;

export function noteCopy(story: Story, copy: string, original: string): void {
  if (story.copies === NO_COPIES) story.copies = new SmallMap();
  story.copies.set(copy, original);
}

/**
 * A story as the book makes it: its id is "s-" and the id of the article it began with ("-2", "-3"… after it
 * when that was taken), worked out when read, so the story holds the article's own id string rather than a
 * string of its own (97,000 stories at 100,000 articles, 6 MB). It is its own list of members, not an object
 * beside one (97,000 of them, 3 MB).
 */
export class BookStory extends StoryMembers implements Story {
  constructor(
    /** The id without its "s-": the book's key for the story. */
    readonly key: string,
    members: Iterable<string> = [],
    public copies = NO_COPIES,
    public version = 0,
  ) {
    super();
    for (const id of members) this.add(id);
  }

  get id(): string {
    return `s-${this.key}`;
  }

  get members(): StoryMembers {
    return this;
  }
}

/** The book's key for a story id ("s-…"), or undefined when the text is no story id. */
export const storyKey = (id: string): string | undefined => (id.startsWith('s-') ? id.slice(2) : undefined);
