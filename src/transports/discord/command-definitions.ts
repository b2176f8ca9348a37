import type { CommandDefinition, OptionDefinition } from '../../../commands/command.js';

/**
 * Command definitions in one canonical shape, so ours and what Discord returns for them compare equal
 * when they mean the same: Discord adds ids, versions and localisations, fills defaults and leaves out
 * `required`/`autocomplete` when false. Anything we never set is ignored.
 */
type Loose = Partial<OptionDefinition> & Record<string, unknown>;
type LooseCommand = Partial<CommandDefinition> & Record<string, unknown>;

const orNull = (value: unknown) => (value === undefined ? null : value);

function normaliseOption(option: Loose): unknown {
  return {
    type: option.type,
    name: option.name,
    description: option.description ?? '',
    required: option.required === true,
    autocomplete: option.autocomplete === true,
    choices: (option.choices ?? []).map((c) => ({ name: c.name, value: c.value })),
    options: (option.options ?? []).map((o) => normaliseOption(o as Loose)),
    channel_types: [...(option.channel_types ?? [])].sort((a, b) => a - b),
    // A minimum length of 0 is what no minimum means.
    min_length: option.min_length ? option.min_length : null,
    max_length: orNull(option.max_length),
    min_value: orNull(option.min_value),
    max_value: orNull(option.max_value),
  };
}

function normaliseCommand(command: LooseCommand, withContexts: boolean): unknown {
  return {
    name: command.name,
    type: command.type ?? 1,
    description: command.description ?? '',
    default_member_permissions: command.default_member_permissions ?? null,
    options: (command.options ?? []).map((o) => normaliseOption(o as Loose)),
    ...(withContexts ? { contexts: [...(command.contexts ?? [])].sort((a, b) => a - b) } : {}),
  };
}

/** Whether what Discord holds already is what we would send. Order of commands does not matter. */
export function sameCommands(registered: readonly unknown[], wanted: readonly CommandDefinition[]): boolean {
  if (registered.length !== wanted.length) return false;
  const byName = (a: { name?: unknown }, b: { name?: unknown }) => String(a.name).localeCompare(String(b.name));
  const ours = [...wanted].sort(byName);
  const theirs = [...(registered as LooseCommand[])].sort(byName);
  return ours.every((command, i) => {
    // Contexts are compared only where we set them; Discord reports null for "the default".
    const withContexts = command.contexts !== undefined;
    return JSON.stringify(normaliseCommand(command as LooseCommand, withContexts)) === JSON.stringify(normaliseCommand(theirs[i] ?? {}, withContexts));
  });
}
