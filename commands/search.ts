import { notice, type Reply } from '../src/replies/reply.js';
import { escapeMarkdown, truncateAtWord } from '../src/replies/markdown.js';
import { snippet } from '../src/search/snippet.js';
import type { Services } from '../src/services.js';
import { OptionType, type Command, type CommandContext } from './command.js';

const PAGE_SIZE = 5;

/** Button ids carry the page, the searcher and the query, so paging needs no server-side state. */
function pageButtonId(page: number, userId: string, query: string): string {
  const head = `search:p:${page}:${userId}:`;
  return head + query.slice(0, 100 - head.length);
}

function parsePageButton(customId: string): { page: number; userId: string; query: string } | undefined {
  const m = /^search:p:(\d+):(\d+|[\w-]+):(.*)$/s.exec(customId);
  return m ? { page: Number(m[1]), userId: m[2]!, query: m[3]! } : undefined;
}

function renderPage(query: string, page: number, context: CommandContext, services: Services): Reply {
  const { hits, total } = services.search.search(query, { limit: 500 });
  if (total === 0) return notice(`No articles match “${escapeMarkdown(truncateAtWord(query, 100))}”.`);
  const pages = Math.ceil(total / PAGE_SIZE);
  const current = Math.min(Math.max(1, page), pages);
  const shown = hits.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  return {
    title: truncateAtWord(`Search: ${query}`, 256),
    fields: shown.map((hit, i) => {
      const a = hit.article;
      const meta = [`\`${a.id}\``, a.date, a.source].filter(Boolean).join(' · ');
      return {
        name: truncateAtWord(`${(current - 1) * PAGE_SIZE + i + 1}. ${a.title}`, 256),
        value: truncateAtWord(`${meta}\n${snippet(a.paragraphs.join(' '), hit.terms, 220)}`, 1024),
      };
    }),
    footer: `Page ${current} of ${pages} · ${total} article${total === 1 ? '' : 's'}`,
    buttons: [
      { id: pageButtonId(current - 1, context.userId, query), label: 'Previous', disabled: current <= 1 },
      { id: pageButtonId(current + 1, context.userId, query), label: 'Next', disabled: current >= pages },
    ],
  };
}

export const searchCommand: Command = {
  definition: {
    name: 'search',
    description: 'Search the news archive',
    options: [{ type: OptionType.String, name: 'query', description: 'Words, names or a "quoted phrase"', required: true, max_length: 200 }],
  },
  async execute(invocation, context, services) {
    const query = String(invocation.options.query ?? '').trim();
    if (!query) return notice('Type something to search for.');
    return renderPage(query, 1, context, services);
  },
  async press(customId, context, services) {
    const parsed = parsePageButton(customId);
    if (!parsed) return notice('That button has expired.');
    if (parsed.userId !== context.userId) return notice('Only the member who searched can turn these pages. Run /search yourself.');
    return renderPage(parsed.query, parsed.page, context, services);
  },
};
