import { briefChoices } from '../src/briefing/brief-choices.js';
import { resolveTarget } from '../src/briefing/brief-target.js';
import type { Briefings } from '../src/briefing/briefings.js';
import { latestBriefing } from '../src/briefing/latest-briefing.js';
import { personBriefing } from '../src/briefing/person-briefing.js';
import { placeBriefing } from '../src/briefing/place-briefing.js';
import { parseSince } from '../src/briefing/since.js';
import { storyBriefing } from '../src/briefing/story-briefing.js';
import { resolveButtonKey, timelinePage } from '../src/briefing/timeline-pages.js';
import { escapeMarkdown, truncateAtWord } from '../src/replies/markdown.js';
import { notice, type Reply } from '../src/replies/reply.js';
import { hasCriteria, parseQuery } from '../src/search/query-syntax.js';
import type { Services } from '../src/services.js';
import { OptionType, type Command } from './command.js';

/** A briefing on one entity or story, by its key or id. */
function briefingOn(b: Briefings, target: { kind: 'entity' | 'story'; key: string }, since?: string): Reply {
  if (target.kind === 'story') return storyBriefing(b, target.key);
  return b.directory.record(target.key)?.type === 'person' ? personBriefing(b, target.key, since) : placeBriefing(b, target.key, since);
}

function unknownName(typed: string, nearest: string[]): Reply {
  const shown = escapeMarkdown(truncateAtWord(typed, 80));
  const near = nearest.length ? ` Nearest names: ${nearest.map(escapeMarkdown).join(', ')}.` : '';
  return notice(`Nothing in the archive is called “${shown}”.${near}`);
}

/**
 * Words that name nothing ("Brittney Griner release"): the story of the article a search ranks first, when
 * that article holds every word as typed; a close spelling or a partial match would brief on a guess.
 */
function storyFound(services: Services, about: string): string | undefined {
  const query = parseQuery(about, services.clock.now());
  if (query.problems.length || !hasCriteria(query)) return undefined;
  const best = services.search.search(query, { limit: 1 }).hits[0];
  if (!best || (best.kind !== 'exact' && best.kind !== 'phrase')) return undefined;
  return services.briefings.stories.storyIdOf(best.article.id);
}

const SINCE_CHOICES = ['1d', '7d', '30d', '1y'];

export const briefCommand: Command = {
  definition: {
    name: 'brief',
    description: 'A briefing: the latest stories, or everything on a leader, person, place, organisation or story',
    options: [
      { type: OptionType.String, name: 'about', description: 'A leader, person, place, organisation or story', autocomplete: true, max_length: 100 },
      { type: OptionType.String, name: 'since', description: 'Only news from this date: 2024-05-01, 7d, last Monday', autocomplete: true, max_length: 40 },
    ],
  },
  async execute(invocation, _context, services) {
    // A large archive's stories load after start; the transport defers a reply that waits past 3 s.
    await services.briefings.ready;
    const b = services.briefings;
    const sinceText = String(invocation.options.since ?? '').trim();
    let since: string | undefined;
    if (sinceText) {
      const parsed = parseSince(sinceText, services.clock.now());
      if ('error' in parsed) return notice(escapeMarkdown(parsed.error));
      since = parsed.date;
    }
    const about = String(invocation.options.about ?? '').trim();
    if (!about) return latestBriefing(b, since);
    const target = resolveTarget(b, about);
    if (target.kind === 'unknown') {
      const found = storyFound(services, about);
      if (!found) return unknownName(about, target.nearest);
      return storyBriefing(b, found, `The story that best matches “${escapeMarkdown(truncateAtWord(about, 80))}”.`);
    }
    // A story briefing covers the whole story: since: narrows briefings on names only.
    return target.kind === 'story' ? storyBriefing(b, target.id) : briefingOn(b, target, since);
  },
  async autocomplete(focused, _invocation, _context, services) {
    if (focused.name === 'since') return SINCE_CHOICES.filter((c) => c.startsWith(focused.value.trim())).map((c) => ({ name: c, value: c }));
    // Suggestions cannot be deferred: none until the directory is loaded.
    return services.briefings.isReady() ? briefChoices(services.briefings, focused.value) : [];
  },
  async press(customId, _context, services) {
    await services.briefings.ready;
    const b = services.briefings;
    const timeline = /^brief:tl:(\d+):(.+)$/.exec(customId);
    if (timeline) return timelinePage(b, timeline[2]!, Number(timeline[1]));
    const about = /^brief:ab:\d+:(.+)$/.exec(customId);
    const target = about ? resolveButtonKey(b, about[1]!) : undefined;
    if (!target) return notice('That briefing is no longer in the archive; ask /brief again.');
    return briefingOn(b, target);
  },
};
