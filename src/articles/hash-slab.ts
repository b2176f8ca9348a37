/** Hashes per chunk: a chunk is 64 KB, allocated whole. */
const PER_CHUNK = 2_048;
const BYTES = 32;
const HEX64 = /^[0-9a-f]{64}$/;

/**
 * Content hashes (sha256, 64 hex digits) held as their 32 bytes: 100,000 lean articles held them as
 * strings of 80 bytes each. A hash is put once, as its article is shelved, and read back as the same text;
 * the place of a replaced article's hash is not reused (articles are rarely replaced).
 */
export class HashSlab {
  private readonly chunks: Buffer[] = [];
  private count = 0;

  /** Where the hash is kept, or the text itself when it is not a sha256 in lower-case hex. */
  put(hash: string): number | string {
    if (!HEX64.test(hash)) return hash;
    const at = this.count++;
    if (at % PER_CHUNK === 0) this.chunks.push(Buffer.allocUnsafe(PER_CHUNK * BYTES));
    this.chunks[Math.floor(at / PER_CHUNK)]!.write(hash, (at % PER_CHUNK) * BYTES, BYTES, 'hex');
    return at;
  }

  text(at: number | string): string {
    if (typeof at === 'string') return at;
    const start = (at % PER_CHUNK) * BYTES;
    return this.chunks[Math.floor(at / PER_CHUNK)]!.toString('hex', start, start + BYTES);
  }
}

/**
 * A small number standing for a hash, for a map from hashes to articles that holds no hash text: its
 * first 28 bits (a small integer to V8) for a sha256, else the text. Different texts can share one.
 */
export const hashKey = (hash: string): number | string => (HEX64.test(hash) ? Number.parseInt(hash.slice(0, 7), 16) : hash);
