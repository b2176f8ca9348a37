/** "1 article", "3 articles", "2 stories": counts as replies say them. */
export const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;
