import { endsAsSentence } from '../language/sentence-end.js';
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

/**
 * Lines that close a story, after which a page prints only its own matter: the wire's credits ("Reporting by
 * …; editing by …"), the writer's box ("Aaron Kliegman is a politics reporter for Fox News Digital.", "Steph
 * Bazzle covers politics and theocracy…"), and the page's own lines under it (error and feedback links, "Our
 * website is…", "Got a news tip?"). A prompt to comment is none: a saved page may print its comments first.
 */
const STORY_CLOSERS = [
  /^(?:additional )?(?:reporting|writing|editing)(?: and (?:writing|editing))? by\s+\p{Lu}/iu,
  /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:is|was)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,5}(?:reporter|correspondent|editor|writer|producer|journalist|columnist|contributor|intern|fellow|analyst)\b.{0,80}\b(?:for|at|with)\s+(?:the\s+)?\p{Lu}/u,
  /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}covers\s+[\p{Ll}\s,&-]{3,60}(?:for|at)\s+\p{Lu}/u,
  /^(?:report an? (?:editorial )?error|report a technical issue|submit a correction|to submit a correction)/iu,
  /^[Ww]ith (?:files|reports|reporting) from\s+\p{Lu}/u,
  /^(?:our website is (?:the|your)\b|stay informed with\b|enjoying our (?:latest )?content\?|get in touch with (?:our|the)\b|have something to say\?|got a (?:hot )?(?:news )?tip\?|add .{1,40} to your google news)/iu,
  /^(?:published|filed|posted) under:|^tags?:\s|^doi:\s*https?:/iu,
];

/** Whether a paragraph closes the story (`STORY_CLOSERS`). */
export const closesStory = (paragraph: string): boolean => paragraph.length <= 400 && STORY_CLOSERS.some((r) => r.test(paragraph.trim()));

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
const isProse = (paragraph: string): boolean => wordCount(paragraph) >= 4 && endsAsSentence(paragraph);

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
  let allWords = 0;
  for (const p of paragraphs) if (isProse(p)) allWords += wordCount(p);
  const kept: string[] = [];
  const dropped: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i]!;
    // The story's closing line stays (a credit, the writer's box); what the page prints after it goes. Only
    // past half the page's sentences: "Evan Gershkovich is a Wall Street Journal reporter…" may open a story.
    if (words >= STORY_BEFORE && words * 2 >= allWords && closesStory(paragraph)) {
      kept.push(paragraph);
      dropped.push(...paragraphs.slice(i + 1));
      break;
    }
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
