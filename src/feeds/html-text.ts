import { parseHTML } from 'linkedom';

/**
 * HTML read as text, never rendered: linkedom builds a DOM without running scripts or loading
 * anything, and we walk it for the words. Block elements end paragraphs; scripts, styles and form
 * controls are skipped.
 */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'FORM', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'HEAD']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * `captions: false` leaves out what `<figcaption>` holds: a picture's caption ("… sport leather jackets at a
 * tech conference in Denver on July 29") is no sentence of the story, and read as one it was quoted as news.
 */
export function nodeParagraphs(root: DomNode, { captions = true }: { captions?: boolean } = {}): string[] {
  const out: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
    current = '';
  };
  const walk = (node: DomNode) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) current += child.textContent ?? '';
      else if (child.nodeType === ELEMENT_NODE) {
        const name = child.nodeName.toUpperCase();
        if (SKIP.has(name) || (!captions && name === 'FIGCAPTION')) continue;
        if (name === 'BR') {
          flush();
          continue;
        }
        const block = BLOCK.has(name);
        if (block) flush();
        walk(child);
        if (block) flush();
      }
    }
  };
  walk(root);
  flush();
  return out;
}

/** An HTML fragment (a feed item's content) as paragraphs of plain text. */
export function htmlToParagraphs(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  return nodeParagraphs(document.body as DomNode);
}

/** A title or name that may carry markup or entities ("Q&amp;A", "<b>Live</b>") as one plain line. */
export function plainText(value: string | undefined): string {
  if (!value) return '';
  const text = /[<&]/.test(value) ? htmlToParagraphs(value).join(' ') : value;
  return text.replace(/\s+/g, ' ').trim();
}
