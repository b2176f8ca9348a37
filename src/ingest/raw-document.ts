/**
 * What a reader of one input format hands to ingestion: either a saved page's text (to be parsed for
 * chrome, title and dateline) or fields a structured format already names.
 */
export interface RawDocument {
  /** Where it came from, for ids of duplicates and for log lines: a file path (with `#n` for an item). */
  origin: string;
  /** The time to fall back on when no date can be found (the file's modification time). */
  fallbackTime: Date;
  /** A saved page's text, parsed by `parsePageText`. */
  pageText?: string;
  /** Fields a structured source gives. When `body` is set, `pageText` is ignored. */
  title?: string;
  body?: string;
  /** Any date string the source gives (ISO, RFC 2822…). */
  date?: string;
  source?: string;
  place?: string;
  url?: string;
}
