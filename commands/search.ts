import { notice, type Reply } from '../src/replies/reply.js';
import { foldedPage, type CopyOf } from '../src/search/copy-folding.js';
import { pageButtonId, pagePayload, parsePageButton } from '../src/search/page-buttons.js';
import { applyFilter, formatQuery, hasCriteria, parseQuery, type ParsedQuery } from '../src/search/query-syntax.js';
import { hitsReply, noHitsReply, PAGE_SIZE } from '../src/search/search-reply.js';
import type { Services } from '../src/services.js';
import { OptionType, type Command, type CommandContext } from './command.js';

const FILTER_OPTIONS = ['from', 'to', 'source', 'place', 'person', 'sort'] as const;
const NAME_OPTIONS = new Set(['source', 'place', 'person']);

/** Copies as the stories know them; none while the stories load. */
const copiesOnceLoaded = (briefings: Services['briefings']): CopyOf => (id) => (briefings.isReady() ? briefings.stories.copyOf(id) : undefined);

function render(query: ParsedQuery, page: number, context: CommandContext, services: Services): Reply {
  // Ranking is a total order, so the hits up to the asked page also hold the last page when fewer exist.
  const result = foldedPage((limit) => services.search.search(query, { limit }), Math.max(1, page) * PAGE_SIZE, copiesOnceLoaded(services.briefings));
  if (result.total === 0) return noHitsReply(result, services.search.closest(query, 5));
  const pages = Math.ceil(result.total / PAGE_SIZE);
  const current = Math.min(Math.max(1, page), pages);
  const payload = pagePayload(formatQuery(query), context.userId, pages, services.search.savedQueries);
  return hitsReply(result, current, {
    previous: pageButtonId(Math.max(0, current - 1), context.userId, payload),
    next: pageButtonId(current + 1, context.userId, payload),
  });
}

export const searchCommand: Command = {
  definition: {
    name: 'search',
    description: 'Search the news archive',
    options: [
      { type: OptionType.String, name: 'query', description: 'Words, names, a "quoted phrase"; filters too: person:Putin from:2023-09-01', autocomplete: true, max_length: 200 },
      { type: OptionType.String, name: 'from', description: 'On or after this day: 2023-09-01, 2023-09, yesterday, 7d', max_length: 40 },
      { type: OptionType.String, name: 'to', description: 'On or before this day: 2023-09-30, today, yesterday', max_length: 40 },
      { type: OptionType.String, name: 'source', description: 'Only from this source or agency', autocomplete: true, max_length: 100 },
      { type: OptionType.String, name: 'place', description: 'Only articles about or datelined in this place', autocomplete: true, max_length: 100 },
      { type: OptionType.String, name: 'person', description: 'Only articles naming this person', autocomplete: true, max_length: 100 },
      {
        type: OptionType.String,
        name: 'sort',
        description: 'Best matches first (default) or newest first',
        choices: [
          { name: 'relevance', value: 'relevance' },
          { name: 'newest first', value: 'recency' },
        ],
      },
    ],
  },
  async execute(invocation, context, services) {
    const now = services.clock.now();
    const query = parseQuery(String(invocation.options.query ?? ''), now);
    for (const name of FILTER_OPTIONS) {
      const value = invocation.options[name];
      if (value !== undefined && String(value).trim()) applyFilter(query, name, String(value), now);
    }
    if (query.problems.length) return notice(query.problems.join('\n'));
    if (!hasCriteria(query)) return notice('Type something to search for: words, a "quoted phrase", or filters such as person:Putin or from:2023-09-01.');
    return render(query, 1, context, services);
  },
  async autocomplete(focused, _invocation, _context, services) {
    const suggestions = NAME_OPTIONS.has(focused.name)
      ? services.search.completeName(focused.name as 'source' | 'place' | 'person', focused.value, 25)
      : services.search.complete(focused.value, 25);
    return suggestions.map((s) => ({ name: s.label, value: s.value }));
  },
  async press(customId, context, services) {
    const button = parsePageButton(customId);
    if (!button) return notice('That button has expired. Run /search again.');
    if (button.userId !== context.userId) return notice('Only the member who searched can turn these pages. Run /search yourself.');
    const text = button.payload.kind === 'q' ? button.payload.text : services.search.savedQueries.recall(button.payload.token);
    if (text === undefined) return notice('This search has expired (long searches are kept for an hour). Run /search again.');
    const query = parseQuery(text, services.clock.now());
    if (query.problems.length || !hasCriteria(query)) return notice('That button has expired. Run /search again.');
    return render(query, button.page, context, services);
  },
};
