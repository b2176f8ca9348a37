/**
 * A copy of `text` that holds its own characters. V8 makes a slice of 13 or more characters (`slice`,
 * `substring`, a regex match) a view into the string it was cut from, so a word kept in a table that
 * outlives its article (the summariser's word table, up to 32,768 words) would keep the whole lower-cased
 * article it was cut from alive as long as the table keeps the word.
 */
export function ownString(text: string): string {
  // Shorter slices are copies already; JSON's round trip makes a fresh flat string of any text.
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}
