import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { capDom } from '../src/feeds/dom-budget.js';
import { extractPage } from '../src/feeds/page-extractor.js';
import { nestedPage } from '../src/bench/_hostile-inputs.js';

interface Tree {
  children: ArrayLike<Tree>;
}

function depthOf(root: Tree): number {
  let max = 0;
  const stack: [Tree, number][] = [[root, 0]];
  while (stack.length) {
    const [node, d] = stack.pop()!;
    max = Math.max(max, d);
    for (const c of Array.from(node.children)) stack.push([c, d + 1]);
  }
  return max;
}

describe('the DOM budget before Readability', () => {
  it('flattens elements below the depth limit into their text', () => {
    const { document } = parseHTML(`<html><body>${'<div>'.repeat(100)}deep words here${'</div>'.repeat(100)}</body></html>`);
    expect(capDom(document.body as never, { maxDepth: 10, maxElements: 1000 })).toBeGreaterThan(0);
    expect(depthOf(document.body)).toBeLessThanOrEqual(10);
    expect(document.body.textContent).toContain('deep words here');
  });

  it('drops elements past the element limit and leaves a small page alone', () => {
    const { document } = parseHTML(`<html><body>${'<p>cell</p>'.repeat(500)}</body></html>`);
    capDom(document.body as never, { maxDepth: 40, maxElements: 100 });
    expect(document.body.children.length).toBeLessThanOrEqual(100);
    const small = parseHTML('<html><body><p>one</p><p>two</p></body></html>').document;
    expect(capDom(small.body as never)).toBe(0);
  });

  it('still reads the headline of a page nested three thousand deep', () => {
    expect(extractPage(nestedPage(200_000, 1500), 'http://127.0.0.1/nested').title).toBe('Ferry terminal delayed again');
  });
});
