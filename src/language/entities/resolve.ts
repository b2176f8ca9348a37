import { lexicon } from '../gazetteer/lexicon.js';
import type { Entity, EntityType } from '../analysis.js';
import { NAME_CONNECTORS, REGION_WORDS } from '../gazetteer/common-words.js';
import type { Candidate } from './candidate.js';
import { LEADER_TITLES } from '../gazetteer/titles.js';
import { entityKey, initials, personSlug, slug } from './keys.js';
import { organisationEndingWith, organisationStartingWith } from './lone-names.js';
import type { Token } from './tokens.js';
import { findPerson, hasNickname, KIN_BEFORE, suffixed, type Person } from './person-match.js';
import { factsOf } from './word-facts.js';

export interface Resolved {
  entities: Entity[];
  entityOf: Map<Candidate, Entity>;
}


const titleHead = (c: Candidate): string | undefined => c.rolePrefix?.at(-1)?.lower.replace(/\.$/, '');

/** Whether a capitalised title before the name is a leader's ("President", "Prime Minister"), not "Vice President". */
function leaderTitled(c: Candidate): boolean {
  const words = (c.rolePrefix ?? []).map((t) => t.lower);
  if (words.some((w) => w === 'vice' || w === 'deputy' || w === 'first')) return false;
  return words.some((w, i) => LEADER_TITLES.has(w) || LEADER_TITLES.has(`${w} ${words[i + 1] ?? ''}`));
}

const REGION_WORD = new RegExp(String.raw`\s+(?:${[...REGION_WORDS].join('|')})$`);

/** The words of a person's name, hyphenated ones apart ("jong", "un"), connectors ("de", "bin") left out. */
function nameParts(c: Candidate): string[] {
  const parts: string[] = [];
  for (const t of c.tokens) {
    if (NAME_CONNECTORS.has(t.lower)) continue;
    if (!t.lower.includes('-')) parts.push(t.lower);
    else for (const part of t.lower.split('-')) if (part) parts.push(part);
  }
  return parts;
}

/**
 * "Donald and Melania Trump", "Joe and Jill Biden": a given name alone before "and" and a full name shares
 * that name's surname; the words to add to it, or undefined. A royal goes by a given name alone: "Princess
 * Anne and Mark Phillips" are two names, not a couple called Phillips.
 */
function sharedSurname(c: Candidate, tokens: readonly Token[][], candidates: readonly Candidate[]): { parts: string[]; written: string } | undefined {
  const t = c.tokens[0]!;
  if (c.tokens.length !== 1 || !factsOf(t).given) return undefined;
  const ts = tokens[c.sentence]!;
  if (ts[t.index + 1]?.lower !== 'and' || STYLES.has(ts[t.index - 1]?.lower ?? '')) return undefined;
  const next = ts[t.index + 2];
  const partner = next && candidates.find((o) => o.type === 'person' && o.sentence === c.sentence && o.tokens[0] === next);
  if (!partner || partner.tokens.length !== 2) return undefined;
  const surname = partner.tokens[1]!;
  return { parts: surname.lower.split('-'), written: surname.text };
}

/**
 * A capitalised English adjective or agent noun ("Crooked", "Frontrunner", "Murderer"), no given name or
 * surname: shaped by an English ending, so a foreign given name ("Andrés", "Recep") is never taken for one.
 */
function isEpithet(t: Token): boolean {
  const facts = factsOf(t);
  return !facts.given && !facts.surname && EPITHET_SHAPE.test(t.text);
}
const EPITHET_SHAPE = /^[A-Z][a-z]{2,}(?:ed|er|or|ous|ful|less|ist|ive)$/;

/** Where the same name is the same thing: a known name's canonical form, else the words themselves. */
function canonicalName(c: Candidate, text: string): string {
  if (c.standsFor) return c.standsFor.name;
  if (c.known && !c.known.weak && c.type !== 'person') return c.known.canonical;
  const own = text.slice(c.start, c.end);
  return c.type === 'place' ? own.replace(REGION_WORD, '') : own;
}

/** Groups mentions into one entity per real thing: aliases, surnames, acronyms, capitals for countries. */
export function resolveEntities(text: string, candidates: readonly Candidate[], tokens: readonly Token[][]): Resolved {
  const byKey = new Map<string, Entity>();
  const entityOf = new Map<Candidate, Entity>();
  const people: Person[] = [];
  const add = (c: Candidate, entity: Entity, start = c.start): void => {
    entity.mentions.push({ start, end: c.end, text: text.slice(start, c.end), sentence: c.sentence });
    entityOf.set(c, entity);
  };
  const make = (type: EntityType, name: string): Entity => {
    const key = entityKey(type, name);
    let entity = byKey.get(key);
    if (!entity) {
      entity = { key, type, name, aliases: [], mentions: [], roles: [], leader: false };
      byKey.set(key, entity);
    }
    return entity;
  };
  // Longest names first, so "Putin" finds "Vladimir Putin" wherever each appears.
  const ordered = candidates.filter((c) => c.type).sort((a, b) => b.tokens.length - a.tokens.length || a.start - b.start);
  const acronyms: Candidate[] = [];
  // Given names the article uses alone ("Ivy said"): news style calls relatives so, to keep the surname for one person.
  const surnameOf = new Map<Candidate, { parts: string[]; written: string }>();
  for (const c of candidates) {
    const shared = c.type === 'person' ? sharedSurname(c, tokens, candidates) : undefined;
    if (shared) surnameOf.set(c, shared);
  }
  // Both made on first need: most articles need neither.
  let given: Set<string> | undefined;
  const calledByGivenName = (): ReadonlySet<string> =>
    (given ??= new Set(candidates.filter((c) => c.type === 'person' && c.tokens.length === 1 && !surnameOf.has(c)).map((c) => personSlug(c.tokens[0]!.lower))));
  let full: Set<string> | undefined;
  const fullNames = (): ReadonlySet<string> =>
    (full ??= new Set(candidates.filter((c) => c.type === 'person' && c.tokens.length >= 2).map((c) => personSlug(nameParts(c).join(' ')))));
  for (const c of ordered) {
    // A word given in quotes as a person's nickname is that person wherever it stands alone, whatever it read as.
    // The slug is made once, and only when someone has a nickname (few articles): this runs for every mention.
    const nicknamed = c.tokens.length === 1 && people.some((p) => p.nickname) && hasNickname(people, personSlug(c.tokens[0]!.lower));
    const type = nicknamed ? 'person' : c.type!;
    if (type === 'person') {
      const shared = surnameOf.get(c);
      let parts = shared ? [...nameParts(c), ...shared.parts] : nameParts(c);
      // "Crooked Joe Biden", "Frontrunner Claudia Sheinbaum": a word that is no name before a full name the
      // article also writes alone is how the writer (or a quoted speaker) calls that person.
      const epithet = !shared && parts.length >= 3 && c.tokens.length >= 3 && fullNames().has(personSlug(parts.slice(1).join(' '))) && isEpithet(c.tokens[0]!);
      if (epithet) parts = parts.slice(1);
      const id = personSlug(parts.join(' '));
      const from = epithet ? c.tokens[1]!.start : c.start;
      const written = text.slice(from, c.end);
      const nickname = written.includes('"') || written.includes('“') ? NICKNAME.exec(written)?.[1] : undefined;
      // "Luiz Inácio “Lula” da Silva" and "Luiz Inácio Lula da Silva" in one article are one person.
      const nicknamedId = nickname ? personSlug(written.replace(/[“”"]/g, ' ').split(/\s+/).filter((w) => !NAME_CONNECTORS.has(w.toLowerCase())).join(' ')) : undefined;
      const same = people.find((p) => p.id === id || p.id === nicknamedId || p.nicknamedId === id);
      let within = same ?? (parts.length < 3 ? findPerson(people, parts, calledByGivenName) : undefined);
      // "King Salman" beside "Crown Prince Mohammed bin Salman": a name styled otherwise is someone else.
      // An office or courtesy title says nothing so ("then-Sen. Marr", "Mr. Marr" after "President Dale Marr").
      const head = titleHead(c);
      if (within && !same && head && STYLES.has(head) && within.titles.size > 0 && !within.titles.has(head)) within = undefined;
      // "Lady Starmer, the Prime Minister's wife" is not Keir Starmer: a woman's style is no man's. She is
      // named with it ("Lady Starmer"), so that a plain "Starmer" after is still matched as before.
      const styledApart = !!within && !same && !!head && WOMEN_STYLES.has(head) && lexicon().menOnly.has(within.parts[0]!.toLowerCase());
      if (styledApart) {
        within = undefined;
        parts = [c.rolePrefix!.at(-1)!.text, ...parts];
      }
      if (within) {
        add(c, within.entity, from);
        if (leaderTitled(c)) within.leader = true;
        if (head) within.titles.add(head);
        if (nickname) within.nickname ??= personSlug(nickname.toLowerCase());
      } else {
        // The key leaves a quoted nickname out, as the key of the same name written without it does.
        const plain = styledApart ? `${c.rolePrefix!.at(-1)!.text} ${written}` : written.replace(NICKNAME, ' ');
        const entity = make('person', shared ? `${plain} ${shared.written}` : plain);
        const named = nickname ? { nickname: personSlug(nickname.toLowerCase()), nicknamedId } : {};
        const slugs = parts.map(personSlug);
        const kin = KIN_BEFORE.test(text.slice(Math.max(0, from - 48), from));
        people.push({ entity, parts, slugs, suffixed: suffixed(slugs), id: styledApart ? personSlug(parts.join(' ')) : id, leader: leaderTitled(c), titles: new Set(head ? [head] : []), ...named, ...(kin ? { kin } : {}) });
        add(c, entity, from);
      }
      continue;
    }
    const own = text.slice(c.start, c.end);
    const bare = own.includes('.') ? own.replace(/\./g, '') : own;
    const city = /^\p{Lu}{2}$/u.test(bare) ? placeBefore(c, tokens, byKey) : undefined;
    if (city) {
      // "Washington, DC", "Austin, TX": the state's code addresses the city before it, no place of its own.
      add(c, city);
      continue;
    }
    if (!c.known && c.tokens.length === 1 && /^\p{Lu}{2,6}$/u.test(bare)) {
      acronyms.push(c);
      continue;
    }
    const lone = type === 'organisation' && (!c.known || c.known.weak) && c.tokens.length === 1;
    const head = lone ? (organisationStartingWith(byKey, c.tokens[0]!.text) ?? organisationEndingWith(byKey, c.tokens[0]!.text)) : undefined;
    add(c, head ?? make(type, canonicalName(c, text)));
  }
  linkAcronyms(text, acronyms, byKey, tokens, add, make);
  const entities = [...byKey.values()].filter((e) => e.mentions.length > 0);
  for (const e of entities) finishNames(e);
  entities.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  return { entities, entityOf };
}

/** A nickname in quotes inside a written name ("Luiz Inácio “Lula” da Silva"). */
const NICKNAME = /\s*[“"]([^”"]+)[”"]\s*/;

/** Styles only a woman is given: a surname so styled is not the man the article names in full. */
const WOMEN_STYLES = new Set(['lady', 'mrs', 'ms', 'miss', 'dame', 'madam', 'madame', 'baroness', 'duchess', 'countess', 'queen', 'princess', 'empress']);
/** Titles that are part of how a person is called, and so tell two people of one name apart. */
const STYLES = new Set(['king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'sultan', 'emir', 'sheikh', 'crown', 'duke', 'duchess']);


/** The place named just before ", " and a two-letter code ("Washington, DC"). */
function placeBefore(c: Candidate, tokens: readonly Token[][], byKey: ReadonlyMap<string, Entity>): Entity | undefined {
  const ts = tokens[c.sentence]!;
  const i = c.tokens[0]!.index;
  if (ts[i - 1]?.text !== ',' || !ts[i - 2]) return undefined;
  const end = ts[i - 2]!.end;
  return [...byKey.values()].find((e) => e.type === 'place' && e.mentions.some((m) => m.end === end && m.sentence === c.sentence));
}

function linkAcronyms(
  text: string,
  acronyms: readonly Candidate[],
  byKey: Map<string, Entity>,
  tokens: readonly Token[][],
  add: (c: Candidate, e: Entity) => void,
  make: (type: EntityType, name: string) => Entity,
): void {
  // Each name's initials, made once: every acronym of the article is compared with every name.
  const initialsOf = new Map<Entity, string[]>();
  const initialsOfName = (e: Entity): string[] => {
    let found = initialsOf.get(e);
    if (!found) initialsOf.set(e, (found = initials(e.name)));
    return found;
  };
  for (const c of acronyms) {
    const bare = text.slice(c.start, c.end).replace(/\./g, '').toUpperCase();
    const t = c.tokens[0]!;
    const ts = tokens[c.sentence]!;
    // "Korean Central News Agency (KCNA)": the name just before the bracket.
    const bracketed = ts[t.index - 1]?.text === '(' ? [...byKey.values()].find((e) => e.mentions.some((m) => m.end === ts[t.index - 2]?.end)) : undefined;
    const match = bracketed ?? [...byKey.values()].find((e) => e.type !== 'person' && e.name.includes(' ') && initialsOfName(e).includes(bare));
    add(c, match ?? make(c.type!, text.slice(c.start, c.end)));
  }
}

/** Written in capitals for emphasis ("WEST PALM BEACH —"), not an abbreviation ("D.C.", "U.K."). */
const shouting = (s: string): boolean => s.length > 3 && s === s.toUpperCase() && /\p{Lu}{3}/u.test(s);

/** How many pieces `split(/\s+/)` cuts a name into, counted without making them. */
function wordCount(s: string): number {
  let count = 1;
  let gap = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(s[i]!);
    if (space && !gap) count++;
    gap = space;
  }
  return count;
}
const SPACE = /\s/;

function finishNames(e: Entity): void {
  e.mentions.sort((a, b) => a.start - b.start);
  const forms = [...new Set(e.mentions.map((m) => m.text))];
  if (shouting(e.name)) {
    const name = e.name.toLowerCase();
    const calm = forms.find((f) => !shouting(f) && f.toLowerCase() === name);
    if (calm) e.name = calm;
    // A dateline's place, only ever written in capitals ("WEST PALM BEACH —"), is shown as a place is written.
    else if (e.type === 'place') e.name = name.replace(/(^|[\s-])(\p{L})/gu, (_, gap: string, letter: string) => gap + letter.toUpperCase());
  }
  if (e.type === 'person') {
    let most = wordCount(e.name);
    for (const f of forms) {
      const n = wordCount(f);
      if (n > most) [e.name, most] = [f, n];
    }
  } else if (e.type === 'organisation' || e.type === 'place') {
    const long = forms.reduce((a, b) => (b.length > a.length ? b : a), e.name);
    if (long.length > e.name.length && !e.key.startsWith(`${e.type}:${slug(long)}`) && !/^\p{Lu}+$/u.test(long)) e.name = long;
  }
  e.aliases = forms.filter((f) => f !== e.name);
}
