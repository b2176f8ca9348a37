/** Words that tell a timeline phrase was cut from what it needs (`isCleanPhrase`). */

/** Adverbs that give a verb no complement ("failed again", "pushed back"). */
export const PLAIN_ADVERBS = new Set('back again also still repeatedly publicly privately formally officially quickly immediately once twice later then instead reportedly finally eventually earlier already'.split(' '));
/** Pronouns that only open a clause, and helpers that only a clause's own verb takes. */
export const CLAUSE_OPENERS = new Set('he she they we i'.split(' '));
export const MODALS = new Set('would will could can might may should must shall'.split(' '));
/** Lone verbs that say nothing of what happened ("indicated", "appeared"): the line would need its complement. */
export const VAGUE_ALONE = new Set(
  ('indicated suggested noted argued claimed stated added explained insisted appeared released wrote asked called warned said told came went threatened vowed promised pledged urged hinted ' +
    'reiterated stressed emphasized emphasised acknowledged estimated predicted signaled signalled asserted maintained conceded contended boasted echoed pushed headed declared tweeted posted cautioned ' +
    // Verbs that need what they decline, try or decide: alone they were cut from it ("declined" of "declined to intervene").
    'declined refused agreed decided tried sought wanted planned hoped failed continued began started seemed ' +
    // Verbs that take an object: alone, what was brought, filed or signed is gone.
    'brought filed made gave took held issued signed sent launched introduced unveiled ordered imposed raised received got put set walked')
    .split(' '),
);

/**
 * Verbs and nouns that mean nothing without their own preposition and its object: "agreed to capitalize"
 * (on what?), "provided a look" (inside what?). A phrase ending on one before that preposition was cut.
 */
const BOUND: Record<string, string> = {
  capitalize: 'on', capitalise: 'on', care: 'about for', doubt: 'that about as', rely: 'on', depend: 'on', focus: 'on', insist: 'on', embark: 'on', elaborate: 'on', weigh: 'in',
  cope: 'with', comply: 'with', deal: 'with', grapple: 'with', account: 'for', opt: 'for', apply: 'for', refrain: 'from', abstain: 'from',
  result: 'in', participate: 'in', engage: 'in', consist: 'of', dispose: 'of', object: 'to', adhere: 'to', belong: 'to', resort: 'to', subscribe: 'to',
  look: 'at into inside', glimpse: 'at into inside of', peek: 'at into inside', glance: 'at',
};

/** Every form of a bound word ("relied", "relies", "relying", "looks") with the prepositions it needs. */
const BOUND_FORMS = new Map<string, string[]>();
for (const [lemma, prepositions] of Object.entries(BOUND)) {
  const stem = lemma.replace(/e$/, '');
  const ies = lemma.endsWith('y') && !/[aeiou]y$/.test(lemma) ? lemma.slice(0, -1) : undefined;
  const forms = [lemma, `${lemma}s`, `${stem}ed`, `${stem}ing`, ...(ies ? [`${ies}ies`, `${ies}ied`, `${lemma}ing`] : [])];
  for (const form of forms) BOUND_FORMS.set(form, prepositions.split(' '));
}

/** Whether `next` is the preposition the phrase's last word cannot do without. */
export const needsItsPreposition = (last: string, next: string): boolean => BOUND_FORMS.get(last)?.includes(next) ?? false;

/** Verbs that always take an object: one followed at once by a preposition lost it ("reiterated in a press conference"). */
export const OBJECT_VERBS = new Set(
  'reiterated stressed emphasized emphasised acknowledged estimated predicted indicated suggested noted stated asserted maintained conceded echoed declared wrote tweeted posted announced said described'.split(' '),
);
export const OBJECT_LOST_BEFORE = new Set('in at on during from before after with to via through'.split(' '));

/** Irregular past tenses, read as a happening's verb. */
export const IRREGULAR_PAST = new Set(
  ('arose ate awoke beat became began bent bet bid bit bled blew bore bought brought broke built burnt burst caught chose clung came cost crept cut dealt did dove drew drank drove dug fed fell felt fled flew forbade forgot forgave ' +
    'froze fought found got gave went grew hung heard held hid hit hurt kept knelt knew laid led leant leapt left lent let lay lit lost made meant met mistook overcame overrode oversaw overtook paid put quit ran rang read rebuilt ' +
    'redid rode rose said sang sank sat saw sought sold sent set shook shed shone shot showed shut slept slid sped spent spoke spun split spread sprang stood stole stuck stung strode struck strove swore swept swam swung ' +
    'took taught tore told thought threw understood undertook upheld upset woke wore wove wed wept won withdrew withheld wrote was were')
    .split(' '),
);
/** Past participles unlike the past tense, for passives ("was sworn in", "was taken to hospital"). */
export const PARTICIPLES = new Set('sworn taken given chosen born driven shown known beaten written spoken stolen hidden seen done begun drawn thrown grown flown forgiven frozen shaken woken worn torn broken ridden risen'.split(' '));
/** Words a clean phrase never ends on: it was cut before its object ("ended her speech around"). */
export const DANGLING = new Set(
  ('a an the and or but nor so of to with for at in on by from into onto over under about around ahead after before than as his her their its our my your this that these those ' +
    'so-called such very more most vice former then whose which who whom nearly almost about roughly some new not never it them')
    .split(' '),
);
/** Words that never open a verb phrase: pronouns, determiners, nouns-as-openers are caught by the verb test. */
export const PRONOUNS = new Set('he she they it we i you him her them his their its'.split(' '));

/** The words of a phrase or sentence, split at spaces. */
export const tokens = (s: string): string[] => s.split(/\s+/).filter(Boolean);
/** A word lower-cased without the punctuation around it ("Biden's," → "biden's"; "Gov." keeps its dot). */
export const bare = (w: string): string => w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.-]+$/gu, '');

/** Between a subject and its verb: adverbs and auxiliaries that leave the subject the actor. */
export const BETWEEN = new Set(
  ('also then later reportedly again previously first finally personally formally officially publicly recently eventually once jointly both ' +
    'himself herself themselves quickly swiftly immediately subsequently briefly abruptly initially ultimately separately ' +
    'just still already only even never not')
    .split(' '),
);
