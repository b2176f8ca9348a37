import { CREDIT } from './page-head.js';

/**
 * What marks a headline-shaped line above the story as something else: a caption, a clip's title in a
 * playlist, a site prompt, a fragment of a line, a pull quote, a fact box's row, a sidebar's link. Each
 * lowers the line's score as a headline (see headline-pick.ts).
 */
/** Words that mark a picture's caption. */
const PICTURE_WORDS = /\b(image|images|photo|photograph|illustration|pictured|credit|getty|file photo|clockwise|left to right|seen here|hide caption|screenshot|enlarge|head ?shot|headshot|thumbnail|avatar)\b|\([^()]*\/[^()]*\)\s*$|\((?:l-r|source\b)[^()]*\)|\S+@\S+\.\w/i;
/** A photographer's credit closing a caption: "… Jane Doe/The Herald", "… Jane Doe/AP", "… on the quay. Jane Doe" (not "… Rep. Jane Doe"). */
const CREDIT_TAIL = /\p{Ll}\p{Lu}\p{L}+ \p{Lu}\p{L}+\/(?:The )?\p{Lu}[\p{L}.]*(?: \p{Lu}\p{L}*)?\s*$|\p{L} \p{Lu}\p{L}+\/\p{Lu}+\s*$|\s[\p{Ll}\d][\p{L}\d]*\. \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}$/u;

/** A line wholly in quotation marks: a pull quote or an epigraph. */
const PULL_QUOTE = /^["“‘'][^"“”]+["”’']$/;
/** The story's quotation introduced by its speaker: "Lovato said: \"Is that…\"", "She wrote: “…”". */
const QUOTED_SPEECH = /\b(?:said|says|wrote|writes|added|told \p{L}+)\s*:\s*["“]/u;

/** "Label: value" (a fact box's row), as opposed to "Ukraine war: what we know" whose neighbours are no such rows. */
const LABEL_VALUE = /^[\p{L}\d][^:]{0,60}:\s+\S/u;

/** Whether line `i` and two of its nearest non-empty neighbours (two above, two below) all read "Label: value". */
function tableRow(lines: readonly string[], i: number): boolean {
  if (!LABEL_VALUE.test(lines[i]!.trim())) return false;
  let rows = 0;
  for (const step of [-1, 1]) {
    for (let j = i + step, n = 0; j >= 0 && j < lines.length && n < 2; j += step) {
      const text = lines[j]!.trim();
      if (!text) continue;
      n++;
      if (LABEL_VALUE.test(text)) rows++;
    }
  }
  return rows >= 2;
}

/** A gallery's counter ("9 of 12 |"), a player's controls ("Listen · 24:37", "Add to Playlist"), a list's links. */
const CONTROLS = /^\d+\s+of\s+\d+\b|\b\d{1,2}:\d{2}\b.*\b(?:listen|watch|play|playlist)|\b(?:listen|watch|play)\b.*\b\d{1,2}:\d{2}\b|add to playlist|^(?:see|view|show|load) (?:all|more)\b/i;

/** A wire dateline's stub on its own line: "New York CNN —", "LONDON (Reuters) -". */
const DATELINE_STUB = /\s[—–-]\s*$/;
/** A clip's length closing its title: "… Government 24:37" (not "… closes at 4:30"). */
const DURATION_TAIL = /(?<!\b(?:at|by|until|till|before|after|from|to|since|around))\s+\d{1,2}:\d{2}(?::\d{2})?\s*$/i;
/** A teaser cut short before its link: "… prevention… more", "… the ... Read more". */
const MORE_LINK = /(?:…|\.{3})\s*(?:read )?more$/i;
/** A label of up to three words left hanging on a preposition: "Latest in", "More from", "Posted in". */
const HANGING_LABEL = /^(?:\S+\s+){0,2}(?:in|of|for|from|on|at|by|with|to|about)$/i;

/**
 * A piece of a line rather than a headline: it ends on a separator ("Alex Shephard/", "9 of 12 |") or a
 * dateline's dash, it is a player's or gallery's controls or a clip's length, a teaser's "… more" link, or a
 * short label hanging on a preposition. (A long headline may end on "in" or "for": sources cut them short.)
 */
export function isFragment(text: string): boolean {
  return /[|/\\]\s*$/.test(text) || CONTROLS.test(text) || DATELINE_STUB.test(text) || DURATION_TAIL.test(text) || MORE_LINK.test(text) || HANGING_LABEL.test(text);
}

/** A picture's or a media player's label: the line under it is a caption or a clip's title. */
const MEDIA_LABEL = /^(?:image caption|caption|photo|video|watch|listen|now playing)(?!\p{L})[\s\d:,.-]*$/iu;

/** What stands under a clip's title in a playlist: "Now playing", "Up next", its length alone ("02:12"). */
const PLAYLIST_MARK = /^(?:now playing|playing now|up next|playing next|\d{1,2}:\d{2}(?::\d{2})?)$/i;
/** A player's slot under a clip's picture label ("Video Ad Feedback"): the line over it names a picture. */
const PLAYER_SLOT = /^(?:video )?ad feedback$/i;

/** A video player's controls as a dump prints them: "Play Video", "Current Time 0:00", "Close Modal Dialog". */
const PLAYER_CONTROL = /^(?:video player is loading|play video|unmute|current time \d|duration \d|remaining time\b|end of dialog window|close modal dialog)/i;

/** Whether a player's controls stand among the dozen non-empty lines above line `i`: the line is the clip's title. */
function underPlayer(lines: readonly string[], i: number): boolean {
  for (let j = i - 1, n = 0; j >= 0 && n < 12; j--) {
    const text = lines[j]!.trim();
    if (!text) continue;
    n++;
    if (PLAYER_CONTROL.test(text)) return true;
  }
  return false;
}

/** A list's label over other stories' links: "RELATED CONTENT", "More from Sport", "Most read". */
const LIST_LABEL = /^(?:related|more from|more in|more on|recommended|popular|most read|most popular|trending|we recommend|you may also like|read next|also read)\b.{0,20}$/i;

/** Whether line `i` is in a list under such a label: the label stands above it, with no blank line between but one right under the label. */
function underListLabel(lines: readonly string[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 8; j--) {
    const text = lines[j]!.trim();
    if (LIST_LABEL.test(text)) return true;
    if (!text) return LIST_LABEL.test(previousText(lines, j));
  }
  return false;
}

/** A dialog's answer button. */
const BUTTON = /^(?:no,? thanks?(?: you)?|not now|maybe later|accept|allow|dismiss|got it|i agree|yes,? please)[.!]?$/i;

/** The previous non-empty line's text above line `i`. */
function previousText(lines: readonly string[], i: number): string {
  for (let j = i - 1; j >= 0; j--) if (lines[j]!.trim()) return lines[j]!.trim();
  return '';
}

/** The next non-empty line's text below line `i`, before `end`. */
function nextText(lines: readonly string[], i: number, end: number): string {
  for (let j = i + 1; j < end; j++) if (lines[j]!.trim()) return lines[j]!.trim();
  return '';
}

/** Leading spaces: a text dump indents a sidebar's or a list's lines beyond the story's. */
const indent = (line: string) => line.length - line.trimStart().length;

/** How much lower line `i` scores as the headline of the story starting at `storyStart` for looking like junk. */
export function junkPenalty(lines: readonly string[], i: number, storyStart: number): number {
  const text = lines[i]!.trim();
  const next = nextText(lines, i, storyStart);
  let penalty = 0;
  // A caption: picture words, a photographer's credit at its end, a credit line right under it ("Credit: …"),
  // or a picture's or a player's label right over it ("Image caption,", "VIDEO 3:49").
  if (PICTURE_WORDS.test(text) || CREDIT_TAIL.test(text) || CREDIT.test(next) || MEDIA_LABEL.test(previousText(lines, i))) penalty += 1.5;
  // A clip's title in a playlist: marked under it ("Now playing", its length) and under its player's slot ("Video Ad
  // Feedback") or a player's controls, each a clue; or the picture's label over that slot.
  if (PLAYLIST_MARK.test(next) || PLAYER_SLOT.test(next)) penalty += 1.5;
  if (PLAYER_SLOT.test(previousText(lines, i)) || underPlayer(lines, i)) penalty += 1.5;
  // A prompt answered by buttons ("Want alerts on this topic?" over "No, thanks") is the site's, not the story's.
  if (BUTTON.test(next)) penalty += 1.5;
  if (isFragment(text)) penalty += 3;
  // A pull quote or the story's own quotation ("She said: \"…\"") is the story's text set apart, not its headline.
  if (PULL_QUOTE.test(text) || QUOTED_SPEECH.test(text)) penalty += 1.5;
  // A row of a fact box ("Weight: 2030 grams" among "Length: …" and "Core: …") labels a value, it heads nothing.
  if (tableRow(lines, i)) penalty += 2;
  // A link listed under "Related content" or "Most read" heads another story.
  if (underListLabel(lines, i)) penalty += 1.5;
  // Indented beyond the story's flush lead: a sidebar's link or a list's item, not the story's own heading.
  if (indent(lines[storyStart] ?? '') === 0 && indent(lines[i]!) >= 2) penalty += 1;
  return penalty;
}
