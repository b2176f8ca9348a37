/**
 * Readability walks the DOM recursively and compares nodes with their ancestors, so a deeply nested or
 * enormous page makes it superlinear (an 18 KB nested page blocked 40 s). Before it runs, the tree is
 * cut to a budget: below `maxDepth` an element keeps only its text, and past `maxElements` elements the
 * rest of the page is dropped. Both walks are iterative and visit each node once.
 */
export interface DomBudget {
  maxDepth: number;
  maxElements: number;
}

export const DEFAULT_DOM_BUDGET: DomBudget = { maxDepth: 40, maxElements: 20_000 };

interface BudgetNode {
  nodeType: number;
  childNodes: ArrayLike<BudgetNode>;
  textContent: string | null;
  remove(): void;
}

const ELEMENT = 1;

/** Cuts `root`'s tree in place; returns how many elements were flattened or dropped. */
export function capDom(root: BudgetNode, budget: DomBudget = DEFAULT_DOM_BUDGET): number {
  let elements = 0;
  let cut = 0;
  const stack: { node: BudgetNode; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    const children = Array.from(node.childNodes).filter((c) => c.nodeType === ELEMENT);
    if (!children.length) continue;
    if (depth >= budget.maxDepth) {
      node.textContent = flatText(node);
      cut += children.length;
      continue;
    }
    const kept: BudgetNode[] = [];
    for (const child of children) {
      if (elements >= budget.maxElements) {
        child.remove();
        cut++;
      } else {
        elements++;
        kept.push(child);
      }
    }
    for (let i = kept.length - 1; i >= 0; i--) stack.push({ node: kept[i]!, depth: depth + 1 });
  }
  return cut;
}

/** A subtree's text without recursion (textContent recurses, and a deep tree overflows the stack). */
function flatText(root: BudgetNode): string {
  const parts: string[] = [];
  const stack: BudgetNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) parts.push(node.textContent ?? '');
    const kids = Array.from(node.childNodes);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
