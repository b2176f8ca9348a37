import { looksLikeSentence, wordCount } from './chrome.js';

/**
 * What a page prints beside its story, inside it or after it: the headings that open a list of other
 * stories, the story's topics, its author's box or its comments ("Related Stories", "Popular Stories", "You
 * might also like", "Read next", "More from Politics", "Most viewed in USA", "Topics", "About the author",
 * "Join the conversation"). Judged by shape and wording, never one site's strings.
 */
const TAIL_HEADING = new RegExp(
  '^(?:' +
    [
      'related(?: (?:stories|articles|posts|reading|coverage|content|links|news|topics|tags|countries|videos))?',
      'popular(?: (?:stories|now|articles|posts|today))?',
      '(?:top|more|latest|trending|recommended|suggested|sponsored) (?:stories|news|articles|posts|videos|reads)',
      'more (?:from|in|on|about) .{1,40}',
      'most (?:read|viewed|popular|shared|watched)(?: .{1,30})?',
      'trending(?: now)?',
      'recommended(?: for you| reading)?',
      '(?:you|we think you) (?:may|might|could|will) (?:also )?(?:like|enjoy|be interested in)(?: these)?',
      'read (?:next|this next)',
      'also read',
      'see also',
      'editor[\'’]?s (?:choice|picks?)',
      'don[\'’]?t miss',
      'latest (?:on|from|in) .{1,40}',
      '.{1,40} latest (?:articles|news|stories)',
      'tags',
      'topics',
      'related tags',
      'in this article',
      'explore more(?: on the topics in this story)?',
      'about the (?:authors?|writer|reporter)',
      'contact the author',
      'photo of (?:the )?author',
      'join the (?:conversation|discussion)',
      'previous (?:post|article|story)',
      'what to read next',
      'further reading',
      'around the web',
      'from our partners',
      'published under',
      'filed under',
    ].join('|') +
    ')\\s*:?$',
  'iu',
);

/** Words of the story's sentences before a heading can open a list: above them, the heading is the page's own chrome. */
const STORY_BEFORE = 80;

/** Whether a paragraph is a heading that opens what follows the story. */
export function isTailHeading(paragraph: string): boolean {
  const text = paragraph.trim().replace(/^[•·\-–—#\d.\s]+/u, '');
  return wordCount(text) <= 8 && !looksLikeSentence(text) && TAIL_HEADING.test(text);
}

/**
 * "MORE: Trump camp accuses Biden…", "READ NEXT: Cape Town heads into…": a link to another story set into
 * this one, which would otherwise be quoted as this article's sentence.
 */
const LINK_LABEL = /^(?:more|read more|read next|read also|also read|related|see also|watch|listen|recommended|don[’']t miss|editor[’']s choice)\s*[:|]\s+\S/iu;
/** The label in capitals, as links are set: "More: the talks failed" is the story's own sentence. */
const LABEL_IN_CAPITALS = /^[\p{Lu}\s’']+[:|]/u;

/** Whether a paragraph is a link to another story set into this one ("MORE: …", "READ NEXT: …"). */
export const isLinkLine = (paragraph: string): boolean => LINK_LABEL.test(paragraph) && LABEL_IN_CAPITALS.test(paragraph) && wordCount(paragraph) <= 30;

/** A paragraph the story would print: a sentence of four words or more ("Chris Christie is no angel."). */
const isProse = (paragraph: string): boolean => wordCount(paragraph) >= 4 && /[.!?…]["'”’)\]]*$/u.test(paragraph.trim());

/**
 * Where the list a heading opens ends: at the story's next two sentences in a row (a "Related coverage" box
 * set inside the story), or at the page's end (teasers alternate a headline and a sentence to its end).
 */
function listEnd(paragraphs: readonly string[], heading: number): number {
  for (let i = heading + 1; i + 1 < paragraphs.length; i++) if (isProse(paragraphs[i]!) && isProse(paragraphs[i + 1]!)) return i;
  return paragraphs.length;
}

/**
 * A page's story paragraphs without the lists of other stories, topics and links it printed inside or after
 * it ("Related Stories" and what follows up to the story's next sentences), and what was taken out. Only
 * past the story's first words: above them, a heading is the page's own chrome, read elsewhere.
 */
export function withoutStoryLists(paragraphs: readonly string[]): { kept: string[]; dropped: string[] } {
  let words = 0;
  const kept: string[] = [];
  const dropped: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i]!;
    if (words >= STORY_BEFORE && isTailHeading(paragraph)) {
      const end = listEnd(paragraphs, i);
      dropped.push(...paragraphs.slice(i, end));
      i = end - 1;
      continue;
    }
    kept.push(paragraph);
    // Only the story's sentences count: a saved page's menus and comment box can come first.
    if (isProse(paragraph)) words += wordCount(paragraph);
  }
  return { kept, dropped };
}
