import type { DigestDesk } from '../src/digest/digest-desk.js';
import { channelRef, DIGEST_CHANNEL_TYPES } from '../src/digest/digest-setup.js';
import { statusLines, statusReply } from '../src/digest/digest-status.js';
import { suggestZones } from '../src/digest/zone-names.js';
import { notice, type Reply } from '../src/replies/reply.js';
import { OptionType, type Command, type CommandContext, type Invocation } from './command.js';

/**
 * /digest set | off | status | preview: a daily digest of the news in a channel, at a time of day in
 * the server's zone. Manage Server only: Discord hides the command from other members
 * (default_member_permissions), and the handler checks again, because server admins can override that.
 */
const MANAGE_SERVER = '32';

const NO_PERMISSION = notice('Setting up digests needs the **Manage Server** permission.');

const channelOption = (description: string, required = false) => ({
  type: OptionType.Channel,
  name: 'channel',
  description,
  channel_types: [...DIGEST_CHANNEL_TYPES],
  ...(required ? { required } : {}),
});

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

async function set(desk: DigestDesk, invocation: Invocation, context: CommandContext): Promise<Reply> {
  const { channel, time, timezone, quiet } = invocation.options;
  const result = await desk.set({
    guildId: context.guildId ?? '',
    channelId: text(channel),
    time: text(time),
    zone: text(timezone),
    quiet: quiet === true,
    userId: context.userId,
  });
  if (!result.ok) return notice(result.reason);
  return { title: 'Digest set', text: statusLines(result.status).join('\n'), footer: `schedule ${result.schedule.id}`, ephemeral: true };
}

function off(desk: DigestDesk, invocation: Invocation, context: CommandContext): Reply {
  const guildId = context.guildId ?? '';
  const named = text(invocation.options.channel);
  const schedules = desk.list(guildId);
  const here = schedules.find((s) => s.channelId === context.channelId);
  const target = named || here?.channelId || (schedules.length === 1 ? schedules[0]!.channelId : '');
  if (!target) {
    if (schedules.length === 0) return notice('No digest is set in this server.');
    return notice(`This server has ${schedules.length} digests: name the channel to turn off (${schedules.map((s) => channelRef(guildId, s.channelId)).join(', ')}).`);
  }
  const removed = desk.off(guildId, target);
  if (!removed) return notice(`No digest is set for ${channelRef(guildId, target)}.`);
  return notice(`The daily digest for ${channelRef(guildId, target)} is turned off. Nothing more will be posted there.`);
}

export const digestCommand: Command = {
  definition: {
    name: 'digest',
    description: 'A daily news digest posted in a channel (Manage Server)',
    default_member_permissions: MANAGE_SERVER,
    contexts: [0],
    options: [
      {
        type: OptionType.Subcommand,
        name: 'set',
        description: 'Post a digest in a channel every day at a time of day',
        options: [
          channelOption('Where the digest goes (text, announcement channel or thread)', true),
          { type: OptionType.String, name: 'time', description: 'Time of day, 24-hour HH:MM (e.g. 07:30)', required: true, max_length: 10 },
          { type: OptionType.String, name: 'timezone', description: 'Time zone, e.g. Europe/Berlin or CET', required: true, autocomplete: true, max_length: 64 },
          { type: OptionType.Boolean, name: 'quiet', description: 'Post nothing on a day with no news (default: one line)' },
        ],
      },
      { type: OptionType.Subcommand, name: 'off', description: 'Stop the digest in a channel', options: [channelOption('Which channel (default: this one)')] },
      { type: OptionType.Subcommand, name: 'status', description: 'Every digest in this server: next post, last post, errors' },
      { type: OptionType.Subcommand, name: 'preview', description: 'The digest as it would be posted now, shown only to you', options: [channelOption('Which channel (default: this one)')] },
    ],
  },
  async execute(invocation, context, services) {
    if (!context.canManageGuild) return NO_PERMISSION;
    const desk = services.digests;
    if (!desk) return notice('Digests are not available in this mode.');
    switch (invocation.subcommand) {
      case 'set':
        return set(desk, invocation, context);
      case 'off':
        return off(desk, invocation, context);
      case 'status':
        return statusReply(desk.status(context.guildId ?? ''));
      case 'preview': {
        const channelId = text(invocation.options.channel) || context.channelId || '';
        return desk.preview(channelId);
      }
      default:
        return notice('Use `/digest set`, `/digest off`, `/digest status` or `/digest preview`.');
    }
  },
  async autocomplete(focused, _invocation, context) {
    if (!context.canManageGuild || focused.name !== 'timezone') return [];
    return suggestZones(focused.value);
  },
};
