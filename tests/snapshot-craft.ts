import { createHash } from 'node:crypto';

/**
 * Takes a snapshot file apart and puts it back together with whatever a test changed, the checksum made
 * anew: what someone crafting a snapshot by hand would do, so the reader cannot lean on the checksum.
 */
export interface SnapshotParts {
  version: number;
  header: Record<string, unknown> & { sizes: number[] };
  sections: Buffer[];
}

export function takeApart(bytes: Buffer): SnapshotParts {
  const headLength = bytes.readUInt32LE(12);
  const header = JSON.parse(bytes.subarray(16, 16 + headLength).toString('utf8')) as SnapshotParts['header'];
  const sections: Buffer[] = [];
  let at = 16 + headLength;
  for (const size of header.sizes) {
    sections.push(Buffer.from(bytes.subarray(at, at + size)));
    at += size;
  }
  return { version: bytes.readUInt32LE(8), header, sections };
}

export interface Tampering {
  /** Sizes to claim instead of the sections' own. */
  sizes?: number[];
  /** A header length to claim instead of the header's own. */
  headLength?: number;
  /** The header's JSON text, verbatim. */
  headerText?: string;
}

export function putTogether(parts: SnapshotParts, tampering: Tampering = {}): Buffer {
  const hash = createHash('sha256');
  for (const section of parts.sections) hash.update(section);
  const header = { ...parts.header, checksum: hash.digest('hex'), sizes: tampering.sizes ?? parts.sections.map((s) => s.length) };
  const head = Buffer.from(tampering.headerText ?? JSON.stringify(header));
  const prefix = Buffer.alloc(16);
  prefix.write('NDSEARCH', 0, 'latin1');
  prefix.writeUInt32LE(parts.version, 8);
  prefix.writeUInt32LE(tampering.headLength ?? head.length, 12);
  return Buffer.concat([prefix, head, ...parts.sections]);
}

/** Section numbers, in the order the snapshot writes them. */
export const SECTION = { terms: 0, offsets: 1, counts: 2, postings: 3, docIds: 4 } as const;
