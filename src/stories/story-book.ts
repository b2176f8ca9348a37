import type { EnrichedArticle } from '../articles/article.js';
import type { Archive, ArchiveChange } from '../articles/archive.js';
import type { EntityDirectory } from '../briefing/entity-directory.js';
import { KeyDayIndex, storiesIn } from './key-day-counts.js';
import { signedColumn, type NumberColumn } from '../search/number-column.js';
import { countPairs, FeatureWords } from './feature-words.js';
import { FeatureTable } from './feature-table.js';
import { BookStory, noteCopy, storyKey, type Story } from './story.js';
import { articleFeatures, textFeatures, type ArticleFeatures } from './story-features.js';
import { joins, matchArticles, WINDOW_DAYS, type Match, type Rarity } from './story-match.js';
import type { StoryLookup } from './story-lookup.js';

/** The book's saved state; iteration orders are kept, since ties are broken by them. */
export interface StoryBookState {
  features: FeatureTable;
  /** By `storyKey` of their ids. */
  stories: Map<string, Story>;
  byKeyDay: KeyDayIndex;
  version: number;
  /** The numbers the features' names and words are held as. */
  words: FeatureWords;
  /** Articles holding each term, by its number in `words` (saved: the terms themselves are not kept). */
  termDf: NumberColumn;
}

const INDEXED_KEYS = 6;
const MAX_COMPARED = 30;

/**
 * Groups the archive into stories as articles arrive (and leave): a new article is compared only with
 * articles within a few days that share one of its main names, found through a (name, day) index, so
 * adding one article costs the same at 100 articles as at 100,000.
 */
export class StoryBook implements StoryLookup, Rarity {
  private readonly features: FeatureTable;
  private readonly stories: Map<string, Story>;
  private readonly byKeyDay: KeyDayIndex;
  /** Articles holding each key and term, by its number in `words`. */
  private readonly keyDf = signedColumn();
  private termDf = signedColumn();
  readonly words: FeatureWords;
  version: number;

  /**
   * Built from the archive's articles, or taken whole from a saved state that describes them (`from`).
   * `articleOf` reads an article again for the text features the book does not keep (the archive's by default).
   */
  constructor(
    archive: Archive | undefined,
    private readonly directory: EntityDirectory,
    from?: StoryBookState,
    articleOf: ((id: string) => EnrichedArticle | undefined) | undefined = archive && ((id) => archive.get(id)),
  ) {
    this.features = from?.features ?? new FeatureTable();
    this.stories = from?.stories ?? new Map();
    this.byKeyDay = from?.byKeyDay ?? new KeyDayIndex();
    this.version = from?.version ?? 0;
    this.words = from?.words ?? new FeatureWords();
    if (from) this.termDf = from.termDf;
    if (articleOf) {
      this.features.readTextFrom((id) => {
        const article = articleOf(id);
        try {
          return article && textFeatures(article, this.words);
        } catch {
          // Its stored analysis or text is gone (replaced by another process): it is left out of this comparison.
          return undefined;
        }
      });
    }
    // What follows from the saved state is worked out again rather than saved: lookups only, order-free.
    for (const story of this.stories.values()) for (const id of story.members) this.features.setStory(id, story);
    for (const row of this.features.rows()) this.countKeys(row.keys, 1);
    if (!archive) return;
    // Oldest first, so a story's id comes from its earliest article.
    if (!from) for (const article of [...archive.all()].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))) this.add(article);
    archive.subscribe((change) => this.apply(change));
  }

  /** Everything the book holds that is not worked out from the rest (not a copy), for saving. */
  state(): StoryBookState {
    return { features: this.features, stories: this.stories, byKeyDay: this.byKeyDay, version: this.version, words: this.words, termDf: this.termDf };
  }

  apply(change: ArchiveChange): void {
    if (change.type !== 'added') this.remove(change.type === 'updated' ? change.previous : change.article);
    if (change.type !== 'removed') this.add(change.article);
  }

  storyIdOf(articleId: string): string | undefined {
    return this.features.story(articleId)?.id;
  }

  story(id: string): Story | undefined {
    const key = storyKey(id);
    return key === undefined ? undefined : this.stories.get(key);
  }

  storyOfArticle(articleId: string): Story | undefined {
    return this.features.story(articleId);
  }

  /** The earlier member an article is a near-identical copy of, if it is one. */
  copyOf(articleId: string): string | undefined {
    return this.features.story(articleId)?.copies.get(articleId);
  }

  all(): IterableIterator<Story> {
    return this.stories.values();
  }

  get size(): number {
    return this.stories.size;
  }

  titleFormOf(articleId: string): string | undefined {
    return this.features.titleForm(articleId);
  }

  /** The story whose article headline is (or, with `whole` false, holds) these words; the biggest wins. */
  findByTitle(form: string, whole: boolean): Story | undefined {
    let best: Story | undefined;
    const needle = ` ${form} `;
    for (const [id, titleForm] of this.features.titles()) {
      if (whole ? titleForm !== form : !` ${titleForm} `.includes(needle)) continue;
      const story = this.features.story(id);
      if (story && (!best || story.members.size > best.members.size)) best = story;
    }
    return best;
  }

  keyIdf(key: number): number {
    return Math.log(1 + (this.features.size + 1) / (this.keyDf.get(key) + 1));
  }

  termIdf(term: number): number {
    return Math.log(1 + (this.features.size + 1) / (this.termDf.get(term) + 1));
  }

  add(article: EnrichedArticle): void {
    if (this.features.has(article.id)) return;
    const mine = articleFeatures(article, this.directory.placedKeys(article.id), this.words);
    this.countKeys(mine.keys, 1);
    this.countTerms(mine.terms, 1);
    this.features.set(mine);
    const matched: { story: Story; match: Match; with: string }[] = [];
    for (const story of this.candidates(mine)) {
      const best = this.bestMember(mine, story);
      if (best && joins(best.match)) matched.push({ story, ...best });
    }
    matched.sort((a, b) => Number(b.match.copy) - Number(a.match.copy) || b.match.score - a.match.score);
    const home = matched[0];
    let story: Story;
    if (home) {
      story = home.story;
      if (home.match.copy) noteCopy(story, article.id, home.with);
      for (const other of matched.slice(1)) story = this.merge(story, other.story);
    } else {
      let key = article.id;
      for (let n = 2; this.stories.has(key); n++) key = `${article.id}-${n}`;
      story = new BookStory(key);
      this.stories.set(key, story);
    }
    this.join(story, mine);
    this.version += 1;
  }

  remove(article: EnrichedArticle): void {
    const keys = this.features.keys(article.id);
    const story = this.features.story(article.id);
    if (!keys || !story) return;
    const mine = { keys, day: this.features.day(article.id)! };
    // From the leaving article itself (an update pins the old text before its row is replaced): a kept copy may
    // already be the new text's, read for a comparison while this change waited behind others.
    this.countTerms(textFeatures(article, this.words).terms, -1);
    this.countKeys(keys, -1);
    this.features.delete(article.id);
    story.members.delete(article.id);
    story.copies.delete(article.id);
    const copiesOfIt = [...story.copies].filter(([, original]) => original === article.id);
    for (const [copy] of copiesOfIt) story.copies.delete(copy);
    this.indexStory(story, mine, -1);
    story.version += 1;
    if (story.members.size === 0) this.stories.delete(storyKey(story.id)!);
    this.version += 1;
  }

  private join(story: Story, mine: ArticleFeatures): void {
    story.members.add(mine.id);
    story.version += 1;
    this.features.setStory(mine.id, story);
    this.indexStory(story, mine, 1);
  }

  /** The older story takes the other's articles and keeps its id. */
  private merge(into: Story, from: Story): Story {
    if (into === from) return into;
    const [keep, gone] = oldest(into, from, this.features) <= 0 ? [into, from] : [from, into];
    for (const id of gone.members) {
      const f = { keys: this.features.keys(id)!, day: this.features.day(id)! };
      this.indexStory(gone, f, -1);
      keep.members.add(id);
      this.features.setStory(id, keep);
      this.indexStory(keep, f, 1);
    }
    for (const [copy, original] of gone.copies) noteCopy(keep, copy, original);
    keep.version += 1;
    this.stories.delete(storyKey(gone.id)!);
    return keep;
  }

  private candidates(mine: ArticleFeatures): Set<Story> {
    const found = new Set<Story>();
    for (const key of topKeys(mine, this.words)) {
      for (let d = mine.day - WINDOW_DAYS; d <= mine.day + WINDOW_DAYS; d++) {
        const cell = this.byKeyDay.get(key, d);
        if (cell) for (const story of storiesIn(cell)) found.add(story);
      }
    }
    return found;
  }

  private bestMember(mine: ArticleFeatures, story: Story): { match: Match; with: string } | undefined {
    // Days first, from the table's column: a story of a thousand articles builds only the few it compares.
    const apart = (id: string) => Math.abs(this.features.day(id)! - mine.day);
    const near = [...story.members]
      .filter((id) => apart(id) <= WINDOW_DAYS)
      .sort((a, b) => apart(a) - apart(b))
      .slice(0, MAX_COMPARED)
      .map((id) => this.features.get(id))
      .filter((f): f is ArticleFeatures => f !== undefined);
    let best: { match: Match; with: string } | undefined;
    for (const other of near) {
      const match = matchArticles(mine, other, this);
      if (!best || Number(match.copy) > Number(best.match.copy) || (match.copy === best.match.copy && match.score > best.match.score)) best = { match, with: other.id };
    }
    return best;
  }

  private indexStory(story: Story, f: Pick<ArticleFeatures, 'keys' | 'day'>, sign: 1 | -1): void {
    for (const key of topKeys(f, this.words)) {
      this.byKeyDay.bump(key, f.day, story, sign);
    }
  }

  private countKeys(keys: Uint32Array, sign: 1 | -1): void {
    countPairs(this.keyDf, keys, sign);
  }

  private countTerms(terms: Uint32Array, sign: 1 | -1): void {
    countPairs(this.termDf, terms, sign);
  }
}

/** The article's most prominent keys, the first met first on a tie. */
function topKeys(f: Pick<ArticleFeatures, 'keys'>, words: FeatureWords): string[] {
  return words
    .entries(f.keys)
    .sort((a, b) => b[1] - a[1])
    .slice(0, INDEXED_KEYS)
    .map(([key]) => key);
}

function oldest(a: Story, b: Story, features: FeatureTable): number {
  const first = (s: Story) => Math.min(...[...s.members].map((id) => features.day(id) ?? Infinity));
  return first(a) - first(b) || a.id.localeCompare(b.id);
}
