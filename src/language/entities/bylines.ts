import { CREDIT_NAMES, PHOTO_CREDITS } from '../gazetteer/credits.js';
import { keyOfCandidate, type Candidate } from './candidate.js';
import type { Token } from './tokens.js';

/** Words a byline or contact line holds besides names: "By …", "… on Twitter @…", "contributed reporting". */
const BYLINE_WORDS = new Set([
  'by', 'and', 'on', 'twitter', 'x', 'follow', 'reach', 'contact', 'email', 'reporting', 'contributed', 'contributing',
  'to', 'this', 'report', 'photo', 'photos', 'credit', 'staff', 'writer', 'correspondent', 'reporter', 'editor',
  'usa', 'today', 'cnn', 'network', 'at', 'or', 'instagram', 'threads', 'bluesky', 'facebook', 'the', 'illustration',
  // A writer's note at the foot: "Jane Doe is a trending news reporter at USA TODAY", "… cover the White House".
  'is', 'a', 'an', 'are', 'for', 'covers', 'cover', 'trending', 'breaking', 'news', 'senior', 'national', 'politics', 'political',
  'white', 'house', 'congress', 'correspondents', 'reporters', 'her', 'him', 'them',
]);

/** Marks that open an entry's signature ("— Jane Doe") or a contributors' line. */
const SIGNATURE_DASHES = new Set(['—', '–', '-', '--', '―', '−']);
const CUE_WORDS = new Set(['by', 'twitter', 'reporting', 'contributing', 'contributed', 'reach', 'follow', 'reporter', 'correspondent', 'correspondents', 'reporters', 'covers', 'cover']);

/**
 * How a sentence reads as a byline: `cue` for a byline or contact line ("By Jane Doe and Ann Roe, USA
 * TODAY", "Jane Doe on Twitter @janedoe"), `bare` for names alone (a live blog's entry signature, a
 * byline only when the same name has a cued byline in the article), `no` for anything else.
 */
function bylineShape(ts: readonly Token[], named: ReadonlySet<number>): 'cue' | 'dash' | 'bare' | 'no' {
  let words = 0;
  let cue = false;
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i]!;
    if (t.text === '@' || t.text.startsWith('@')) cue = true;
    if (!t.isWord || named.has(i) || ts[i - 1]?.text === '@') continue;
    words++;
    if (!BYLINE_WORDS.has(t.lower) && !CREDIT_NAMES.has(t.lower)) return 'no';
    if (CUE_WORDS.has(t.lower)) cue = true;
  }
  if (cue) return 'cue';
  const first = ts.find((t) => t.text.trim());
  if (first && SIGNATURE_DASHES.has(first.text)) return 'dash';
  return words === 0 ? 'bare' : 'no';
}

const CLOSING_QUOTES = new Set(['”', '"', '’', "'"]);

/**
 * A dash before names signs a live blog's entry ("— Jane Doe") unless it closes a quotation ("…secure.” –
 * DeSantis"), as fact checks and quote boxes credit their speakers; a signature names its writer in full.
 */
function signedByDash(people: readonly Candidate[], before: readonly Token[] | undefined): boolean {
  const last = before?.findLast((t) => t.text.trim());
  return !(last && CLOSING_QUOTES.has(last.text)) && people.every((c) => c.tokens.length > 1);
}

const touchesSlash = (ts: readonly Token[], c: Candidate): boolean =>
  ts[c.tokens[0]!.index - 1]?.text === '/' || ts[c.tokens[c.tokens.length - 1]!.index + 1]?.text === '/';

/** A photographer's credit: the name touches a slash ("Jane Doe/AFP/Getty Images"). */
function inCredit(ts: readonly Token[], c: Candidate): boolean {
  const before = ts[c.tokens[0]!.index - 1];
  const after = ts[c.tokens[c.tokens.length - 1]!.index + 1];
  return (before?.text === '/' && before.end === c.start) || (after?.text === '/' && after.start === c.end);
}

// Court cases are written with "v."; sports results ("Lancashire v Yorkshire") without the stop keep their teams.
const CASE_MARKS = new Set(['v.']);

/** "Roe v. Wade": the parties of a court case name a case, not people or places of the story. */
function inCaseName(ts: readonly Token[], c: Candidate): boolean {
  const before = ts[c.tokens[0]!.index - 1];
  const after = ts[c.tokens[c.tokens.length - 1]!.index + 1];
  return (!!before && CASE_MARKS.has(before.lower) && !!ts[before.index - 1]?.cap) || (!!after && CASE_MARKS.has(after.lower) && !!ts[after.index + 1]?.cap);
}

/**
 * People named only as the writers or photographers of the article (and the parties of a case name):
 * no mention of them as news.
 */
export function dropBylines(tokens: readonly Token[][], candidates: readonly Candidate[]): Candidate[] {
  const bySentence = new Map<number, Candidate[]>();
  for (const c of candidates) {
    const list = bySentence.get(c.sentence);
    if (list) list.push(c);
    else bySentence.set(c.sentence, [c]);
  }
  const dropped = new Set<Candidate>();
  const writers = new Set<string>();
  const bare: Candidate[] = [];
  for (const [s, list] of bySentence) {
    const ts = tokens[s]!;
    for (const c of list) {
      const key = keyOfCandidate(c);
      if (PHOTO_CREDITS.has(key) || (CREDIT_NAMES.has(key) && touchesSlash(ts, c)) || inCaseName(ts, c)) dropped.add(c);
    }
    const people = list.filter((c) => c.type === 'person');
    for (const c of people) if (inCredit(ts, c)) dropped.add(c);
    const named = new Set<number>();
    for (const c of list) for (const t of c.tokens) named.add(t.index);
    const read = bylineShape(ts, named);
    const shape = read === 'dash' ? (signedByDash(people, tokens[s - 1]) ? 'cue' : 'no') : read;
    // "Contributing: The Associated Press", "-- Reuters": an agency credited in a byline line is no news either.
    if (shape === 'cue') for (const c of list) if (c.type !== 'person') dropped.add(c);
    if (people.length === 0) continue;
    if (shape === 'cue') {
      for (const c of people) {
        dropped.add(c);
        writers.add(keyOfCandidate(c));
      }
    } else if (s <= 2 && people.length >= 2 && namesOnly(ts, named) && outletLine(tokens[s + 1])) {
      // "Jane Doe, Ann Roe and Tom Ray" over "Reuters" at the top of the article: its writers, signed as a wire signs.
      for (const c of people) {
        dropped.add(c);
        writers.add(keyOfCandidate(c));
      }
    } else if (shape === 'bare') bare.push(...people);
  }
  // A writer named in a byline is no one the article reports on: every mention of that name goes, and the
  // surname alone ("Follow Collins on X") unless someone else the article names has it ("Sen. Susan Collins").
  const surnames = new Set([...writers].map((w) => w.split(' ').at(-1)!));
  for (const c of candidates) {
    if (c.type === 'person' && c.tokens.length > 1 && !dropped.has(c) && !writers.has(keyOfCandidate(c))) surnames.delete(c.tokens.at(-1)!.lower);
  }
  for (const c of candidates) {
    if (c.type !== 'person') continue;
    const last = c.tokens[c.tokens.length - 1]!.lower;
    if (writers.has(keyOfCandidate(c)) || writers.has(last) || (c.tokens.length === 1 && surnames.has(last))) dropped.add(c);
  }
  for (const c of bare) if (writers.has(keyOfCandidate(c))) dropped.add(c);
  return dropped.size ? candidates.filter((c) => !dropped.has(c)) : [...candidates];
}

/** A sentence that is only an outlet's or agency's name ("Reuters", "USA TODAY"), as under a wire byline. */
function outletLine(ts: readonly Token[] | undefined): boolean {
  const words = (ts ?? []).filter((t) => t.isWord);
  return words.length > 0 && words.length <= 3 && words.every((t) => CREDIT_NAMES.has(t.lower) || BYLINE_WORDS.has(t.lower));
}

/** "Jane Doe, Ann Roe and Tom Ray": names joined by commas and "and" only. */
function namesOnly(ts: readonly Token[], named: ReadonlySet<number>): boolean {
  return ts.every((t, i) => !t.isWord || named.has(i) || t.lower === 'and');
}
