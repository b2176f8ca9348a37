import { escapePattern } from './escape-pattern.js';
import { endsAsSentence } from './sentence-end.js';

/** Page furniture that arrives as whole paragraphs of an export: galleries, captions, video cards, links to other stories. */

/**
 * A photo gallery saved with the story: "Photos: <gallery title> <caption> Hide Caption 1 of 66 Photos: …",
 * one paragraph. Its title runs into every caption ("…Queen Elizabeth II Queen Elizabeth II was…"), which
 * would make names of the two, and its captions are not the story.
 */
const isHiddenCaptionGallery = (block: string): boolean => block.includes('Photo') && /^\s*Photos?:/.test(block) && /Hide Caption \d+ of \d+\s*$/.test(block);

/** A video player's card saved with the story: "Video Ad Feedback <clip title> 02:48 - Source: CNN <clip title>". */
const isVideoCard = (block: string): boolean => block.length < 600 && block.includes('Source:') && /\b\d{1,2}:\d{2}\s*[-–•·]\s*Source:\s/.test(block);

/**
 * Another player's card: "JUST WATCHED <clip title> Replay More Videos ... MUST WATCH <clip title> 04:38". Its
 * title runs into the player's words ("…Boris Johnson Replay More Videos") and made a person of them.
 */
const isWatchedCard = (block: string): boolean => block.length < 800 && block.includes('Replay More Videos') && /^\s*JUST WATCHED\b/.test(block);

/**
 * A slideshow saved as one paragraph: its captions, then "In pictures: <gallery title> Prev Next", the
 * slideshow's buttons. Captions: read for who is pictured, never told as news (the buttons are no name's
 * words, see classifyRun).
 */
const isSlideshow = (block: string): boolean => block.includes('Prev Next') && /\bPrev Next\s*$/.test(block);

/**
 * A link to another story saved as its label run into its headline, with no space where the page had two
 * elements: "More:Trump teases second summit…", "Who's the next House speaker?Here's who…". Written
 * prose always puts a space after a question mark or colon, so the glue is what tells a teaser.
 */
function isRelatedLink(block: string): boolean {
  if (block.length >= 300) return false;
  // Read by hand, as this runs for every paragraph: the first "?", "!" or ":" within 100 characters of the
  // text's start, glued between a letter (or digit, quote, bracket) and a letter.
  let from = 0;
  while (from < block.length && /\s/.test(block[from]!)) from++;
  const end = Math.min(block.length - 1, from + 102);
  for (let i = from + 2; i < end; i++) {
    const c = block.charCodeAt(i);
    if (c === 10) return false;
    if (c !== 63 && c !== 33 && c !== 58) continue;
    if (GLUED_BEFORE.test(block[i - 1]!) && LETTER.test(block[i + 1]!)) return true;
  }
  return false;
}
const GLUED_BEFORE = /[\p{L}\d'’”)]/u;
const LETTER = /\p{L}/u;

/** Picture desks and wires that end a photo credit ("Evgeniy Maloletka/AP", "…/AFP/Getty Images"). */
const PICTURE_DESKS = [
  'Getty Images', 'AFP', 'AP', 'Reuters', 'EPA', 'EPA-EFE', 'Bloomberg', 'Shutterstock', 'Sipa USA', 'Sipa', 'Anadolu Agency',
  'Anadolu', 'NurPhoto', 'SOPA Images', 'LightRocket', 'Pool', 'Xinhua', 'TASS', 'Sputnik', 'ZUMA Press', 'ZUMA Wire', 'Imagn',
  'Redux', 'WireImage', 'PA', 'CNN', 'USA TODAY', 'USA TODAY Network', 'Handout', 'Kremlin', 'FILE', 'File',
];
const desks = PICTURE_DESKS.map(escapePattern).sort((a, b) => b.length - a.length).join('|');

/**
 * A credit that closes a caption: a slash before a picture desk ("Name/AP", "Name/Pool/AFP/Getty Images"),
 * "Name for CNN", Getty's "(Photo by …)" or Metro's "(Picture: …)", followed by the next caption's capital
 * or the paragraph's end. A slash in prose ("a USA TODAY/Suffolk poll", "Radio Free Europe/Radio Liberty")
 * names no picture desk.
 */
const CREDIT = new RegExp(
  `\\/(?:${desks})(?=\\s+\\p{Lu}|\\s*$)|\\p{Lu}[\\p{L}'’-]+ for (?:CNN|USA TODAY)(?=\\s+\\p{Lu}|\\s*$)|\\((?:AP )?Photo(?: by)? [^()\\n]{1,80}\\)\\s*$|\\((?:Picture|Photo|Image|Pic|Photograph)s?: [^()\\n]{1,80}\\)\\s*$`,
  'gu',
);

function slashBeforeCapital(block: string): boolean {
  for (let at = block.indexOf('/'); at >= 0; at = block.indexOf('/', at + 1)) {
    const c = block.charCodeAt(at + 1);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/** " for CNN" or " for USA TODAY", found in one pass rather than one per desk. */
function forDesk(block: string): boolean {
  for (let at = block.indexOf(' for '); at >= 0; at = block.indexOf(' for ', at + 4)) {
    if (block.startsWith('CNN', at + 5) || block.startsWith('USA TODAY', at + 5)) return true;
  }
  return false;
}

/**
 * Captions saved in the text: a paragraph that ends with a photo credit (one picture), or that holds two
 * or more of them (a gallery with no "Hide Caption" marks). A caption tells what a picture shows, which
 * may be years old; the story says what happened.
 */
function isCaptionRun(block: string): boolean {
  // Every credit holds one of these (the pattern is case-sensitive; every desk's name opens with a capital):
  // most paragraphs hold none and are not searched, even those with a slash ("24/7", "and/or").
  if (!slashBeforeCapital(block) && !block.includes('Photo') && !block.includes('Picture') && !block.includes('Image') && !forDesk(block)) return false;
  let credits = 0;
  let last: RegExpMatchArray | undefined;
  for (const match of block.matchAll(CREDIT)) {
    credits++;
    last = match;
    if (credits >= 2) return true;
  }
  return last !== undefined && /^\s*$/.test(block.slice(last.index! + last[0].length));
}

/**
 * A picture described with no credit after it: "A frame from a video released by … highlights the moment
 * …", "In this photo provided by …", "This satellite image shows …". Only "a"/"this": "The images show" is
 * the story talking about pictures.
 */
const PICTURE_OPENER =
  /^\s*(?:In )?(?:this|an?) (?:undated |handout |file |satellite |aerial |video )?(?:frame|still|screenshot|screen ?grab|image|photo|photograph|picture)s? (?:taken|provided|released|from|obtained|made|shows?|posted|distributed|grabbed|captured|dated)\b/i;

/**
 * A credit line under a picture or a chart: "Source: Microsoft, composite Edie Freedman", "Photo: Ida Lunn",
 * "Image credit: NASA". Short, opened by its label, and no sentence of the story.
 */
const CREDIT_LINE = /^\s*(?:source|sources|photo|photos|image|images|picture|credit|photo credit|image credit|graphic|illustration|chart|map|video|footage)s?\s*:\s*\S/i;
const isCreditLine = (block: string): boolean => block.length <= 160 && CREDIT_LINE.test(block) && !endsAsSentence(block);

/**
 * A bulleted line that is no sentence: in a saved page, a link to another story ("• US-Israel-Iran War News
 * Live Updates: 'Discontinue transit to Iran', Trump shares…") or a label. Read for names, never quoted; a
 * story's own bulleted points are sentences and stay the story's.
 */
const isBulletedHeadline = (block: string): boolean => /^\s*[•▪■◦·]\s/.test(block) && !endsAsSentence(block);

/**
 * A paywall's or a sign-in box's prompt: "To read this article and more great Inc.com content, please log in
 * or create an account:", "Create a FREE account to continue reading", "THIS CONTENT IS RESERVED FOR
 * SUBSCRIBERS ONLY". The page's, never the story's.
 */
const PAYWALL = /\b(?:(?:log ?in|login|sign ?in|sign up|subscribe|register) (?:or (?:create|register|subscribe|sign up)\b[^.]{0,40}|to (?:continue|read|keep reading|save))|create an? (?:free )?account (?:or sign in |to )|to continue reading|(?:already an?|are you already an?) (?:subscriber|member)|(?:reserved|available) (?:for|to) (?:premium |paid |paying )?(?:subscribers|members) only)\b/i;
const isPaywallPrompt = (block: string): boolean => block.length <= 240 && PAYWALL.test(block);

/**
 * What a paragraph of an export is when it is not the story: `skip` (a gallery whose title runs into its
 * captions, a video card, a link to another story: no sentence is read) or `caption` (credited photo
 * captions: read for the names of who is pictured, never told as news).
 */
export function furnitureOf(block: string): 'skip' | 'caption' | undefined {
  if (isHiddenCaptionGallery(block) || isVideoCard(block) || isWatchedCard(block) || isRelatedLink(block) || isPaywallPrompt(block)) return 'skip';
  return isSlideshow(block) || isCaptionRun(block) || isCreditLine(block) || isBulletedHeadline(block) || PICTURE_OPENER.test(block) ? 'caption' : undefined;
}
