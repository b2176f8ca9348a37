import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * Feeds are addresses members type, so the bot must not become a way into the host's own network:
 * only http(s), and no loopback, private (RFC 1918, CGNAT, ULA), link-local (cloud metadata at
 * 169.254.169.254), multicast or unspecified addresses. The check runs on the addresses a name
 * resolves to, before connecting, and the connection then uses exactly those addresses (see fetcher),
 * so a name cannot resolve to a public address for the check and a private one for the request.
 */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export class RefusedAddressError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RefusedAddressError';
  }
}

const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this network", unspecified
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) blocked.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128],
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) blocked.addSubnet(net, prefix, 'ipv6');

/** `::ffff:127.0.0.1` and `::ffff:7f00:1` reach IPv4 hosts: judge them as the IPv4 address. */
function embeddedIpv4(address: string): string | undefined {
  const dotted = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (dotted) return dotted[1];
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (!hex) return undefined;
  const high = Number.parseInt(hex[1]!, 16);
  const low = Number.parseInt(hex[2]!, 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

export function isPrivateAddress(address: string): boolean {
  const v4 = isIP(address) === 6 ? embeddedIpv4(address) : undefined;
  if (v4) return blocked.check(v4, 'ipv4');
  const family = isIP(address);
  if (family === 0) return true;
  return blocked.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export const systemResolver: Resolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));

export interface GuardOptions {
  allowPrivate: boolean;
  resolve?: Resolver;
}

/** Checks a URL's scheme and every address its host resolves to; returns the addresses to connect to. */
export async function resolveSafely(url: URL, options: GuardOptions): Promise<ResolvedAddress[]> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new RefusedAddressError(`only http and https addresses can be followed, not ${url.protocol.replace(/:$/, '')}`);
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const literal = isIP(host);
  let addresses: ResolvedAddress[];
  if (literal) addresses = [{ address: host, family: literal === 6 ? 6 : 4 }];
  else {
    try {
      addresses = await (options.resolve ?? systemResolver)(host);
    } catch (error) {
      throw new Error(`cannot resolve ${host} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    if (addresses.length === 0) throw new Error(`cannot resolve ${host} (no addresses)`);
  }
  if (!options.allowPrivate) {
    const refused = addresses.find((a) => isPrivateAddress(a.address));
    if (refused) {
      const shown = literal ? host : `${host} (${refused.address})`;
      throw new RefusedAddressError(`refused: ${shown} is a loopback, private or link-local address`);
    }
  }
  return addresses;
}
