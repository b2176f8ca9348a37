import { closeSync, readSync } from 'node:fs';

/**
 * Bytes of an open file, read a range at a time: the search index's postings loaded from its snapshot stay
 * in the file (the system's page cache holds the ones in use) rather than in the process, which held them
 * as 70 MB at 100,000 articles for queries that each walk a few terms. The file is the one that was read
 * and checked: its descriptor is kept, and a save writes a new file and renames it over, so this one never
 * changes under it. The descriptor is closed with `close`, or when these bytes are collected.
 */
export class FileBytes {
  private scratch = Buffer.allocUnsafeSlow(1 << 16);
  /** Once closed, the descriptor's number may be another file's: reads fail rather than read that. */
  private closed = false;

  constructor(
    private readonly fd: number,
    private readonly start: number,
    readonly length: number,
  ) {
    closing.register(this, fd, this);
  }

  /** Bytes [from, to), in a buffer the next read reuses: used before the next read of these bytes. */
  range(from: number, to: number): Uint8Array {
    const n = to - from;
    if (n > this.scratch.length) this.scratch = Buffer.allocUnsafeSlow(Math.max(n, this.scratch.length * 2));
    return this.readInto(this.scratch, from, n);
  }

  /** All of them, in a buffer of their own (a save writes them out; a merge reads every term). */
  all(): Uint8Array {
    return this.readInto(Buffer.allocUnsafeSlow(this.length), 0, this.length);
  }

  close(): void {
    if (this.closed) return;
    this.forget();
    this.closed = true;
    closeSync(this.fd);
  }

  /** Leaves the descriptor to whoever opened it: it is not closed when these bytes are collected. */
  forget(): void {
    closing.unregister(this);
  }

  private readInto(buffer: Buffer, from: number, n: number): Uint8Array {
    if (this.closed) throw new Error('the file these bytes were read from is closed');
    if (from < 0 || from + n > this.length) throw new RangeError(`bytes ${from}–${from + n} of ${this.length}`);
    let done = 0;
    while (done < n) {
      const got = readSync(this.fd, buffer, done, n - done, this.start + from + done);
      if (got === 0) throw new Error(`the file ended ${n - done} bytes early`);
      done += got;
    }
    return buffer.subarray(0, n);
  }
}

const closing = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // Already closed: nothing held.
  }
});

/** Bytes in memory, or kept in a file. */
export type Bytes = Uint8Array | FileBytes;

/** Bytes [from, to) of either kind, and where they start and end in the array given. */
export function bytesIn(bytes: Bytes, from: number, to: number): [Uint8Array, number, number] {
  return bytes instanceof Uint8Array ? [bytes, from, to] : [bytes.range(from, to), 0, to - from];
}

export const wholeBytes = (bytes: Bytes): Uint8Array => (bytes instanceof Uint8Array ? bytes : bytes.all());
