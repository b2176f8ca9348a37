/**
 * Replies use a tiny markup (`**bold**`, `*italic*`). Text from articles or members is escaped first so
 * that a stray `*` or `_` cannot restyle a reply, and `@everyone` cannot even look like a ping (the
 * transports also send no allowed mentions, which is what actually prevents pings).
 */
export function escapeMarkdown(text: string): string {
  return defuseMentions(text.replace(/([\\*_`~|>[\]])/g, '\\$1'));
}

/** Breaks `@everyone` and `@here` with a zero-width space: for code spans, where escapes would show as typed. */
export function defuseMentions(text: string): string {
  return text.replace(/@(everyone|here)/g, '@\u200b$1');
}

/** Cuts at a word boundary and marks the cut with an ellipsis; never returns more than `max` chars. */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = Math.max(0, max - 1);
  const cut = text.slice(0, room);
  const space = cut.lastIndexOf(' ');
  return `${(space > room * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

/** Removes our markup, for plain-text transports and lengths. */
export function stripMarkup(text: string): string {
  return text.replace(/\*\*(.+?)\*\*/g, '$1').replace(/\\([\\*_`~|>[\]])/g, '$1');
}
