import type { EnrichedArticle } from '../articles/article.js';
import type { EntityType } from '../language/analysis.js';
import { facetTerm } from './document-fields.js';
import { FormIndex } from './form-index.js';
import { byteColumn, countColumn, type NumberColumn } from './number-column.js';
import { TextList } from './text-list.js';
import { plainText, slug } from './text-terms.js';

/** A name the index knows: an entity of the analysis, a dateline place or a source. */
export type NameKind = EntityType | 'dateline' | 'source';
const KIND_LIST: readonly NameKind[] = ['person', 'place', 'organisation', 'country', 'dateline', 'source'];

export interface NameRecord {
  /** The facet term whose postings list this name's articles. */
  facet: string;
  kind: NameKind;
  /** Display name ("Kim Jong Un", "AJMEDIA"). */
  name: string;
  /** Articles naming it. */
  count: number;
}

/** The directory in a snapshot: texts joined by newlines, one line per name; numbers per name. */
export interface NameTable {
  facets: string;
  names: string;
  /** Plain forms of each name as ` form one | form two `. */
  forms: string;
  kinds: ArrayLike<number>;
  counts: ArrayLike<number>;
}

export const KINDS_FOR_FILTER = {
  person: ['person'],
  place: ['place', 'country', 'dateline'],
  source: ['source'],
} as const satisfies Record<string, readonly NameKind[]>;

const kindMask = (kinds: readonly NameKind[]) => kinds.reduce((mask, k) => mask | (1 << KIND_LIST.indexOf(k)), 0);

/**
 * Every name in the index with the forms it was written in, so "kim jong un", "Kim Jong-un" and the
 * alias "Kim" all lead to the same articles, filters (`person:putin`) resolve to facet terms, and
 * autocomplete and "did you mean" can offer names. At 100k articles there are hundreds of thousands
 * of names: they live in a few long texts (`TextList`) with an exact-form hash over them.
 */
export class NameDirectory {
  private facets: TextList;
  private names: TextList;
  private forms: TextList;
  private kinds: NumberColumn;
  private counts: NumberColumn;
  private baseForms: FormIndex;
  /** Forms added since load (new names, new aliases). */
  private readonly newForms = new Map<string, number[]>();
  /** Facet → name number; built on first need (a live addition), not at load. */
  private byFacetMap: Map<string, number> | undefined;

  constructor(table: NameTable = { facets: '', names: '', forms: '', kinds: [], counts: [] }) {
    const n = table.kinds.length;
    this.facets = new TextList(table.facets, n);
    this.names = new TextList(table.names, n);
    this.forms = new TextList(table.forms, n);
    this.kinds = byteColumn(table.kinds);
    this.counts = countColumn(table.counts);
    this.baseForms = new FormIndex(this.forms);
  }

  get size(): number {
    return this.kinds.length;
  }

  /** Plain forms of names seen lately: the same people and places recur article after article. */
  private plainCache = new Map<string, string>();

  private plain(form: string): string {
    let plain = this.plainCache.get(form);
    if (plain === undefined) {
      if (this.plainCache.size > 50_000) this.plainCache = new Map();
      plain = plainText(form);
      this.plainCache.set(form, plain);
    }
    return plain;
  }

  addArticle(article: EnrichedArticle, change: 1 | -1 = 1): void {
    const seen = new Set<number>();
    const note = (facet: string, kind: NameKind, name: string, form: string) => {
      const i = this.note(facet, kind, name, this.plain(form));
      if (i !== undefined && !seen.has(i)) {
        seen.add(i);
        this.counts.set(i, Math.max(0, this.counts.get(i) + change));
      }
    };
    for (const entity of article.analysis.entities) {
      const facet = facetTerm('e', entity.key);
      for (const form of [entity.name, ...entity.aliases]) note(facet, entity.type, entity.name, form);
    }
    if (article.place) note(facetTerm('at', slug(article.place)), 'dateline', article.place, article.place);
    for (const source of [article.source, article.via]) if (source) note(facetTerm('src', slug(source)), 'source', source, source);
  }

  removeArticle(article: EnrichedArticle): void {
    this.addArticle(article, -1);
  }

  private get byFacet(): Map<string, number> {
    this.byFacetMap ??= new Map(this.facets.toArray().map((facet, i) => [facet, i]));
    return this.byFacetMap;
  }

  private note(facet: string, kind: NameKind, name: string, form: string): number | undefined {
    if (!form) return undefined;
    let i = this.byFacet.get(facet);
    if (i === undefined) {
      i = this.facets.push(facet);
      this.names.push(name);
      this.forms.push(' ');
      this.kinds.push(KIND_LIST.indexOf(kind));
      this.counts.push(0);
      this.byFacet.set(facet, i);
    } else if (name.length > this.names.get(i).length && kind !== 'source') this.names.set(i, name);
    const forms = this.forms.get(i);
    // A whole item, not part of one: "zelensky" is a form of its own beside "volodymyr zelensky".
    if (!`|${forms}|`.includes(`| ${form} |`)) {
      this.forms.set(i, forms === ' ' ? ` ${form} ` : `${forms}| ${form} `);
      const owners = this.newForms.get(form) ?? [];
      owners.push(i);
      this.newForms.set(form, owners);
    }
    return i;
  }

  private record(i: number): NameRecord {
    return { facet: this.facets.get(i), kind: KIND_LIST[this.kinds.get(i)]!, name: this.names.get(i), count: this.counts.get(i) };
  }

  /** Names with this exact plain form (name or alias), used by at least one article. */
  exact(plain: string, kinds?: readonly NameKind[]): NameRecord[] {
    const wanted = kinds ? kindMask(kinds) : -1;
    const found = new Set<number>(this.newForms.get(plain));
    this.baseForms.lookup(plain, (i) => found.add(i));
    return [...found].filter((i) => this.counts.get(i) > 0 && ((1 << this.kinds.get(i)) & wanted) !== 0).map((i) => this.record(i));
  }

  /** Names with a form holding these words in a row ("putin" finds "Vladimir Putin"). */
  containing(plain: string, kinds: readonly NameKind[]): NameRecord[] {
    return plain ? this.scan(` ${plain} `, kinds) : [];
  }

  /** Names with a form that has a word starting with `plain` (autocomplete); all names for ''. */
  starting(plain: string, kinds: readonly NameKind[]): NameRecord[] {
    return this.scan(` ${plain}`, kinds);
  }

  private scan(needle: string, kinds: readonly NameKind[]): NameRecord[] {
    const wanted = kindMask(kinds);
    const out: NameRecord[] = [];
    this.forms.scan(needle, (i) => {
      if (this.counts.get(i) !== 0 && ((1 << this.kinds.get(i)) & wanted) !== 0) out.push(this.record(i));
    });
    return out;
  }

  /** Every used name of these kinds with its plain forms, for "did you mean". */
  *withForms(kinds: readonly NameKind[]): Generator<{ record: NameRecord; forms: string[] }> {
    const wanted = kindMask(kinds);
    for (let i = 0; i < this.kinds.length; i++) {
      if (this.counts.get(i) === 0 || ((1 << this.kinds.get(i)) & wanted) === 0) continue;
      yield { record: this.record(i), forms: this.forms.get(i).split('|').map((f) => f.trim()) };
    }
  }

  /** Forgets names no article holds any more (after a compaction). */
  prune(): void {
    const keep = Array.from({ length: this.kinds.length }, (_, i) => i).filter((i) => this.counts.get(i) > 0);
    const fresh = new NameDirectory({
      facets: keep.map((i) => this.facets.get(i)).join('\n'),
      names: keep.map((i) => this.names.get(i)).join('\n'),
      forms: keep.map((i) => this.forms.get(i)).join('\n'),
      kinds: keep.map((i) => this.kinds.get(i)),
      counts: keep.map((i) => this.counts.get(i)),
    });
    Object.assign(this, { facets: fresh.facets, names: fresh.names, forms: fresh.forms, kinds: fresh.kinds, counts: fresh.counts, baseForms: fresh.baseForms });
    this.newForms.clear();
    this.byFacetMap = undefined;
  }

  data(): NameTable {
    return { facets: this.facets.toArray().join('\n'), names: this.names.toArray().join('\n'), forms: this.forms.toArray().join('\n'), kinds: this.kinds.view(), counts: this.counts.view() };
  }
}
