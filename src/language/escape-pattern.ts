/** Text to match as written inside a `RegExp`: its pattern characters escaped. */
export const escapePattern = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
