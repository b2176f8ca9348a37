import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/language/sentences.js';
import { gatedParser } from '../src/language/times/chrono-gates.js';
import { extractTimes } from '../src/language/times/extract-times.js';

const found = (text: string) => extractTimes(text, splitSentences(text), '2024-05-14').map((t) => [t.text, t.value]);

describe('chrono parsers gated on the words they need', () => {
  const parsers = chrono.en.casual.clone().parsers;
  const gated = parsers.filter((p) => gatedParser(p) !== p);

  it('gate parsers chrono still has (a renamed parser would lose its gate, not its readings)', () => {
    expect(gated.map((p) => p.constructor.name).sort()).toEqual(['ENCasualTimeParser', 'ENEndOfCurrentMonthParser']);
  });

  it('skip a text without those words and read one with them as before', () => {
    const context = { text: 'The harbour board met on Tuesday.' } as chrono.ParsingContext;
    for (const p of gated) expect(gatedParser(p).pattern(context).exec(context.text)).toBeNull();
    expect(found('Protesters gathered again this morning outside the harbour office.')).toEqual([['this morning', '2024-05-14']]);
    expect(found('The grant money runs out at the end of the month, the mayor said.')).toEqual([['end of the month', '2024-05-31']]);
  });
});
