import iconv from 'iconv-lite';
import { decodeText } from '../ingest/decode.js';

/**
 * A fetched body as text. The charset comes from the Content-Type header, else the XML declaration or
 * the HTML `<meta charset>`, else the bytes themselves (BOM, clean UTF-8, or Windows-1252).
 */
function declaredCharset(contentType: string, head: string): string | undefined {
  const fromHeader = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1];
  if (fromHeader) return fromHeader;
  const fromXml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
  if (fromXml) return fromXml;
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
}

export function responseText(body: Buffer, contentType: string): string {
  const head = body.subarray(0, 2048).toString('latin1');
  const charset = declaredCharset(contentType, head)?.toLowerCase();
  const hasBom = body[0] === 0xef || body[0] === 0xff || body[0] === 0xfe;
  if (charset && !hasBom && charset !== 'utf-8' && charset !== 'utf8' && iconv.encodingExists(charset)) return iconv.decode(body, charset);
  return decodeText(body).text;
}

export type BodyKind = 'html' | 'feed';

/** HTML pages are read as articles; everything else is offered to the feed parser. */
export function bodyKind(contentType: string, text: string): BodyKind {
  if (/\b(rss|atom|feed\+json|xml)\b/i.test(contentType)) return 'feed';
  if (/text\/html|application\/xhtml/i.test(contentType)) return /^\s*(<\?xml[^>]*>\s*)?<(rss|feed|rdf:RDF)\b/i.test(text) ? 'feed' : 'html';
  return /^\s*(<!doctype html|<html\b)/i.test(text) ? 'html' : 'feed';
}
