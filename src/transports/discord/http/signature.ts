import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/** Discord gives the application's key as 32 raw bytes in hex; node:crypto wants it wrapped as SPKI DER. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** A request older or newer than this is refused, so a captured request cannot be replayed later. */
export const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;

export function publicKeyFromHex(hex: string): KeyObject {
  if (!/^[0-9a-f]{64}$/i.test(hex)) throw new Error('DISCORD_PUBLIC_KEY must be 64 hex characters (the application\'s public key)');
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]), format: 'der', type: 'spki' });
}

export type SignatureVerdict = { ok: true } | { ok: false; reason: string };

/**
 * Discord signs `timestamp + raw body` with Ed25519. Checked on the bytes as received, before any
 * parsing, so nothing an unsigned request says is ever read.
 */
export function verifySignature(key: KeyObject, signatureHex: string | undefined, timestamp: string | undefined, body: Buffer, nowMs: number): SignatureVerdict {
  if (!signatureHex || !timestamp) return { ok: false, reason: 'missing signature headers' };
  if (!/^[0-9a-f]{128}$/i.test(signatureHex)) return { ok: false, reason: 'malformed signature' };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'malformed timestamp' };
  if (Math.abs(nowMs - Number(timestamp) * 1000) > MAX_CLOCK_SKEW_MS) return { ok: false, reason: 'timestamp too far from now' };
  const signed = Buffer.concat([Buffer.from(timestamp, 'utf8'), body]);
  return verify(null, signed, key, Buffer.from(signatureHex, 'hex')) ? { ok: true } : { ok: false, reason: 'bad signature' };
}
