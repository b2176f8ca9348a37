import { escapeMarkdown, truncateAtWord } from '../replies/markdown.js';
import type { ReplyField } from '../replies/reply.js';
import { withoutOpening } from '../articles/story-opening.js';
import { actsApart } from './joint-acts.js';
import { placeAsWritten, placePreposition } from './line-places.js';
import { holdsName } from './phrase-names.js';
import { timeLabel } from './time-order.js';
import type { TimelineEntry } from './timeline.js';

/** Discord's limits, which every briefing is designed to fit without the renderer cutting anything. */
export const LIMITS = { fields: 25, fieldValue: 1024, fieldName: 256, total: 6000, description: 4096 } as const;

/** A sentence quoted verbatim, then the id of the article it is from. */
export function quoteLine(sentence: string, articleId: string): string {
  return `> ${escapeMarkdown(sentence.replace(/\s+/g, ' ').trim())} \`${articleId}\``;
}

/** An entry: its date, what happened, who else and where (names as the article gives them), then the evidence. */
export function timelineLine(entry: TimelineEntry, subject?: string): string {
  const what = entry.what ? ` · ${escapeMarkdown(shownWhat(entry))}` : '';
  // Names the phrase already holds ("arrived at Khasan station", "pressure Maduro") are not repeated.
  const named = (keys: readonly string[]) => (entry.what ? keys.filter((k) => k !== subject).map((k) => entry.names[k] ?? '').filter((n) => n && !holdsName(entry.what!, n)) : []);
  const places = named(entry.places);
  // "with" only beside a person or body who acts in it: a place's line names its actors plainly.
  const together = !!subject && /^(?:person|organisation):/.test(subject) && entry.actors.includes(subject);
  const subjectName = together ? entry.names[subject!] : undefined;
  const others = named(entry.actors).filter((n) => !subjectName || !entry.what || !actsApart(entry.evidence, entry.what, subjectName, n));
  const who = others.length ? ` · ${together ? 'with ' : ''}${escapeMarkdown(others.join(', '))}` : '';
  const where = places.length ? ` · ${placePreposition(places)} ${escapeMarkdown(places.map((n) => placeAsWritten(n, entry.evidence)).join(', '))}` : '';
  const planned = entry.planned ? ' · *planned*' : '';
  const also = entry.alsoIn.length ? ` · ${sourcesCount(entry.outlets, entry.alsoIn.length + 1)}` : '';
  return `**${timeLabel(entry.date, entry.articleDate)}**${what}${who}${where}${planned}${also}\n${quoteLine(entry.opening ? withoutOpening(entry.evidence) : entry.evidence, entry.articleId)}`;
}


/**
 * What the line says, without the date it shows already: "wrote July 21 on Truth Social" is shown "wrote on
 * Truth Social". Only a time inside the phrase and before a preposition goes ("named February 16 a day of
 * unity" keeps its object; "spent Friday on a tour" its span).
 */
function shownWhat(entry: TimelineEntry): string {
  const what = entry.what!;
  if (!entry.dateAt) return what;
  const time = entry.evidence.slice(entry.dateAt.start, entry.dateAt.end).trim();
  const at = time ? what.indexOf(` ${time} `) : -1;
  if (at <= 0 || /^spen[dt]/i.test(what)) return what;
  const rest = what.slice(at + time.length + 2);
  return LEFT_AFTER_TIME.test(rest) ? `${what.slice(0, at)} ${rest}` : what;
}
const LEFT_AFTER_TIME = /^(?:on|with|to|for|from|amid|about|after|over|into|against|across|toward|towards)\s/;

/** "2024-05-14 to 2024-05-16", or the one date. */
export const dateSpan = (first: string, last: string): string => (first === last ? first : `${first} to ${last}`);

export interface Packed {
  fields: ReplyField[];
  /** How many of the lines made it in. */
  used: number;
  chars: number;
}

/**
 * Whole lines into fields of at most 1024 characters, under a character budget and a field count: a
 * quoted sentence is never cut in two fields. Only a single line longer than a field is shortened.
 */
export function packLines(name: string, lines: readonly string[], budget: number, maxFields: number): Packed {
  const fields: ReplyField[] = [];
  let current = '';
  let used = 0;
  let chars = 0;
  const fieldName = () => (fields.length === 0 ? name : `${name} (cont.)`);
  const flush = () => {
    if (!current) return;
    fields.push({ name: fieldName(), value: current });
    chars += current.length + fieldName().length;
    current = '';
  };
  for (const raw of lines) {
    const line = raw.length > LIMITS.fieldValue ? truncateAtWord(raw, LIMITS.fieldValue) : raw;
    const joined = current ? `${current}\n${line}` : line;
    if (joined.length <= LIMITS.fieldValue && chars + joined.length + fieldName().length <= budget) {
      current = joined;
      used += 1;
      continue;
    }
    flush();
    if (fields.length >= maxFields || chars + line.length + fieldName().length > budget) break;
    current = line;
    used += 1;
  }
  flush();
  return { fields, used, chars };
}

/** Characters a reply's fields, title, text and footer take, as Discord counts them. */
export function replySize(parts: { title?: string; text?: string; footer?: string; fields?: readonly ReplyField[] }): number {
  return (parts.title?.length ?? 0) + (parts.text?.length ?? 0) + (parts.footer?.length ?? 0) + (parts.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
}

/** "3 sources, 4 articles": outlets first, the article count beside it when it differs. */
export function sourcesCount(outlets: number, articles: number): string {
  const o = `${outlets} ${outlets === 1 ? 'source' : 'sources'}`;
  return articles > outlets ? `${o}, ${articles} articles` : o;
}
