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

