import { escapePattern } from '../language/escape-pattern.js';
import { holdsName } from './phrase-names.js';

/**
 * "Harris and Trump hit the campaign trail" tells of two people doing the same thing apart; "Biden and
 * Harris met for a private lunch" of one thing done together. A person's timeline line says "with" the
 * other only for the second kind: "hit the campaign trail · with Donald Trump" says what did not happen.
 */
const DONE_TOGETHER = new Set(
  (
    'met meet meets meeting talked talk talks spoke speak speaks held hold holds discussed discuss negotiated negotiate ' +
    'agreed agree agrees signed sign signs shook hugged embraced exchanged traded debated debate clashed sparred argued ' +
    'quarreled quarrelled feuded married wed divorced reunited dined lunched huddled conferred teamed partnered allied ' +
    'reconciled dated co-wrote co-authored co-founded co-hosted co-sponsored cofounded founded formed'
  ).split(' '),
);

/** The phrase tells of something done together: a reciprocal verb, or said so ("toured the site together"). */
export function doneTogether(what: string): boolean {
  if (/\b(?:together|jointly|side by side)\b/i.test(what)) return true;
  return DONE_TOGETHER.has(what.split(/\s+/, 1)[0]!.toLowerCase());
}

/**
 * `other` is named with `subject` before the phrase ("Harris and Trump hit…", "Harris, Walz and Obama
 * campaigned…"), as a second subject: not beside them ("Harris, with Obama at her side, …").
 */
export function isCoSubject(evidence: string, what: string, subjectName: string, otherName: string): boolean {
  const at = evidence.indexOf(what);
  if (at <= 0) return false;
  const before = evidence.slice(0, at);
  if (!holdsName(before, subjectName) || !holdsName(before, otherName)) return false;
  const last = otherName.split(/\s+/).at(-1)!;
  return !new RegExp(`\\b(?:with|alongside|beside|joined by)\\s+(?:\\S+\\s+){0,3}${escapePattern(last)}\\b`, 'i').test(before);
}

/** The other acted apart from the subject in the same words: the line is about the subject alone. */
export function actsApart(evidence: string, what: string, subjectName: string, otherName: string): boolean {
  return !doneTogether(what) && isCoSubject(evidence, what, subjectName, otherName);
}
