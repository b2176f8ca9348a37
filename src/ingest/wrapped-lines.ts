/**
 * A browser's text dump (w3m) wraps a paragraph at about 200 columns, so one paragraph becomes several
 * lines with no blank between them. A run-on line may be short and hold a date ("… opened its doors on
 * July 2, 1923.") and look like a stamp. The line under a line this long continues its paragraph.
 */
const WRAPPED = 160;

/** For each line, whether it continues the paragraph of the line above (the dump wrapped it there). */
export function wrappedTails(lines: readonly string[]): boolean[] {
  return lines.map((line, i) => i > 0 && line.trim() !== '' && lines[i - 1]!.trim().length >= WRAPPED);
}

/**
 * Each line as the paragraph it opens: a line the dump wrapped is read with its run-on lines, so its first
 * line, cut mid-sentence at the wrap, is judged as the paragraph it begins. Run-on lines give "".
 */
export function wrappedParagraphs(lines: readonly string[], tails: readonly boolean[]): string[] {
  const out = lines.map((line, i) => (tails[i] ? '' : line.trim()));
  let head = -1;
  for (let i = 0; i < lines.length; i++) {
    if (!tails[i]) head = i;
    else if (head >= 0) out[head] += ` ${lines[i]!.trim()}`;
  }
  return out;
}

