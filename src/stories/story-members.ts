/** Past this many members a story's ids are held in a Set, for lookups; below it, a list is smaller. */
const LISTED_UNTIL = 16;

/**
 * The articles of one story, in the order they joined, as a Set of them would give them. Most stories are
 * one article (at 100,000 articles, 97,000 stories): a Set for each was about 150 bytes around one id, so one
 * member is held as the id itself, a few as a list, and only a large story gets a Set.
 */
export class StoryMembers implements Iterable<string> {
  private held: string | string[] | Set<string> | undefined;

  static of(ids: Iterable<string>): StoryMembers {
    const members = new StoryMembers();
    for (const id of ids) members.add(id);
    return members;
  }

  get size(): number {
    const held = this.held;
    if (held === undefined) return 0;
    if (typeof held === 'string') return 1;
    return held instanceof Set ? held.size : held.length;
  }

  has(id: string): boolean {
    const held = this.held;
    if (held === undefined) return false;
    if (typeof held === 'string') return held === id;
    return held instanceof Set ? held.has(id) : held.includes(id);
  }

  add(id: string): this {
    const held = this.held;
    if (held === undefined) this.held = id;
    else if (typeof held === 'string') {
      if (held !== id) this.held = [held, id];
    } else if (held instanceof Set) held.add(id);
    else if (!held.includes(id)) {
      held.push(id);
      if (held.length > LISTED_UNTIL) this.held = new Set(held);
    }
    return this;
  }

  delete(id: string): boolean {
    const held = this.held;
    if (held === undefined) return false;
    if (typeof held === 'string') {
      if (held !== id) return false;
      this.held = undefined;
      return true;
    }
    if (held instanceof Set) return held.delete(id);
    const at = held.indexOf(id);
    if (at < 0) return false;
    held.splice(at, 1);
    if (held.length === 1) this.held = held[0];
    return true;
  }

  *[Symbol.iterator](): Iterator<string> {
    const held = this.held;
    if (held === undefined) return;
    if (typeof held === 'string') yield held;
    else yield* held;
  }
}
