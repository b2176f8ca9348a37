import type { EnrichedArticle } from '../articles/article.js';
import type { Archive, ArchiveChange } from '../articles/archive.js';
import type { Entity } from '../language/analysis.js';
import { loneCandidates, loneFits, titlesAgree } from './entity-aliases.js';
import { KeyIndex } from './key-index.js';
import { likeliestFit } from './lone-placement.js';
import { NameFolds } from './name-folds.js';
import { contribute, newRecord, withRef, type EntityRecord, type EventRef, type PackedPresence } from './entity-record.js';
import { entityForms, keyWords, nameForm, STYLED_TITLES } from './name-forms.js';
import { outletOnlyCited } from './news-outlets.js';
import { NOTHING_PLACED, placedCount, placedKey, placedKeysOf, PlacedRuns, setPlacedPresence, type Placed } from './placed-entities.js';
import { standInTimes } from './stand-in-times.js';

/** The directory's whole state, as saved and restored (`briefings-codec.ts`). */
export interface DirectoryState {
  records: Map<string, EntityRecord>;
  placed: PlacedRuns;
  byForm: KeyIndex;
  byEndWord: KeyIndex;
  version: number;
  /** The name folds' canonical map when they were current (saved so a restart need not work them out again). */
  folds?: Map<string, string>;
}

/**
 * Every entity of the archive, across articles: "Kim" in one article and "Kim Jong Un" in another are one
 * person; "Melk" read as a place here and an organisation there is one name. Kept up to date from the
 * archive's changes; queries read it and do no language work.
 */
export class EntityDirectory {
  private readonly records: Map<string, EntityRecord>;
  /**
   * The record key each analysis entity of an article went to, by entity index, and the presence each filed:
   * the names beside a record are counted from its own articles' lists, without looking each up in another
   * record's articles, which for the biggest names was most of a briefing's time. Loaded from a saved state,
   * the presences are worked out again from the records (`presenceSteps`).
   */
  private readonly placed: PlacedRuns;
  /** Record keys by written form. */
  private readonly byForm: KeyIndex;
  /** People with two or more name words, by their first and by their last word. */
  private readonly byEndWord: KeyIndex;
  private presencesHeld: boolean;
  /** The name folds (which records stand for one entity), kept for the directory's state or worked out again. */
  readonly folds: NameFolds;
  /** Grows on every change, so caches built from the directory know when they are stale. */
  version: number;

  /** Built from the archive's articles, or taken whole from a saved state that describes them (`from`). */
  constructor(archive?: Archive, from?: DirectoryState) {
    this.records = from?.records ?? new Map();
    this.placed = from?.placed ?? new PlacedRuns();
    this.byForm = from?.byForm ?? new KeyIndex();
    this.byEndWord = from?.byEndWord ?? new KeyIndex();
    this.version = from?.version ?? 0;
    this.folds = new NameFolds({ records: this.records, byEndWord: this.byEndWord, byForm: this.byForm, version: () => this.version }, from?.folds);
    // Taken whole from a saved state, the presences by article are worked out again (`presenceSteps`).
    this.presencesHeld = !from;
    if (!archive) return;
    if (!from) for (const article of archive.all()) this.take(article);
    archive.subscribe((change) => this.apply(change));
  }

  /** Everything the directory holds (not a copy), for saving; iteration order is part of it. */
  state(): DirectoryState {
    return { records: this.records, placed: this.placed, byForm: this.byForm, byEndWord: this.byEndWord, version: this.version, ...(this.folds.has() ? { folds: this.folds.saved()! } : {}) };
  }

  apply(change: ArchiveChange): void {
    if (change.type !== 'added') this.drop(change.type === 'updated' ? change.previous : change.article);
    if (change.type !== 'removed') this.take(change.article);
  }

  get size(): number {
    return this.records.size;
  }

  record(key: string): EntityRecord | undefined {
    return this.records.get(key);
  }

  all(): IterableIterator<EntityRecord> {
    return this.records.values();
  }

  /** Record keys of an article's entities, by entity index, each resolved to its canonical key. */
  keysOf(articleId: string): string[] {
    const placed = this.placed.get(articleId) ?? NOTHING_PLACED;
    const keys: string[] = [];
    for (let i = 0; i < placedCount(placed); i++) keys.push(this.canonical(placedKey(placed, i)));
    return keys;
  }

  /** Where an article's entities went when it arrived (before any later folding), by entity index. */
  placedKeys(articleId: string): string[] {
    return placedKeysOf(this.placed.get(articleId) ?? NOTHING_PLACED);
  }

  /**
   * Where an article's entities went when it arrived (before any later folding), by entity index, and the
   * presence each filed there (`placed-entities.ts`).
   */
  placedIn(articleId: string): Placed {
    if (!this.presencesHeld) for (const _ of this.presenceSteps());
    return this.placed.get(articleId) ?? NOTHING_PLACED;
  }

  /**
   * The presences by article worked out from the records, a step every 5,000 presences (about two seconds' work in
   * one go at 100,000 articles), for a loader that rests between steps; at once when first asked otherwise.
   */
  *presenceSteps(): Generator<void, void> {
    let done = 0;
    for (const record of this.presencesHeld ? [] : this.records.values()) {
      const key = record.key;
      record.articles.forEach((presence, id) => {
        const placed = this.placed.get(id);
        if (!placed) return;
        // A key placed twice in one article holds the one presence at each place.
        for (let i = 0; i < placedCount(placed); i++) if (placedKey(placed, i) === key) setPlacedPresence(placed, i, presence);
      });
      done += record.articles.size;
      if (done >= 5_000) {
        done = 0;
        yield;
      }
    }
    this.presencesHeld = true;
  }

  /**
   * Record keys that typed text names exactly ("kim jong-un", "KCNA"), canonical: a key typed whole first,
   * then whoever the most articles write so, then the most written about. "Kyiv" is the city, though Ukraine
   * is named in more articles and some of them write "Kyiv" for its government.
   */
  named(typed: string): string[] {
    const form = nameForm(typed);
    const keys = this.byForm.get(form);
    const direct = this.records.has(typed.trim()) ? this.canonical(typed.trim()) : undefined;
    const found = [...new Set([...(direct ? [direct] : []), ...(keys ?? [])].map((k) => this.canonical(k)))];
    const writtenSo = new Map(found.map((key) => [key, key === direct ? Infinity : this.members(key).reduce((n, r) => n + (r.forms.get(form) ?? 0), 0)]));
    return found.sort((a, b) => writtenSo.get(b)! - writtenSo.get(a)! || this.articleCount(b) - this.articleCount(a));
  }

  forms(): IterableIterator<[string, readonly string[]]> {
    return this.byForm.entries();
  }

  canonical(key: string): string {
    return this.folds.get().canonical.get(key) ?? key;
  }

  /** The records folded into a canonical key (itself first). */
  members(key: string): EntityRecord[] {
    const keys = this.folds.get().members.get(key) ?? [key];
    return keys.map((k) => this.records.get(k)).filter((r): r is EntityRecord => r !== undefined);
  }

  articleCount(key: string): number {
    let n = 0;
    for (const record of this.members(key)) n += record.articles.size;
    return n;
  }

  private take(article: EnrichedArticle): void {
    const entities = article.analysis.entities;
    const own = new Set(entities.map((e) => e.key));
    const keys: string[] = [];
    for (const entity of entities) {
      let key = this.placement(entity, own, entities);
      if (keys.includes(key)) key = entity.key;
      keys.push(key);
    }
    this.placed.set(article.id, keys);
    this.change(article, keys, 1);
  }

  private drop(article: EnrichedArticle): void {
    const placed = this.placed.get(article.id);
    if (!placed) return;
    this.change(article, placedKeysOf(placed), -1);
    this.placed.delete(article.id);
  }

  /** A one-word person ("Kim") goes to the full name it fits that is most often beside this article's names. */
  private placement(entity: Entity, own: ReadonlySet<string>, entities: readonly Entity[]): string {
    const words = keyWords(entity.key);
    if (entity.type !== 'person' || words.length !== 1) return entity.key;
    if (entity.roles.some((r) => STYLED_TITLES.has(r.title.split(/\s+/).at(-1)!.toLowerCase()))) return entity.key;
    const fits = loneCandidates(words[0]!, this.byEndWord, this.byForm).filter((k) => !own.has(k) && this.records.has(k) && loneFits(words[0]!, k, this.records.get(k)!) && titlesAgree(entity.roles, this.records.get(k)!));
    return likeliestFit(fits, entities, this.records) ?? entity.key;
  }

  private change(article: EnrichedArticle, keys: readonly string[], sign: 1 | -1): void {
    const { entities } = article.analysis;
    // The outlet that published the article ("(CNN)", "told USA TODAY") is furniture, not news: it is
    // neither filed under its name for this article nor counted beside anyone; nor is an outlet the
    // article only cites or credits (news-outlets.ts).
    const outlets = new Set([article.source, article.via].filter((s): s is string => !!s).map(nameForm));
    const own = entities.map((e) => entityForms(e).some((f) => outlets.has(nameForm(f))) || outletOnlyCited(e, article));
    const filed = keys.map((key, i) => (own[i] ? undefined : this.recordFor(key, entities[i]!)));
    // A record filed twice in one article keeps the last presence, and so does every index that placed it.
    const last = new Map<string, PackedPresence>();
    filed.forEach((record, i) => {
      if (!record) return;
      const presence = contribute(record, article, i, sign);
      if (presence !== undefined) last.set(record.key, presence);
      const entity = entities[i]!;
      for (const form of entityForms(entity).map(nameForm)) {
        if (sign > 0 && form) this.byForm.add(form, record.key);
        else if (sign < 0 && !record.forms.has(form)) this.byForm.remove(form, record.key);
      }
    });
    const placed = sign > 0 ? this.placed.get(article.id) : undefined;
    if (placed) keys.forEach((key, i) => setPlacedPresence(placed, i, last.get(key)));
    if (sign > 0) this.noteEvents(article, keys);
    // Who is named beside whom is not kept: it is worked out from the presences when asked (beside-counts.ts).
    for (const record of filed) if (record && record.articles.size === 0) this.forget(record);
    this.version += 1;
    this.folds.changed();
  }


  private noteEvents(article: EnrichedArticle, keys: readonly string[]): void {
    const { entities, events, times } = article.analysis;
    const indexOf = new Map(entities.map((e, i) => [e.key, i]));
    const note = (entityKey: string, ref: EventRef, asPlace: boolean) => {
      const i = indexOf.get(entityKey);
      const record = i === undefined ? undefined : this.records.get(keys[i]!);
      if (!record) return;
      if (asPlace) record.hosts = withRef(record.hosts, ref);
      else record.acts = withRef(record.acts, ref);
    };
    events.forEach((event, n) => {
      for (const actor of event.actors) note(actor, { articleId: article.id, event: n }, false);
      for (const place of event.places) note(place, { articleId: article.id, event: n }, true);
    });
    if (events.length > 0) return;
    // No events for this article: its sentences that hold a calendar date stand in, for whoever they name.
    for (const n of standInTimes(times)) {
      const time = times[n]!;
      for (const entity of entities) {
        if (!entity.mentions.some((m) => m.sentence === time.sentence)) continue;
        note(entity.key, { articleId: article.id, time: n }, entity.type === 'place');
      }
    }
  }

  private recordFor(key: string, entity: Entity): EntityRecord {
    let record = this.records.get(key);
    if (!record) {
      record = newRecord(key, entity.type);
      this.records.set(key, record);
      const words = keyWords(key);
      if (record.type === 'person' && words.length > 1) for (const w of new Set([words[0]!, words.at(-1)!])) this.byEndWord.add(w, key);
    }
    return record;
  }

  private forget(record: EntityRecord): void {
    this.records.delete(record.key);
    for (const form of record.forms.keys()) this.byForm.remove(form, record.key);
    const words = keyWords(record.key);
    if (record.type === 'person' && words.length > 1) for (const w of new Set([words[0]!, words.at(-1)!])) this.byEndWord.remove(w, record.key);
  }
}
