import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { networkInterfaces } from 'node:os';
import ipaddr from 'ipaddr.js';

/**
 * Feeds are addresses members type, so the bot must not become a way into the host's own network:
 * only http(s), only globally routable unicast (no loopback, private, CGNAT, ULA, link-local with the
 * cloud metadata at 169.254.169.254, multicast, documentation or reserved ranges, nor IPv6 forms that
 * embed such an IPv4 address), and never one of this machine's own interface addresses. The check runs on the addresses a name
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

/** A literal address as ipaddr.js reads it, IPv4-mapped IPv6 folded to its IPv4 address. */
function parsed(address: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  if (!ipaddr.isValid(address)) return undefined;
  const ip = ipaddr.parse(address);
  return ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress() ? (ip as ipaddr.IPv6).toIPv4Address() : ip;
}

const v4 = (bytes: number[]) => new ipaddr.IPv4(bytes);

/**
 * IPv6 forms that carry an IPv4 address a router will reach (SIIT, NAT64, 6to4, Teredo): the embedded
 * address must itself be public, or `[64:ff9b::7f00:1]` would reach loopback through a translator.
 */
function embeddedIpv4(ip: ipaddr.IPv6): ipaddr.IPv4[] {
  const b = ip.toByteArray();
  switch (ip.range()) {
    case 'rfc6145':
    case 'rfc6052':
      return [v4(b.slice(12, 16))];
    case '6to4':
      return [v4(b.slice(2, 6))];
    case 'teredo': // server, then the client's address stored inverted
      return [v4(b.slice(4, 8)), v4(b.slice(12, 16).map((x) => x ^ 0xff))];
    default:
      return [];
  }
}

/** NAT64's local-use prefix (64:ff9b:1::/48) and deprecated IPv4-compatible ::/96 lead somewhere unknown. */
const unknownTranslation = [ipaddr.parseCIDR('64:ff9b:1::/48'), ipaddr.parseCIDR('::/96')] as const;

/**
 * Only globally routable unicast is followed: ipaddr.js names every special range (loopback, private,
 * CGNAT, link-local, multicast, documentation, benchmarking, reserved...) and only "unicast" is global.
 */
export function isPrivateAddress(address: string): boolean {
  const ip = parsed(address);
  if (!ip) return true;
  if (ip.kind() === 'ipv4') return ip.range() !== 'unicast';
  const v6 = ip as ipaddr.IPv6;
  if (unknownTranslation.some(([net, bits]) => v6.match(net, bits))) return true;
  const embedded = embeddedIpv4(v6);
  if (embedded.length) return embedded.some((inner) => inner.range() !== 'unicast');
  return v6.range() !== 'unicast';
}

/** The host's own interface addresses: a public address of this machine still reaches its local services. */
export function interfaceAddresses(): string[] {
  return Object.values(networkInterfaces()).flatMap((list) => (list ?? []).map((i) => i.address.replace(/%.*$/, '')));
}

function isOwnAddress(address: string, own: readonly string[]): boolean {
  const ip = parsed(address);
  if (!ip) return false;
  const key = ip.toNormalizedString();
  return own.some((mine) => parsed(mine)?.toNormalizedString() === key && parsed(mine)?.kind() === ip.kind());
}

export const systemResolver: Resolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));

export interface GuardOptions {
  allowPrivate: boolean;
  resolve?: Resolver;
  /** This machine's addresses; defaults to os.networkInterfaces(). */
  ownAddresses?: () => readonly string[];
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
    const own = (options.ownAddresses ?? interfaceAddresses)();
    const refused = addresses.find((a) => isPrivateAddress(a.address) || isOwnAddress(a.address, own));
    if (refused) {
      const shown = literal ? host : `${host} (${refused.address})`;
      const what = isPrivateAddress(refused.address) ? 'a loopback, private, link-local or reserved address' : "one of this machine's own addresses";
      throw new RefusedAddressError(`refused: ${shown} is ${what}`);
    }
  }
  return addresses;
}
