import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addressProblem, guardedDispatcher, hostProblem } from './outbound-address.ts';
import { EndpointRefused, postToEndpoint } from './post-to-endpoint.ts';

const PUBLIC_ONLY = { allowLoopback: false };
const WITH_LOOPBACK = { allowLoopback: true };

describe('outbound addresses (webhook SSRF guard)', () => {
  it('lets public unicast addresses through and refuses internal, link-local, metadata and reserved ones', () => {
    for (const ok of ['8.8.8.8', '202.96.134.133', '2001:4860:4860::8888']) {
      expect(addressProblem(ok, PUBLIC_ONLY), ok).toBeNull();
    }
    const refused = {
      '10.1.2.3': 'private',
      '172.16.0.9': 'private',
      '192.168.1.1': 'private',
      '100.64.0.1': 'carrierGradeNat',
      '169.254.169.254': 'linkLocal',
      '127.0.0.1': 'loopback',
      '0.0.0.0': 'unspecified',
      '::1': 'loopback',
      'fd00::1': 'uniqueLocal',
      'fe80::1': 'linkLocal',
      '::ffff:10.0.0.1': 'private',
      '224.0.0.1': 'multicast',
    };
    for (const [address, range] of Object.entries(refused)) {
      expect(addressProblem(address, PUBLIC_ONLY), address).toMatch(`(${range})`);
    }
    expect(addressProblem('127.0.0.1', WITH_LOOPBACK)).toBeNull();
    expect(addressProblem('10.1.2.3', WITH_LOOPBACK)).toMatch('private');
  });

  it('judges a host by every address its name resolves to, and its literal address', async () => {
    expect(await hostProblem('localhost', PUBLIC_ONLY)).toMatch('loopback');
    expect(await hostProblem('localhost', WITH_LOOPBACK)).toBeNull();
    expect(await hostProblem('[::1]', PUBLIC_ONLY)).toMatch('loopback');
    expect(await hostProblem('169.254.169.254', WITH_LOOPBACK)).toMatch('linkLocal');
  });

  describe('at connect time', () => {
    let server: Server;
    let hits = 0;
    let url: string;
    beforeAll(async () => {
      server = createServer((_request, response) => {
        hits += 1;
        response.end('ok');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://localhost:${(server.address() as AddressInfo).port}/hook`;
    });
    afterAll(() => new Promise((resolve) => server.close(resolve)));

    const post = (allowLoopback: boolean) =>
      postToEndpoint(url, '{}', {
        signal: AbortSignal.timeout(5000),
        timeoutMs: 5000,
        headers: {},
        dispatcher: guardedDispatcher({ allowLoopback }),
      });

    it('refuses to connect where the rule forbids, before any byte is sent', async () => {
      const before = hits;
      const refusal = await post(false).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(EndpointRefused);
      expect((refusal as Error).message).toMatch(
        /connection failed: .*(EADDRNOTALLOWED|address not allowed)/,
      );
      expect(hits).toBe(before);
    });

    it('connects where the rule allows', async () => {
      const before = hits;
      await post(true);
      expect(hits).toBe(before + 1);
    });
  });
});
