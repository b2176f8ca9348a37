import type { Archive, ArchiveChange } from '../../articles/archive.js';
import { systemClock, type Clock } from '../../clock.js';
import type { Logger } from '../../logger.js';
import { migratePg } from '../../store/postgres/pg-migrate.js';
import type { PgSync } from '../../store/postgres/pg-sync.js';
import type { ArticleSearch, HitKind, SearchPage } from '../article-search.js';
import { allowedEdits } from '../fuzzy-terms.js';
import { KINDS_FOR_FILTER, type NameKind } from '../name-directory.js';
import { parseQuery } from '../query-syntax.js';
import { SavedQueries, type QueryTokens } from '../saved-queries.js';
import { plainText, plainWord, termOf, wordsOf } from '../text-terms.js';
import { createPgCloseWords } from './pg-close-words.js';
import { createPgCompletions } from './pg-completions.js';
import { rankInPostgres, type RankBounds } from './pg-ranker.js';
import { searchMigrations, SEARCH_NAMESPACE } from './pg-search-schema.js';
import { createPgNames } from './pg-search-names.js';
import { createPgSearchWriter } from './pg-search-writer.js';

export interface PgArticleSearchOptions {
  logger?: Logger;
  clock?: Clock;
  queryTokens?: QueryTokens;
  /** Reads many shelved articles' analyses and texts in one go, ahead of writing their rows. */
  prefetch?: (ids: readonly string[]) => void;
  /** How many matches are ranked at most (`RANK_BOUNDS`). */
  rankBounds?: RankBounds;
}

export interface PgArticleSearch extends ArticleSearch {
  /** Stops following the archive (the tables stay: they are the index). */
  close(): Promise<void>;
}

const KINDS: HitKind[] = ['phrase', 'exact', 'close', 'partial'];
const NAME_KINDS: readonly NameKind[] = ['person', 'place', 'country', 'organisation'];

/**
 * `/search` in PostgreSQL (SEARCH_BACKEND=postgres): the tables are brought in step with the archive at
 * start (only missing, changed and gone articles are written) and then follow its changes, as the
 * embedded index does; queries run in the database. Every process shares the same index.
 */
export function createPgArticleSearch(db: PgSync, archive: Archive, options: PgArticleSearchOptions = {}): PgArticleSearch {
  const clock = options.clock ?? systemClock;
  migratePg(db, SEARCH_NAMESPACE, searchMigrations, options.logger);
  const writer = createPgSearchWriter(db, options.prefetch);
  const started = performance.now();
  const synced = writer.syncWith(archive.all());
  options.logger?.info('search index in PostgreSQL brought up to date', { articles: archive.size, ...synced, ms: Math.round(performance.now() - started) });
  const unsubscribe = archive.subscribe((change: ArchiveChange) => {
    try {
      if (change.type === 'removed') writer.remove([change.article.id]);
      else {
        if (change.type === 'updated' && change.previous.id !== change.article.id) writer.remove([change.previous.id]);
        writer.put([change.article]);
      }
    } catch (error) {
      // The next start writes what is missing; the archive's change itself stands.
      options.logger?.error('search index in PostgreSQL not updated', { id: change.article.id, error });
    }
  });
  const words = createPgCloseWords(db);
  const names = createPgNames(db);
  const completions = createPgCompletions(db, names);

  return {
    savedQueries: options.queryTokens ?? new SavedQueries(clock),
    search(query, searchOptions = {}): SearchPage {
      const parsed = typeof query === 'string' ? parseQuery(query, searchOptions.now ?? clock.now()) : query;
      const ranking = rankInPostgres(db, words, names, parsed, searchOptions.limit ?? 50, options.rankBounds);
      const hits = ranking.hits.flatMap(({ id, score, tier }) => {
        const article = archive.get(id);
        return article ? [{ article, score, terms: ranking.terms, kind: KINDS[tier]! }] : [];
      });
      const { total, corrections, unknownNames, named, onlyStopWords } = ranking;
      return { hits, total, query: parsed, corrections, unknownNames, named, onlyStopWords };
    },
    suggest: completions.suggest,
    complete: completions.complete,
    completeName: completions.completeName,
    closest(query, limit = 5) {
      const out = new Set<string>();
      for (const { kind, value } of names.resolve(query).unknown) for (const name of names.nearest(plainText(value), KINDS_FOR_FILTER[kind], limit)) out.add(name);
      const unknownWords = [...query.words, ...query.phrases].flatMap((w) => wordsOf(w)).filter((w) => {
        const term = termOf(w);
        return term !== undefined && !words.counts([term]).has(term);
      });
      for (const word of unknownWords) {
        for (const name of names.nearest(plainWord(word), NAME_KINDS, limit)) out.add(name);
        const term = termOf(word)!;
        const close = words.close([term], () => allowedEdits(term) + 1).sort((a, b) => a.distance - b.distance || b.docs - a.docs);
        for (const c of close.slice(0, 3)) out.add(c.term);
      }
      return [...out].slice(0, limit);
    },
    async close() {
      unsubscribe();
    },
  };
}
