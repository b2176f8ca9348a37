import type { Article, DateSource, EnrichedArticle } from './article.js';
import type { HashSlab } from './hash-slab.js';
import type { SharedTexts } from './shelf-caches.js';

/**
 * A shelved article's hidden fields: its stored analysis's version, where its timeline part is read, and its
 * origin in two parts. Non-enumerable, so a copy made by spreading the article does not carry them.
 */
export const VERSION = Symbol('stored analysis version');
export const PARTS = Symbol('timeline parts');
const ORIGIN_FILE = Symbol('origin file');
const ORIGIN_ITEM = Symbol('origin item');
const HASH = Symbol('content hash');

/** What the shelf gives every article it holds: the getters of its analysis, text and hash, and where shared texts and hashes are kept. */
export interface ShelfFields {
  analysis: PropertyDescriptor;
  /** Where the store keeps texts apart (else an article holds its paragraphs). */
  text: PropertyDescriptor | undefined;
  parts: unknown;
  notes: SharedTexts;
  origins: SharedTexts;
  hashes: HashSlab;
  /** The getter of `hash`, reading `hashes`. */
  hash: PropertyDescriptor;
}

/** A seed document's origin is its file and its place in it ("seeds/export-001.jsonl#18717"). */
const ITEM_IN_FILE = /#(\d{1,9})$/;

/**
 * The origin as it reads: a seed file's path is shared by all its articles and the item kept as a number, as
 * 100,000 articles from one seed folder held 100,000 strings of about 60 characters (6 MB).
 */
const ORIGIN: PropertyDescriptor = {
  get(this: ShelvedArticle): string {
    const item = this[ORIGIN_ITEM];
    return item < 0 ? this[ORIGIN_FILE] : `${this[ORIGIN_FILE]}#${item}`;
  },
  enumerable: true,
  configurable: true,
};

/** The content hash, read from the shelf's slab. */
export const hashGetter = (hashes: HashSlab): PropertyDescriptor => ({
  get(this: ShelvedArticle): string {
    return hashes.text(this[HASH]);
  },
  enumerable: true,
  configurable: true,
});

const hidden = (value: unknown): PropertyDescriptor => ({ value, writable: true, configurable: true });

/**
 * An article as the shelf holds it, its fields assigned in the constructor so V8 keeps them in the object
 * itself: copied onto `{}` they overflowed its four in-object slots into a property array of their own (88
 * bytes an article, 8 MB at 100,000). Reads as the article it was made from; `analysis` (and `paragraphs`
 * where the store keeps texts apart) are read through the shelf's caches.
 */
class ShelvedArticle {
  declare id: string;
  declare title: string;
  declare via?: string;
  declare source?: string;
  declare place?: string;
  declare date: string;
  declare dateSource: DateSource;
  declare dateNote: string;
  declare paragraphs: string[];
  declare url?: string;
  declare [ORIGIN_FILE]: string;
  declare [ORIGIN_ITEM]: number;
  declare [HASH]: number | string;

  constructor(article: Article, version: number, shelf: ShelfFields) {
    this.id = article.id;
    Object.defineProperty(this, HASH, hidden(shelf.hashes.put(article.hash)));
    Object.defineProperty(this, 'hash', shelf.hash);
    this.title = article.title;
    if (article.via !== undefined) this.via = article.via;
    if (article.source !== undefined) this.source = article.source;
    if (article.place !== undefined) this.place = article.place;
    this.date = article.date;
    this.dateSource = article.dateSource;
    this.dateNote = shelf.notes.shared(article.dateNote);
    if ('paragraphs' in article) this.paragraphs = article.paragraphs;
    if (article.url !== undefined) this.url = article.url;
    // "#007" would read back as "#7": such an origin is kept whole.
    const match = ITEM_IN_FILE.exec(article.origin);
    const item = match && String(Number(match[1])) === match[1] ? Number(match[1]) : -1;
    Object.defineProperty(this, ORIGIN_FILE, hidden(shelf.origins.shared(item < 0 ? article.origin : article.origin.slice(0, match!.index))));
    Object.defineProperty(this, ORIGIN_ITEM, hidden(item));
    Object.defineProperty(this, 'origin', ORIGIN);
    Object.defineProperty(this, 'analysis', shelf.analysis);
    if (shelf.text && !('paragraphs' in article)) Object.defineProperty(this, 'paragraphs', shelf.text);
    Object.defineProperty(this, VERSION, hidden(version));
    Object.defineProperty(this, PARTS, hidden(shelf.parts));
  }
}

/** The article held lean: its metadata in the object, its analysis (and text) read when asked. */
export const shelvedArticle = (article: Article, version: number, shelf: ShelfFields): EnrichedArticle => new ShelvedArticle(article, version, shelf) as unknown as EnrichedArticle;
