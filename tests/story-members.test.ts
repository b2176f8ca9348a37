import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StoryMembers } from '../src/stories/story-members.js';

describe("a story's members", () => {
  it('answer every add, delete and lookup as a Set would, in the same order, small or large', () => {
    const ids = fc.constantFrom(...Array.from({ length: 40 }, (_, n) => `2024-05-0${n % 9}-article-${n}`));
    const step = fc.tuple(fc.constantFrom('add', 'add', 'delete', 'has'), ids);
    fc.assert(
      fc.property(fc.array(step, { maxLength: 120 }), (steps) => {
        const members = new StoryMembers();
        const model = new Set<string>();
        for (const [op, id] of steps) {
          if (op === 'add') {
            members.add(id);
            model.add(id);
          } else if (op === 'delete') expect(members.delete(id)).toBe(model.delete(id));
          else expect(members.has(id)).toBe(model.has(id));
          expect(members.size).toBe(model.size);
          expect([...members]).toEqual([...model]);
        }
      }),
    );
  });

  it('are read back from a list with repeats dropped, first place kept', () => {
    expect([...StoryMembers.of(['a', 'b', 'a', 'c'])]).toEqual(['a', 'b', 'c']);
    expect(StoryMembers.of([]).size).toBe(0);
  });
});
