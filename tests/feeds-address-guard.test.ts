import { describe, expect, it } from 'vitest';
import { interfaceAddresses, isPrivateAddress, RefusedAddressError, resolveSafely } from '../src/feeds/address-guard.js';

describe('address guard classifies every form', () => {
  it('refuses IPv6 forms that embed a loopback or private IPv4 address', () => {
    for (const address of [
      '::7f00:1', // IPv4-compatible
      '::127.0.0.1',
      '::ffff:127.0.0.1', // IPv4-mapped
      '::ffff:7f00:1',
      '::ffff:0:7f00:1', // SIIT
      '64:ff9b::7f00:1', // NAT64
      '64:ff9b::a00:1',
      '64:ff9b:1::808:808', // NAT64 local use: unknown translator
      '2002:7f00:1::', // 6to4 of 127.0.0.1
      '2002:c0a8:101::1', // 6to4 of 192.168.1.1
      '2001:0:7f00:1::ffff:ffff', // Teredo whose server is 127.0.0.1
      '2001:0:808:808:0:0:80ff:fffe', // Teredo whose client is 127.0.0.1 (stored inverted)
    ]) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
  });

  it('refuses documentation, benchmarking, reserved and other non-global ranges', () => {
    for (const address of ['192.0.2.7', '198.51.100.7', '203.0.113.7', '198.18.0.1', '240.0.0.1', '255.255.255.255', '2001:db8::1', '3fff::1', '2001:2::1', 'fec0::1', '100::1', 'ff02::1', 'not-an-address']) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
  });

  it('still follows public addresses, including translated forms of public IPv4', () => {
    for (const address of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '64:ff9b::808:808', '2002:808:808::1', '::ffff:8.8.8.8']) {
      expect(isPrivateAddress(address), address).toBe(false);
    }
  });

  it("refuses the host's own interface addresses even when they are public", async () => {
    const own = () => ['127.0.0.1', '93.184.216.34', '2606:4700:4700::1111'];
    const resolve = async () => [{ address: '93.184.216.34', family: 4 as const }];
    const error = await resolveSafely(new URL('http://self.invalid/feed'), { allowPrivate: false, resolve, ownAddresses: own }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(RefusedAddressError);
    expect((error as Error).message).toBe("refused: self.invalid (93.184.216.34) is one of this machine's own addresses");
    await expect(resolveSafely(new URL('http://[2606:4700:4700:0::1111]/'), { allowPrivate: false, ownAddresses: own })).rejects.toThrow(RefusedAddressError);
    await expect(resolveSafely(new URL('http://other.invalid/'), { allowPrivate: false, resolve: async () => [{ address: '8.8.8.8', family: 4 }], ownAddresses: own })).resolves.toHaveLength(1);
  });

  it('reads the interface list of this machine, loopback included', () => {
    expect(interfaceAddresses()).toContain('127.0.0.1');
  });

  it('refuses bracketed embedded forms typed as a feed address', async () => {
    for (const url of ['http://[::7f00:1]/', 'http://[::ffff:127.0.0.1]/', 'http://[64:ff9b::7f00:1]/', 'http://[2002:7f00:1::]/']) {
      await expect(resolveSafely(new URL(url), { allowPrivate: false, ownAddresses: () => [] }), url).rejects.toThrow(RefusedAddressError);
    }
  });
});
