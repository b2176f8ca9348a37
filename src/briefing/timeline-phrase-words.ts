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
    'declined refused agreed decided tried sought wanted planned hoped failed continued began started seemed')
    .split(' '),
);
