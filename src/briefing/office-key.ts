import { COUNTRIES } from '../language/gazetteer/countries.js';
import { splitList, US_STATES } from '../language/gazetteer/places.js';
import { ALL_TITLES } from '../language/gazetteer/titles.js';
import { boundedMemo } from '../language/bounded-memo.js';
import { nameForm } from './name-forms.js';

/**
 * A country's name form → its first nationality adjective ("ukraine" → "ukrainian", "us" → "american"),
 * longest names first so "south korea" is tried before "korea".
 */
const NATIONALITY_OF: readonly [string, string][] = COUNTRIES.flatMap((c) => {
  const demonym = c.demonyms[0];
  return demonym ? [c.name, ...c.aliases].map((n) => [nameForm(n), nameForm(demonym)] as [string, string]) : [];
})
  .filter(([name]) => name !== '')
  .sort((a, b) => b[0].length - a[0].length);

/** "leader of the Labour Party" is the "Labour Party leader", "President of the European Commission" its president. */
const HEAD_OF = /^(leader|chairman|chairwoman|chair|head|speaker|president) of (?:the )?(?!state$|government$)(.+)$/;

/** "US Secretary of Defense" holds the "US Defense Secretary"'s office, "minister of defence" the "defence minister"'s. */
const PORTFOLIO_OF = /^(.*?)\b(secretary|minister|director) of (?:the )?(?!state$)(.+)$/;

/** Words that name no office of their own: "Britain's new Prime Minister" holds the British Prime Minister's. */
const PLAIN_WORDS = new Set(['party', 'main', 'current', 'sitting']);
/** First words of titles: "new" before one is plain ("new Prime Minister"), before another word a name's ("New Zealand"). */
const TITLE_STARTS = new Set(ALL_TITLES.map((t) => t.split(' ')[0]!));

/**
 * One form for the ways news names a party's leader: "leader of the main opposition Labour Party",
 * "opposition Labour Party leader" and "Labour leader" → "labour leader". "Party" and "main" add nothing;
 * "opposition" before the party's name only says which side it sits on ("opposition leader" alone stays).
 */
function partyForm(form: string): string {
  const words = form
    .replace(HEAD_OF, '$2 $1')
    .replace(PORTFOLIO_OF, '$1$3 $2')
    .split(' ')
    .map((w) => SPELLED_OUT.get(w) ?? NEUTRAL.get(w) ?? w)
    .filter((w, i, all) => !PLAIN_WORDS.has(w) && !(w === 'new' && TITLE_STARTS.has(all[i + 1] ?? '')));
  const head = words.length - 1;
  const elected = ELECTED.has(words[head] ?? '');
  return words.filter((w, i) => !(w === 'opposition' && i < head - 1) && !(elected && i < head && PARTY_WORDS.has(w))).join(' ');
}

/** One office whoever holds it: "Kremlin spokesman" and "Kremlin spokesperson", "Fed Chairman" and "Fed Chair". */
const NEUTRAL = new Map([
  ['spokesman', 'spokesperson'], ['spokeswoman', 'spokesperson'], ['chairman', 'chair'], ['chairwoman', 'chair'], ['chairperson', 'chair'],
]);

/** Abbreviated titles and bodies, spelled out: "Gov." is the governor's office, "U.N." the United Nations. */
const SPELLED_OUT = new Map([
  ['gov', 'governor'], ['sen', 'senator'], ['rep', 'representative'], ['un', 'united nations'], ['lt', 'lieutenant'], ['gen', 'general'], ['gop', 'republican'], ['vp', 'vice president'],
]);
/** "Florida Gov." → "Florida Governor": a role line is read as a title, so its abbreviations are written out. */
export function spelledTitle(title: string): string {
  return title.replace(/\b(?:(Gov|Sen|Rep|Lt|Gen)\.|(VP))(?=\s|$)/g, (_, dotted: string | undefined, bare: string | undefined) => {
    const short = dotted ?? bare!;
    return SPELLED_OUT.get(short.toLowerCase())!.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
  });
}

/**
 * "Britain's new king" → "Britain's king", "current RNC chairwoman" → "RNC chairwoman": "new" and "current"
 * are true the week it is written, not over a role line's span.
 */
export function withoutNew(title: string): string {
  return title
    .replace(/^(?:current|sitting|newly[- ]elected|newly[- ]installed)\s+/i, '')
    .replace(/\bnew\s+(?=(\S+))/gi, (found: string, next: string) => (TITLE_STARTS.has(next.toLowerCase()) ? '' : found));
}

/**
 * A role as a role line shows it: abbreviations written out, "new" and "current" dropped, and the first
 * letter a capital, as a list item starts ("First lady", "Chancellor of the exchequer"); the rest stays as
 * the articles write it, which knows better than a rule which words are a formal title.
 */
export function shownTitle(title: string): string {
  const shown = spelledTitle(withoutNew(title));
  return shown.charAt(0).toUpperCase() + shown.slice(1);
}

/** Offices a party wins, not the party's own: "GOP South Carolina Gov." holds the South Carolina governor's. */
const ELECTED = new Set(['governor', 'senator', 'representative', 'mayor', 'congressman', 'congresswoman', 'lawmaker', 'president']);
const PARTY_WORDS = new Set(['gop', 'republican', 'democratic', 'democrat']);

/**
 * The key an office is grouped by: its title's name form with a leading country name read as its
 * nationality, so "Ukraine President" and "Ukrainian President" are one office, shown once. Kept by title: a
 * role briefing compares every line with every other, and each key runs the list of nations.
 */
export const officeKey = boundedMemo(computeOfficeKey, 20_000);

function computeOfficeKey(title: string): string {
  const form = partyForm(
    nameForm(title.replace(/['’]s\b/g, ''))
      .replace(/\bchief executive(?: officer)?\b/g, 'ceo')
      // "EU Commission", "European Union Commission" and "European Commission" are one body.
      .replace(/\b(?:eu|european union)\b/g, 'european')
      // "Joint Chiefs Chairman" and "chairman of the Joint Chiefs of Staff" are one office.
      .replace(/\bjoint chiefs of staff\b/g, 'joint chiefs'),
  );
  for (const [country, nationality] of NATIONALITY_OF) {
    if (form.startsWith(`${country} `)) return `${nationality}${form.slice(country.length)}`;
  }
  return form;
}

const NATIONALITIES = new Set(COUNTRIES.flatMap((c) => c.demonyms.map(nameForm)).filter(Boolean));

/** US states' name forms, longest first ("west virginia" before "virginia"). */
const STATES = splitList(US_STATES).map(nameForm).filter(Boolean).sort((a, b) => b.length - a.length);

/**
 * The office without the nation or US state it is of: "Israeli Prime Minister" and "Israel Prime Minister"
 * → "prime minister", "California Governor" → "governor".
 */
export const officeWithoutNation = boundedMemo(computeOfficeWithoutNation, 20_000);

function computeOfficeWithoutNation(title: string): string {
  const key = officeKey(title);
  const space = key.indexOf(' ');
  if (space > 0 && NATIONALITIES.has(key.slice(0, space))) return key.slice(space + 1);
  const state = STATES.find((s) => key.startsWith(`${s} `));
  return state ? key.slice(state.length + 1) : key;
}
