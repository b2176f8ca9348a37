import { parseDateline } from '../ingest/dateline.js';
import { isAgencyName } from '../ingest/title.js';

/**
 * The label of a summary box some sites print above the story, run into its first sentence when the page
 * is saved as text ("AI-assisted summary Scott Bessent, a former…"). Only labels that never open a sentence
 * of news; the story's own words follow with a capital.
 */
const BOX_LABEL = /^(?:AI-assisted summary|Story highlights|Key points|Key takeaways)\s*[:.—–-]?\s+(?=[\p{Lu}\p{N}"“‘'])/u;

/**
 * A story's first sentence as a reader is shown it: without a summary box's label, and without the dateline
 * ("WASHINGTON —", "Kyiv, Ukraine (CNN)") or the dash a dateline leaves. Only for the first sentence: further
 * down, "NATO — the alliance…" is the sentence's own.
 */
export function withoutOpening(first: string): string {
  const unlabelled = first.replace(BOX_LABEL, '');
  const wire = WIRE_DATELINE.exec(unlabelled)?.[0].length ?? 0;
  const rest = (wire ? unlabelled.slice(wire) : (parseDateline(unlabelled)?.rest ?? unlabelled)).replace(/^[—–−-]+\s+/, '');
  // A dateline is followed by a sentence; "NATO — the alliance said…" is the sentence's own dash.
  return rest !== unlabelled && SENTENCE_START.test(rest) ? rest : unlabelled;
}

const SENTENCE_START = /^[\p{Lu}\p{N}"“‘']/u;

/**
 * A wire dateline as exports keep it, brackets lost and places listed: "Washington CNN —", "Moscow and Kyiv
 * CNN —", "Seoul, South Korea (Reuters) -".
 */
const WIRE_DATELINE = /^(?:\p{Lu}[\p{L}.'’-]*(?:,\s*|\s+and\s+|\s+)){0,6}\(?(?:CNN|Reuters|AP|AFP|Bloomberg)\)?\s*[—–‒―−-]+\s*/u;

const DATELINE_END = /[—–‒―−(/]|\s-/u;

/**
 * The place a story's opening dateline names ("Hong Kong CNN — …" → Hong Kong, "Seoul, South Korea (Reuters)
 * - …", "LONDON (AP) — …"), or undefined when it names none ("CNN — …") or there is no dateline.
 */
export function openingPlace(first: string): string | undefined {
  // Every dateline form ends on a dash or a bracket near the start: most bodies are passed over at once
  // (read at every start for every seed article).
  if (!DATELINE_END.test(first.slice(0, 120))) return undefined;
  const dateline = parseDateline(first);
  // "NATO — the alliance said…" is a sentence with a dash, not a dateline: one is followed by a sentence.
  // "CNN — …" opens with who filed the story, and names no place.
  if (dateline) return SENTENCE_START.test(dateline.rest) && !dateline.place.includes(' and ') && !isAgencyName(dateline.place) ? dateline.place : undefined;
  const wire = WIRE_DATELINE.exec(first)?.[0];
  const place = wire?.replace(/\(?(?:CNN|Reuters|AP|AFP|Bloomberg)\)?\s*[—–‒―−-]+\s*$/u, '').trim().replace(/,$/, '');
  // "Moscow and Kyiv CNN —": two places, neither the one.
  return place && !place.includes(' and ') ? place : undefined;
}
