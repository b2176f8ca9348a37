/**
 * Recognising a saved page's "chrome": the lines that belong to the site, not the story (site name and
 * logo lines, menus, share/subscribe/cookie prompts, "mobile version" links, headers repeated on every
 * page). We judge a line by its shape and wording, never by matching one site's exact strings.
 */

const CHROME_WORDS =
  /\b(site icon|logo|skip to (main )?content|main menu|menu|navigation|toggle|search( for)?|sign in|sign up|log ?in|log ?out|register|subscribe|subscription|newsletter|follow us|share( this| on)?|tweet|whatsapp|facebook|telegram|linkedin|pinterest|reddit|email this|print this|copy link|cookies?|privacy (policy|settings)|accept all|manage (consent|preferences)|advertisement|sponsored|read more|related (articles|stories|posts)|most (read|popular)|trending|recommended|exit mobile version|mobile version|desktop version|view (full|desktop) site|back to top|all rights reserved|terms of (use|service)|contact us|about us|comments?|leave a reply|home page|homepage|breaking news|(additional )?reporting by|editing by|writing by|our standards|photo credit|image source|getty images|link copied|home screen|preferred source|add as preferred|do not sell|personal information|reset (your )?password|opt[- ]?out|home delivery|digital access|special offer|free trial|upgrade your browser|outdated browser|for only \$\d+|opens in a new (tab|window)|send us your feedback|more from|image for post|forgot (your )?password)\b/i;
const SOCIAL_NAMES = /\b(?:tweet|twitter|whatsapp|facebook|telegram|linkedin|pinterest|reddit)\b/gi;
/** "Published 3 seconds ago", "Follow Quartz": a relative stamp, a follow button. */
const WIDGET_LINE = /^(?:(?:published|updated|posted)\b.{0,30}\b(?:ago|just now)|follow(?: \S+){1,2})$/i;

/** An offer to buy: "Special offer: 3 months for $10. Subscribe", "Try 30 days free", "… Subscribe now" (not "… for $33 billion"). */
const ADVERT = /\bspecial offer\b|\bfree trial\b|\b\d+ (?:days?|weeks?|months?) (?:for [$£€]\d|free)\b|\bsubscribe(?: now| today)?[.!]?$/i;

/** Whole lines that are a menu or a category path: "Home | World | Asia", "News › Asia". */
const MENU_LINE = /^([\p{L}\d&'’. -]{1,24})(\s*[|›»•·/>]\s*[\p{L}\d&'’. -]{1,24}){1,}$/u;

const SENTENCE_END = /[.!?…]["'”’)\]]*$/;

/** Words separated by white space; counted without building the list, as it runs on every line of a page. */
export function wordCount(line: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    const space = code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11 || code === 160 || (code >= 0x2000 && code <= 0x200a) || code === 0x3000;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

export function looksLikeSentence(line: string): boolean {
  return wordCount(line) >= 6 && SENTENCE_END.test(line.trim());
}

export interface ChromeContext {
  /** Lines seen more than once in the page (repeated headers and footers). */
  repeated: ReadonlySet<string>;
  /** Names the page gives its publisher (from the dateline), which site-name lines repeat. */
  siteNames: readonly string[];
  /** Lines printed again with other lines between (not right under themselves): a headline and its sticky header. */
  repeatedApart?: ReadonlySet<string>;
}

/** Why a line is chrome, or undefined when it may be content. */
export function chromeReason(line: string, context: ChromeContext): string | undefined {
  const text = line.trim();
  if (!text) return undefined;
  if (looksLikeSentence(text) && wordCount(text) > 12) return undefined;
  if (context.repeated.has(text) && !looksLikeSentence(text)) return 'repeated line';
  if (/^[\W_]+$/u.test(text)) return 'no words';
  // A link's label for screen readers ("<headline> on facebook (opens in a new window)") names a button, whatever it repeats.
  if (/\(opens in (?:a )?new (?:tab|window)\)$/i.test(text)) return 'site or sharing line';
  if (MENU_LINE.test(text) && /[|›»•·>]/.test(text)) return 'menu line';
  if (wordCount(text) <= 8 && (hasChromeWords(text) || WIDGET_LINE.test(text))) return 'site or sharing line';
  // A text dump glues a row of links into one line ("Skip to navigationSkip to content", "FootballBoxingGolf"):
  // read apart, a glued line with a site word is a widget, and one glued three times over is a row of links.
  const joins = gluedJoins(text);
  if (joins >= 3 && !looksLikeSentence(text)) return 'glued links';
  if (joins >= 1 && wordCount(text) <= 16 && hasChromeWords(unglued(text))) return 'site or sharing line';
  const upperSite = context.siteNames.map((s) => s.toLowerCase());
  if (wordCount(text) <= 5 && !SENTENCE_END.test(text) && upperSite.some((s) => s && text.toLowerCase().includes(s))) {
    return 'site name line';
  }
  if (wordCount(text) <= 20 && ADVERT.test(text)) return 'advert';
  if (/^(©|\(c\)|copyright\b)/i.test(text)) return 'copyright line';
  if (/^(https?:\/\/|www\.)\S+$/i.test(text)) return 'bare link';
  return undefined;
}

/** A network's name makes a short button ("Share on Facebook"), not a headline about the network. */
function hasChromeWords(text: string): boolean {
  return CHROME_WORDS.test(text) && (wordCount(text) <= 5 || CHROME_WORDS.test(text.replace(SOCIAL_NAMES, ' ')));
}

/** Where a lower-case letter or a full stop runs straight into a capital: links glued by a text dump. */
const GLUE = /(?<=\p{Ll}\p{Ll}|\p{Ll}[.!?])(?=\p{Lu})/gu;

function gluedJoins(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(GLUE)) n++;
  return n;
}

const unglued = (text: string) => text.replace(GLUE, ' ');

/** The lines printed again with other lines between (a teaser card prints its title twice in a row). */
export function repeatedApart(lines: readonly string[]): Set<string> {
  const last = new Map<string, number>();
  const apart = new Set<string>();
  let n = 0;
  for (const line of lines) {
    const t = line.trim();
    if (!t) continue;
    n++;
    const before = last.get(t);
    if (before !== undefined && n - before > 1) apart.add(t);
    last.set(t, n);
  }
  return apart;
}

export function repeatedLines(lines: readonly string[]): Set<string> {
  const seen = new Map<string, number>();
  for (const line of lines) {
    const t = line.trim();
    if (t) seen.set(t, (seen.get(t) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, n]) => n > 1).map(([t]) => t));
}
