import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { clientIp, parseTrustedProxies, peerAddressHeader } from '../../lib/http/client-address';
import '../../lib/http/peer-address-hook.mjs';

const peer = (address: string, forwardedFor?: string) => ({ [peerAddressHeader]: address, 'x-forwarded-for': forwardedFor });

describe('the client address for per-address limits', () => {
  it('is the socket peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientIp(peer('203.0.113.5', '198.51.100.1'), null)).toBe('203.0.113.5');
    expect(clientIp(peer('203.0.113.5', '198.51.100.1, 10.0.0.1'), null)).toBe('203.0.113.5');
    expect(clientIp(new Headers({ [peerAddressHeader]: '::ffff:203.0.113.5', 'x-forwarded-for': '1.1.1.1', 'x-real-ip': '2.2.2.2' }), null)).toBe(
      '203.0.113.5',
    );
  });

  it('is one shared bucket when the server was started without the hook, never a header the client wrote', () => {
    expect(clientIp({ 'x-forwarded-for': '198.51.100.1', 'x-real-ip': '198.51.100.2' }, null)).toBe('unknown');
  });

  it('walks X-Forwarded-For from the right past trusted proxies only', () => {
    const trusted = parseTrustedProxies('10.0.0.0/8, 192.0.2.10, 2001:db8::/32');
    // The client forged the first entry; the trusted proxy appended the real one.
    expect(clientIp(peer('10.1.2.3', '6.6.6.6, 203.0.113.5'), trusted)).toBe('203.0.113.5');
    expect(clientIp(peer('10.1.2.3', '6.6.6.6, 203.0.113.5, 192.0.2.10'), trusted)).toBe('203.0.113.5');
    expect(clientIp(peer('2001:db8::7', '2001:db8::8, 2001:db9::9, 2001:0db8::10'), trusted)).toBe('2001:db9::9');
    expect(clientIp(peer('::ffff:10.0.0.1', '::ffff:203.0.113.5'), trusted)).toBe('203.0.113.5');
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', () => {
    const trusted = parseTrustedProxies('10.0.0.0/8');
    expect(clientIp(peer('203.0.113.5', '10.0.0.2'), trusted)).toBe('203.0.113.5');
  });

  it('takes the furthest hop when every hop is a trusted proxy', () => {
    const trusted = parseTrustedProxies('10.0.0.0/8');
    expect(clientIp(peer('10.0.0.1', '10.0.0.3, 10.0.0.2'), trusted)).toBe('10.0.0.3');
    expect(clientIp(peer('10.0.0.1'), trusted)).toBe('10.0.0.1');
  });

  it('stops at an entry that is not an address, as it cannot be a trusted hop', () => {
    const trusted = parseTrustedProxies('10.0.0.0/8');
    expect(clientIp(peer('10.0.0.1', '203.0.113.5, not-an-ip'), trusted)).toBe('not-an-ip');
  });

  it('reads NETPREP_TRUSTED_PROXIES strictly, naming a bad entry', () => {
    expect(parseTrustedProxies('')).toBeNull();
    expect(parseTrustedProxies(' , ')).toBeNull();
    for (const bad of ['10.0.0.0/33', 'localhost', '10.0.0.0/', '10.0.0.0/8/1', '2001:db8::/129', '10.0.0.0/x']) {
      expect(() => parseTrustedProxies(`192.0.2.1, ${bad}`), bad).toThrow(`NETPREP_TRUSTED_PROXIES has "${bad}"`);
    }
  });

  it('the server hook replaces a client-sent peer header with the socket address', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const server = createServer((req, res) => {
      seen.push(req.headers);
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      await new Promise<void>((resolve, reject) => {
        const forged = { [peerAddressHeader]: '198.51.100.66', 'X-Netprep-Peer-Address': '198.51.100.67', 'x-forwarded-for': '198.51.100.68' };
        httpRequest({ port: (server.address() as AddressInfo).port, host: '127.0.0.1', headers: forged }, (res) => res.resume().on('end', resolve))
          .on('error', reject)
          .end();
      });
    } finally {
      server.close();
    }
    expect(clientIp(seen[0], null)).toBe('127.0.0.1');
  });
});
