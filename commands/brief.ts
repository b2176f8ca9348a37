import { summaryText } from '../src/articles/summary.js';
import { escapeMarkdown, truncateAtWord } from '../src/replies/markdown.js';
import { notice } from '../src/replies/reply.js';
import type { Command } from './command.js';

const STORIES = 5;

export const briefCommand: Command = {
  definition: {
    name: 'brief',
    description: 'A short briefing on the latest news',
  },
  async execute(_invocation, _context, services) {
    const latest = services.archive.latest(STORIES);
    if (latest.length === 0) return notice('The archive is empty: no articles to brief on yet.');
    return {
      title: 'Briefing: the latest news',
      fields: latest.map((article) => ({
        name: truncateAtWord(article.title, 256),
        value: truncateAtWord(`${escapeMarkdown(summaryText(article, 1))}\n\`${article.id}\` · ${article.date}`, 1024),
      })),
      footer: `${services.archive.size} article${services.archive.size === 1 ? '' : 's'} in the archive`,
    };
  },
};
