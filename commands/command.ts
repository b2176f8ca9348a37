import type { Choice, Reply } from '../src/replies/reply.js';
import type { Services } from '../src/services.js';

/** Discord's application-command option types, as plain numbers (no discord.js here). */
export const OptionType = {
  Subcommand: 1,
  String: 3,
  Integer: 4,
  Boolean: 5,
  Channel: 7,
} as const;

/** Discord channel types accepted by channel options. */
export const ChannelType = { GuildText: 0, GuildAnnouncement: 5, AnnouncementThread: 10, PublicThread: 11, PrivateThread: 12 } as const;

export interface OptionDefinition {
  type: number;
  name: string;
  description: string;
  required?: boolean;
  autocomplete?: boolean;
  choices?: { name: string; value: string | number }[];
  options?: OptionDefinition[];
  channel_types?: number[];
  min_length?: number;
  max_length?: number;
  min_value?: number;
  max_value?: number;
}

/** An application command as Discord's API takes it (`POST /applications/{id}/commands`). */
export interface CommandDefinition {
  name: string;
  description: string;
  type?: 1;
  options?: OptionDefinition[];
  /** Permission bits as a decimal string; "32" is Manage Server. Null: everyone. */
  default_member_permissions?: string | null;
  /** 0 guild, 1 bot DM, 2 private channel. */
  contexts?: number[];
}

export type OptionValue = string | number | boolean;

/** A parsed invocation: the subcommand (if any) and its options by name. */
export interface Invocation {
  subcommand?: string;
  options: Record<string, OptionValue>;
}

/** Who is asking, and where. Transports fill this in; the console is a trusted operator. */
export interface CommandContext {
  userId: string;
  userName: string;
  guildId?: string;
  channelId?: string;
  /** Whether the member holds Manage Server where they asked. */
  canManageGuild: boolean;
}

export interface Focused {
  name: string;
  value: string;
}

export interface Command {
  definition: CommandDefinition;
  execute(invocation: Invocation, context: CommandContext, services: Services): Promise<Reply>;
  /** Suggestions for the focused option (at most 25; transports enforce it too). */
  autocomplete?(focused: Focused, invocation: Invocation, context: CommandContext, services: Services): Promise<Choice[]>;
  /**
   * A press on a button whose id starts with `<name>:`. A normal reply replaces the message the button
   * sits on (paging); an ephemeral reply is sent to the presser alone and leaves the message as it was.
   */
  press?(customId: string, context: CommandContext, services: Services): Promise<Reply>;
}
