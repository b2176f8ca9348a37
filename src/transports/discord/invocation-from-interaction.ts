import { ApplicationCommandOptionType, PermissionFlagsBits, type BaseInteraction } from 'discord.js';
import type { CommandContext, Invocation } from '../../../commands/command.js';

/** The part of an interaction option we read; discord.js options and raw API options both fit. */
export interface RawOption {
  name: string;
  type: number;
  value?: string | number | boolean;
  options?: readonly RawOption[];
}

/**
 * Options by name, under their subcommand. A subcommand group, which no command uses yet, is joined
 * with its subcommand (`"group sub"`). Channel, user and role options arrive as ids, and stay ids.
 */
export function invocationFromOptions(options: readonly RawOption[]): Invocation {
  const invocation: Invocation = { options: {} };
  let level = options;
  const group = level.find((o) => o.type === ApplicationCommandOptionType.SubcommandGroup);
  if (group) level = group.options ?? [];
  const sub = level.find((o) => o.type === ApplicationCommandOptionType.Subcommand);
  if (sub) {
    invocation.subcommand = group ? `${group.name} ${sub.name}` : sub.name;
    level = sub.options ?? [];
  }
  for (const option of level) {
    if (option.value !== undefined) invocation.options[option.name] = option.value;
  }
  return invocation;
}

/** Who asked and where. Manage Server counts when held directly or through Administrator. */
export function contextFromInteraction(interaction: BaseInteraction): CommandContext {
  const context: CommandContext = {
    userId: interaction.user.id,
    userName: interaction.user.globalName ?? interaction.user.username,
    canManageGuild: interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild, true) ?? false,
  };
  if (interaction.guildId) context.guildId = interaction.guildId;
  if (interaction.channelId) context.channelId = interaction.channelId;
  return context;
}
