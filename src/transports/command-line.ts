import type { Command, Invocation, OptionDefinition } from '../../commands/command.js';
import { OptionType } from '../../commands/command.js';

export interface ParsedLine {
  command: Command;
  invocation: Invocation;
}

/**
 * Typed commands for the console and the CLI: `/search kim jong un`, `/brief about:Kim Jong Un`,
 * `/digest set channel:123 time:08:00`. `name:value` pairs fill named options (a value runs to the next
 * pair); text without a name fills the first string option.
 */
export function parseCommandLine(line: string, commands: readonly Command[]): ParsedLine | { error: string } {
  const trimmed = line.trim().replace(/^\//, '');
  const [name = '', ...restWords] = trimmed.split(/\s+/);
  const command = commands.find((c) => c.definition.name === name.toLowerCase());
  if (!command) return { error: `Unknown command "${name}". Commands: ${commands.map((c) => `/${c.definition.name}`).join(', ')}` };
  let rest = restWords.join(' ');
  let optionDefs: OptionDefinition[] = command.definition.options ?? [];
  const invocation: Invocation = { options: {} };
  const subcommands = optionDefs.filter((o) => o.type === OptionType.Subcommand);
  if (subcommands.length > 0) {
    const [sub = '', ...after] = rest.split(/\s+/);
    const found = subcommands.find((s) => s.name === sub.toLowerCase());
    if (!found) return { error: `/${name} needs one of: ${subcommands.map((s) => s.name).join(', ')}` };
    invocation.subcommand = found.name;
    optionDefs = found.options ?? [];
    rest = after.join(' ');
  }
  const names = optionDefs.map((o) => o.name);
  const pair = new RegExp(`(?:^|\\s)(${names.map((n) => n.replace(/[^\w-]/g, '')).join('|') || '(?!)'}):`, 'g');
  const marks = [...rest.matchAll(pair)];
  const free = (marks.length ? rest.slice(0, marks[0]!.index) : rest).trim();
  marks.forEach((mark, i) => {
    const start = (mark.index ?? 0) + mark[0].length;
    const end = i + 1 < marks.length ? marks[i + 1]!.index : rest.length;
    invocation.options[mark[1]!] = coerce(rest.slice(start, end).trim().replace(/^"(.*)"$/, '$1'), optionDefs.find((o) => o.name === mark[1]));
  });
  if (free) {
    const target = optionDefs.find((o) => o.type === OptionType.String && invocation.options[o.name] === undefined);
    if (!target) return { error: `/${name} takes no free text; options: ${names.join(', ') || 'none'}` };
    invocation.options[target.name] = free.replace(/^"(.*)"$/, '$1');
  }
  const missing = optionDefs.filter((o) => o.required && invocation.options[o.name] === undefined).map((o) => o.name);
  if (missing.length) return { error: `/${name}${invocation.subcommand ? ` ${invocation.subcommand}` : ''} needs ${missing.join(', ')}` };
  return { command, invocation };
}

function coerce(value: string, def: OptionDefinition | undefined): string | number | boolean {
  if (def?.type === OptionType.Integer) return Number.parseInt(value, 10);
  if (def?.type === OptionType.Boolean) return /^(true|yes|1|on)$/i.test(value);
  return value;
}
