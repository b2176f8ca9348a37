/**
 * Whether a text ends as a sentence does: a full stop, a question or exclamation mark, maybe inside closing
 * quotes or brackets. A heading, a teaser, a credit or a saved page's line cut mid-sentence does not.
 */
export const endsAsSentence = (text: string): boolean => /[.!?…]["'”’)\]]*\s*$/.test(text);
