import type { AddFeedRequest, FeedDesk } from '../src/feeds/feed-desk.js';
import { feedListReply } from '../src/feeds/feed-list-view.js';
import { MIN_INTERVAL_MINUTES } from '../src/feeds/feed-scheduler.js';
import { escapeMarkdown, truncateAtWord } from '../src/replies/markdown.js';
import { notice, type Reply } from '../src/replies/reply.js';
import { ChannelType, OptionType, type Command, type CommandContext, type Invocation } from './command.js';
import { plural } from '../src/replies/wording.js';

/**
 * /feed add | remove | list: which feeds and article pages this server follows. Manage Server only:
 * Discord hides the command from other members (default_member_permissions), and the handler checks
 * again, because server admins can override that default.
 */
const MANAGE_SERVER = '32';

const NO_PERMISSION = notice('Managing feeds needs the **Manage Server** permission.');

function addRequest(invocation: Invocation, context: CommandContext): AddFeedRequest {
  const { url, channel, filter, every } = invocation.options;
  const channelId = typeof channel === 'string' && channel ? channel : context.channelId;
  return {
    url: String(url ?? ''),
    userId: context.userId,
    ...(context.guildId ? { guildId: context.guildId } : {}),
    ...(channelId ? { channelId } : {}),
    ...(typeof filter === 'string' && filter.trim() ? { filter } : {}),
    ...(typeof every === 'number' && Number.isFinite(every) ? { intervalMinutes: every } : {}),
  };
}

async function add(desk: FeedDesk, invocation: Invocation, context: CommandContext): Promise<Reply> {
  const result = await desk.add(addRequest(invocation, context));
  if (!result.ok) return notice(result.reason);
  const { feed, outcome } = result;
  const taken = (outcome.intake?.added.length ?? 0) + (outcome.intake?.linked.length ?? 0);
  const what = feed.kind === 'page' ? 'an article page' : 'a feed';
  const lines = [
    `${result.resumed ? 'Resumed' : 'Following'} ${what}: **${escapeMarkdown(truncateAtWord(feed.title ?? feed.url, 200))}**`,
    truncateAtWord(feed.url, 500),
    `Took ${plural(taken, 'article')} into the archive${outcome.filteredOut ? ` (${outcome.filteredOut} left out by the filter)` : ''}; they are searchable now.`,
    feed.channelId
      ? `New stories from now on will be posted in <#${feed.channelId}> (what the feed already held is not announced).`
      : 'No channel: articles go into the archive without announcements.',
    `Checked every ${feed.intervalMinutes} minutes.${feed.filter ? ` Filter: ${escapeMarkdown(feed.filter)}` : ''}`,
  ];
  return { title: result.resumed ? 'Feed resumed' : 'Feed added', text: lines.join('\n'), footer: `feed ${feed.id}`, ephemeral: true };
}

export const feedCommand: Command = {
  definition: {
    name: 'feed',
    description: 'Follow news feeds and article pages (Manage Server)',
    default_member_permissions: MANAGE_SERVER,
    contexts: [0],
    options: [
      {
        type: OptionType.Subcommand,
        name: 'add',
        description: 'Follow an RSS, Atom or JSON feed, or a single article page',
        options: [
          { type: OptionType.String, name: 'url', description: 'Address of the feed or the article page', required: true, max_length: 2000 },
          { type: OptionType.Channel, name: 'channel', description: 'Where new stories are announced (default: here)', channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement] },
          { type: OptionType.String, name: 'filter', description: 'Words to require, -words to exclude, or /regex/', max_length: 300 },
          { type: OptionType.Integer, name: 'every', description: 'Minutes between fetches', min_value: MIN_INTERVAL_MINUTES, max_value: 1440 },
        ],
      },
      {
        type: OptionType.Subcommand,
        name: 'remove',
        description: 'Stop following a feed',
        options: [{ type: OptionType.String, name: 'feed', description: 'Feed id (from /feed list) or address', required: true, autocomplete: true, max_length: 2000 }],
      },
      { type: OptionType.Subcommand, name: 'list', description: 'The feeds followed here, with their state' },
    ],
  },
  async execute(invocation, context, services) {
    if (!context.canManageGuild) return NO_PERMISSION;
    const desk = services.feeds;
    if (!desk) return notice('Feeds are not available in this mode.');
    switch (invocation.subcommand) {
      case 'add':
        return add(desk, invocation, context);
      case 'remove': {
        const result = desk.remove(context.guildId, String(invocation.options.feed ?? ''));
        if (!result.ok) return notice(result.reason);
        return notice(`Stopped following ${escapeMarkdown(truncateAtWord(result.feed.title ?? result.feed.url, 200))} (feed ${result.feed.id}). Its articles stay in the archive.`);
      }
      case 'list':
        return feedListReply(desk.list(context.guildId), 1, services.clock.now());
      default:
        return notice('Use `/feed add`, `/feed remove` or `/feed list`.');
    }
  },
  async autocomplete(focused, _invocation, context, services) {
    if (!context.canManageGuild || !services.feeds) return [];
    const typed = focused.value.trim().toLowerCase();
    return services.feeds
      .list(context.guildId)
      .filter((f) => !typed || String(f.id) === typed || `${f.title ?? ''} ${f.url}`.toLowerCase().includes(typed))
      .slice(0, 25)
      .map((f) => ({ name: truncateAtWord(`${f.id}. ${f.title ?? f.url} (${f.url})`, 100), value: String(f.id) }));
  },
  async press(customId, context, services) {
    if (!context.canManageGuild) return NO_PERMISSION;
    if (!services.feeds) return notice('Feeds are not available in this mode.');
    const page = Number(/^feed:list:(-?\d+)$/.exec(customId)?.[1] ?? 1);
    return feedListReply(services.feeds.list(context.guildId), page, services.clock.now());
  },
};
