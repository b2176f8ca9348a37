import { bodyText, isUndated } from '../articles/article.js';
import { escapeMarkdown, truncateAtWord } from '../replies/markdown.js';
import { notice, type Reply, type ReplyField } from '../replies/reply.js';
import type { SearchHit, SearchPage } from './article-search.js';
import { describeFilters, queryText } from './query-syntax.js';
import { snippet } from './snippet.js';
import { plural } from '../replies/wording.js';
import { shownHeadline } from '../articles/shown-headline.js';

/** Search results as replies: a page of hits, or a notice that says why nothing came back. */
export const PAGE_SIZE = 5;

/** "copy: `id`", or "copies: `id` and 2 more": where a folded copy of the hit can still be read. */
function copiesNote(copies: readonly string[]): string | undefined {
  if (copies.length === 0) return undefined;
  return copies.length === 1 ? `copy: \`${copies[0]}\`` : `copies: \`${copies[0]}\` and ${plural(copies.length - 1, 'more', 'more')}`;
}

function hitField(hit: SearchHit & { copies?: readonly string[] }, rank: number): ReplyField {
  const a = hit.article;
  // Ids are letters, digits and hyphens: safe in code spans. The rest comes from articles and is escaped.
  const named = [a.source, a.via && a.via !== a.source ? `via ${a.via}` : undefined].filter(Boolean).map((t) => escapeMarkdown(t!));
  // An undated article's day is the day it arrived (its id starts with it): shown, it would read as its date.
  const day = isUndated(a) ? 'date unknown' : a.date;
  const meta = [`\`${a.id}\``, day, ...named, copiesNote(hit.copies ?? [])].filter(Boolean).join(' · ');
  return {
    name: truncateAtWord(`${rank}. ${escapeMarkdown(shownHeadline(a.title))}`, 256),
    value: truncateAtWord(`${meta}\n${snippet(bodyText(a), hit.terms, 220)}`, 1024),
  };
}

function searchTitle(page: SearchPage): string {
  const words = queryText(page.query) || describeFilters(page.query);
  return truncateAtWord(`Search: ${escapeMarkdown(words)}`, 256);
}

/** The lines above the hits: the filters in words and any close spellings used. */
function preamble(page: SearchPage): string | undefined {
  const lines: string[] = [];
  const filters = describeFilters(page.query);
  if (filters && queryText(page.query)) lines.push(escapeMarkdown(filters));
  if (page.named.length) lines.push(`Matching ${page.named.slice(0, 6).map((n) => `**${escapeMarkdown(n)}**`).join(', ')}.`);
  for (const c of page.corrections) {
    lines.push(`No article has “${escapeMarkdown(truncateAtWord(c.word, 40))}”; also showing close spellings (${c.to.map(escapeMarkdown).join(', ')}).`);
  }
  if (page.hits.some((h) => h.kind === 'partial')) lines.push('Few articles hold every word; the later hits hold most of them.');
  return lines.length ? lines.join('\n') : undefined;
}

export function hitsReply(page: SearchPage, current: number, buttons: { previous: string; next: string }): Reply {
  const pages = Math.max(1, Math.ceil(page.total / PAGE_SIZE));
  const shown = page.hits.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  const text = preamble(page);
  const order = page.query.sort === 'recency' ? 'newest first' : 'by relevance';
  return {
    title: searchTitle(page),
    ...(text ? { text } : {}),
    fields: shown.map((hit, i) => hitField(hit, (current - 1) * PAGE_SIZE + i + 1)),
    footer: `Page ${current} of ${pages} · ${plural(page.total, 'article')} · ${order}`,
    buttons: [
      { id: buttons.previous, label: 'Previous', disabled: current <= 1 },
      { id: buttons.next, label: 'Next', disabled: current >= pages },
    ],
  };
}

/** Nothing found: say so, and offer the closest names or spellings the archive has. */
export function noHitsReply(page: SearchPage, closest: readonly string[]): Reply {
  const hint = closest.length ? ` Closest in the archive: ${closest.map((c) => `**${escapeMarkdown(c)}**`).join(', ')}.` : '';
  if (page.unknownNames.length) {
    const what = page.unknownNames.map((u) => `${u.kind} “${escapeMarkdown(truncateAtWord(u.value, 60))}”`).join(' or ');
    return notice(`No article in the archive names the ${what}.${hint}`);
  }
  if (page.onlyStopWords) return notice('Those words are too common to search on their own; add a name, a place or a topic.');
  const words = queryText(page.query);
  const filters = describeFilters(page.query);
  const asked = [words && `“${escapeMarkdown(truncateAtWord(words, 100))}”`, filters && escapeMarkdown(filters)].filter(Boolean).join(', ');
  return notice(`No articles match ${asked || 'that search'}.${hint}`);
}
