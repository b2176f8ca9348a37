import type { EnrichedArticle } from '../src/articles/article.js';
import { summaryText } from '../src/articles/summary.js';
import { articleBriefingFields } from '../src/briefing/article-extras.js';
import { defuseMentions, escapeMarkdown, truncateAtWord } from '../src/replies/markdown.js';
import { notice, type Reply } from '../src/replies/reply.js';
import type { Services } from '../src/services.js';
import { OptionType, type Command } from './command.js';
import { shownHeadline } from '../src/articles/shown-headline.js';

const PAGE_CHARS = 3500;

function dateLabel(article: EnrichedArticle): string {
  return article.dateSource === 'stated' ? article.date : `${article.date} (${article.dateSource})`;
}

/** Paragraph-aligned pages of at most PAGE_CHARS, a long paragraph cut at a sentence or word. */
function textPages(paragraphs: readonly string[], size = PAGE_CHARS): string[] {
  const pages: string[] = [];
  let current = '';
  const flush = () => {
    if (current) pages.push(current);
    current = '';
  };
  for (const raw of paragraphs) {
    let para = escapeMarkdown(raw);
    while (para.length > size) {
      const cut = Math.max(para.lastIndexOf('. ', size), para.lastIndexOf(' ', size));
      const at = cut > size / 2 ? cut + 1 : size;
      flush();
      pages.push(para.slice(0, at).trim());
      para = para.slice(at).trim();
    }
    if (current && current.length + para.length + 2 > size) flush();
    current = current ? `${current}\n\n${para}` : para;
  }
  flush();
  return pages.length ? pages : [''];
}

/** Embed titles show markdown: a headline's `*` or `_` must not restyle it. */
function articleTitle(article: EnrichedArticle): string {
  return truncateAtWord(escapeMarkdown(shownHeadline(article.title)), 256);
}

function readButtonId(id: string, page: number): string {
  return `article:read:${page}:${id}`;
}

/** The card: the article's facts and summary, its leaders, events and its story's other sources. */
function articleCard(article: EnrichedArticle, services: Services): Reply {
  const facts = [
    { name: 'Date', value: dateLabel(article), inline: true },
    ...(article.place ? [{ name: 'Place', value: escapeMarkdown(article.place), inline: true }] : []),
    ...(article.source ? [{ name: 'Source', value: escapeMarkdown(article.source), inline: true }] : []),
    ...(article.via ? [{ name: 'Via', value: escapeMarkdown(article.via), inline: true }] : []),
  ];
  return {
    title: articleTitle(article),
    ...(article.url ? { url: article.url } : {}),
    text: escapeMarkdown(summaryText(article, 3)),
    fields: [...facts, ...articleBriefingFields(services.briefings, article)],
    footer: `id ${article.id}`,
    buttons: [{ id: readButtonId(article.id, 1), label: 'Read full text' }],
  };
}

function fullTextPage(article: EnrichedArticle, page: number): Reply {
  const pages = textPages(article.paragraphs);
  const current = Math.min(Math.max(1, page), pages.length);
  return {
    title: articleTitle(article),
    text: pages[current - 1] ?? '',
    footer: `id ${article.id} · page ${current} of ${pages.length}`,
    buttons: [
      { id: readButtonId(article.id, current - 1), label: 'Previous', disabled: current <= 1 },
      { id: readButtonId(article.id, current + 1), label: 'Next', disabled: current >= pages.length },
      { id: `article:card:${article.id}`, label: 'Summary' },
    ],
  };
}

function unknownId(id: string, services: Services): Reply {
  const near = services.search.suggest(id, 3);
  const hint = near.length ? ` Did you mean ${near.map((n) => `\`${n.id}\``).join(', ')}?` : '';
  // Markdown is not read inside a code span: the id shows as typed, less any backtick that would end it.
  return notice(`No article has the id \`${defuseMentions(truncateAtWord(id.replace(/`/g, ''), 80))}\`.${hint}`);
}

export const articleCommand: Command = {
  definition: {
    name: 'article',
    description: 'Show one article, summarised',
    options: [{ type: OptionType.String, name: 'id', description: 'Article id or title', required: true, autocomplete: true, max_length: 120 }],
  },
  async execute(invocation, _context, services) {
    const id = String(invocation.options.id ?? '').trim();
    const article = services.archive.get(id);
    if (!article) return unknownId(id, services);
    // The card names the article's story and leaders: they may still be loading after a start.
    await services.briefings.ready;
    return articleCard(article, services);
  },
  async autocomplete(focused, _invocation, _context, services) {
    return services.search.suggest(focused.value, 25).map((s) => ({ name: truncateAtWord(`${s.title} (${s.id})`, 100), value: s.id }));
  },
  async press(customId, _context, services) {
    const read = /^article:read:(\d+):(.+)$/.exec(customId);
    const card = /^article:card:(.+)$/.exec(customId);
    const id = read?.[2] ?? card?.[1] ?? '';
    const article = services.archive.get(id);
    if (!article) return unknownId(id, services);
    if (read) return fullTextPage(article, Number(read[1]));
    await services.briefings.ready;
    return articleCard(article, services);
  },
};
