import { PermissionFlagsBits, type APIInteraction } from 'discord.js';
import type { CommandContext, Focused } from '../../../../commands/command.js';
import type { RawOption } from '../invocation-from-interaction.js';

/**
 * Who asked and where, read from the interaction as Discord posts it over HTTP (no client object here).
 * Manage Server counts when held directly or through Administrator, as on the gateway.
 */
export function contextFromPayload(interaction: APIInteraction): CommandContext {
  const user = interaction.member?.user ?? interaction.user;
  const bits = BigInt(interaction.member?.permissions ?? '0');
  const manage = (bits & PermissionFlagsBits.ManageGuild) !== 0n || (bits & PermissionFlagsBits.Administrator) !== 0n;
  const context: CommandContext = {
    userId: user?.id ?? 'unknown',
    userName: user?.global_name ?? user?.username ?? 'unknown',
    canManageGuild: manage,
  };
  if (interaction.guild_id) context.guildId = interaction.guild_id;
  const channelId = interaction.channel?.id ?? interaction.channel_id;
  if (channelId) context.channelId = channelId;
  return context;
}

/** The option a member is typing in, wherever it sits under subcommands. */
export function focusedOption(options: readonly (RawOption & { focused?: boolean })[] = []): Focused | undefined {
  for (const option of options) {
    if (option.focused) return { name: option.name, value: String(option.value ?? '') };
    const inner = focusedOption(option.options as (RawOption & { focused?: boolean })[] | undefined);
    if (inner) return inner;
  }
  return undefined;
}
