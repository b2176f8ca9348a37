import type * as chrono from 'chrono-node';

/**
 * Words without which a chrono parser cannot match (its pattern needs one of them), so it need not
 * scan a text that has none. Only parsers whose words most articles lack are worth a gate.
 */
const GATES: Record<string, RegExp> = {
  // (?:this)?\s{0,3}(morning|afternoon|evening|night|midnight|midday|noon)(?=\W|$), case-blind
  ENCasualTimeParser: /morning|afternoon|evening|night|midday|noon/i,
  // (?:last\s+day|end)\s+of\s+(?:the\s+)?month(?=\W|$), case-blind
  ENEndOfCurrentMonthParser: /month/i,
};

/** Matches nothing, and gives up at the first position. */
const NOTHING = /^(?!)/;

/** The parser, scanning the text only when the text passes its gate (when it has one). */
export function gatedParser(parser: chrono.Parser): chrono.Parser {
  const gate = GATES[parser.constructor.name];
  if (!gate) return parser;
  return {
    pattern: (context) => (gate.test(context.text) ? parser.pattern(context) : NOTHING),
    extract: (context, match) => parser.extract(context, match),
  };
}
