/**
 * Bytes to text. Saved pages arrive in UTF-8, UTF-16 (with a BOM) or a Western single-byte code page;
 * reading a Windows-1252 file as UTF-8 would turn every accent into U+FFFD, so we only accept UTF-8 when
 * it decodes cleanly and otherwise fall back to Windows-1252 (a superset of Latin-1's printable range).
 */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Decoded {
  text: string;
  encoding: Encoding;
}

export class BinaryContentError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'BinaryContentError';
  }
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Control characters other than tab, newline, form feed and carriage return. */
function controlShare(bytes: Uint8Array): number {
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const b of sample) if (b === 0 || (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13)) control++;
  return sample.length === 0 ? 0 : control / sample.length;
}

export function decodeText(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (bytes.includes(0) || controlShare(bytes) > 0.02) {
    throw new BinaryContentError('binary content (control bytes), not text');
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
