import MiniSearch from 'minisearch';
import type { Archive, ArchiveChange } from '../articles/archive.js';
import type { EnrichedArticle } from '../articles/article.js';

export interface SearchHit {
  article: EnrichedArticle;
  score: number;
  /** The index terms that matched, for snippets. */
  terms: string[];
}

export interface SearchPage {
  hits: SearchHit[];
  total: number;
}

export interface ArticleSearch {
  search(query: string, options?: { limit?: number }): SearchPage;
  /** Titles and ids beginning with or containing what the member typed. */
  suggest(prefix: string, limit: number): { id: string; title: string }[];
}

interface IndexedDoc {
  id: string;
  title: string;
  body: string;
  source: string;
  place: string;
}

function toDoc(article: EnrichedArticle): IndexedDoc {
  return {
    id: article.id,
    title: article.title,
    body: article.paragraphs.join('\n'),
    source: [article.source, article.via].filter(Boolean).join(' '),
    place: article.place ?? '',
  };
}

/** A minisearch index over the archive, kept in step with it through its change events. */
export function createArticleIndex(archive: Archive): ArticleSearch & { dispose(): void } {
  const index = new MiniSearch<IndexedDoc>({
    fields: ['title', 'body', 'source', 'place'],
    storeFields: [],
    searchOptions: { boost: { title: 3, place: 1.5, source: 1.5 }, fuzzy: 0.2, prefix: true, combineWith: 'AND' },
  });
  index.addAll(archive.all().map(toDoc));
  const unsubscribe = archive.subscribe((change: ArchiveChange) => {
    if (change.type !== 'added') index.discard(change.type === 'updated' ? change.previous.id : change.article.id);
    if (change.type !== 'removed') index.add(toDoc(change.article));
  });
  return {
    search(query, options = {}) {
      let results = index.search(query);
      if (results.length === 0) results = index.search(query, { combineWith: 'OR' });
      const hits = results
        .map((r) => ({ article: archive.get(String(r.id)), score: r.score, terms: r.terms }))
        .filter((h): h is SearchHit => h.article !== undefined);
      return { hits: hits.slice(0, options.limit ?? 50), total: hits.length };
    },
    suggest(prefix, limit) {
      const needle = prefix.trim().toLowerCase();
      const out: { id: string; title: string }[] = [];
      for (const article of archive.all()) {
        if (!needle || article.id.startsWith(needle) || article.title.toLowerCase().includes(needle)) out.push({ id: article.id, title: article.title });
        if (out.length >= limit) break;
      }
      return out;
    },
    dispose: unsubscribe,
  };
}
