import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddressOf, pinClientAddress, trustProxyFrom } from './client-address';

function request(socketAddress: string, forwardedFor?: string): IncomingMessage {
  return {
    socket: { remoteAddress: socketAddress },
    connection: { remoteAddress: socketAddress },
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  } as unknown as IncomingMessage;
}

describe('the client address the web server passes on', () => {
  it('without TRUST_PROXY is the socket address, whatever X-Forwarded-For says', () => {
    const trust = trustProxyFrom(undefined);
    expect(clientAddressOf(request('198.51.100.7', '203.0.113.1'), trust)).toBe('198.51.100.7');
    expect(clientAddressOf(request('127.0.0.1', '203.0.113.1, 10.0.0.2'), trust)).toBe('127.0.0.1');
    expect(clientAddressOf(request('198.51.100.7'), trust)).toBe('198.51.100.7');
  });

  it('behind a named proxy is the address that proxy appended, never an entry the client wrote', () => {
    const trust = trustProxyFrom('10.0.0.5');
    // The client forged 203.0.113.1; the proxy appended the address it saw, 198.51.100.7.
    expect(clientAddressOf(request('10.0.0.5', '203.0.113.1, 198.51.100.7'), trust)).toBe('198.51.100.7');
    // A connection that does not come from the proxy is not believed.
    expect(clientAddressOf(request('198.51.100.9', '203.0.113.1'), trust)).toBe('198.51.100.9');
  });

  it('walks through a chain of trusted proxies (CIDR ranges and loopback)', () => {
    const trust = trustProxyFrom('loopback, 10.0.0.0/8');
    expect(clientAddressOf(request('127.0.0.1', '203.0.113.1, 198.51.100.7, 10.1.2.3'), trust)).toBe(
      '198.51.100.7',
    );
  });

  it('replaces the header Next.js and the API will read with that one address', () => {
    const forged = request('127.0.0.1', '203.0.113.1, 203.0.113.2');
    pinClientAddress(forged, trustProxyFrom(''));
    expect(forged.headers['x-forwarded-for']).toBe('127.0.0.1');
  });
});
