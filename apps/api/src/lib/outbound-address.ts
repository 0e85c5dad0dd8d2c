import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import ipaddr from 'ipaddr.js';
import { Agent } from 'undici';

/**
 * Where the hall may connect to on a partner's behalf (webhook URLs): public unicast addresses only, so a
 * registered URL cannot reach the hall's own network (databases, cloud metadata at 169.254.169.254, admin
 * ports). Loopback is allowed outside production only, for development and tests.
 */
export interface OutboundRule {
  allowLoopback: boolean;
}

/** Why the hall will not connect to this address, or null when it may. */
export function addressProblem(address: string, rule: OutboundRule): string | null {
  if (!ipaddr.isValid(address)) return `not an IP address: ${address}`;
  const parsed = ipaddr.process(address); // an IPv4-mapped IPv6 address is judged as the IPv4 one
  const range = parsed.range();
  if (range === 'unicast') return null;
  if (range === 'loopback' && rule.allowLoopback) return null;
  return `address not allowed: ${parsed.toString()} (${range})`;
}

/**
 * A URL's host: its literal address, or every address its name resolves to now, judged by the rule. A name
 * that does not resolve (yet) passes: nothing can be reached through it, and the connect-time check of
 * `guardedDispatcher` judges whatever it resolves to later.
 */
export async function hostProblem(hostname: string, rule: OutboundRule): Promise<string | null> {
  const bare = hostname.replace(/^\[|\]$/g, '');
  if (ipaddr.isValid(bare)) return addressProblem(bare, rule);
  let addresses: LookupAddress[];
  try {
    addresses = await new Promise((resolve, reject) =>
      dnsLookup(bare, { all: true }, (error, found) => (error ? reject(error) : resolve(found))),
    );
  } catch {
    return null;
  }
  for (const { address } of addresses) {
    const problem = addressProblem(address, rule);
    if (problem) return problem;
  }
  return null;
}

type LookupCallback = (error: Error | null, address: string | LookupAddress[], family?: number) => void;

/**
 * An HTTP dispatcher that checks the address each connection really goes to (after DNS), so a host name that
 * resolves to a public address at registration and to an internal one later (DNS rebinding) is refused too.
 */
export function guardedDispatcher(rule: OutboundRule): Agent {
  return new Agent({
    connect: {
      lookup(hostname: string, options: object, callback: LookupCallback) {
        dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
          if (error) return callback(error, []);
          const refused = addresses.map(({ address }) => addressProblem(address, rule)).find(Boolean);
          if (refused) return callback(Object.assign(new Error(refused), { code: 'EADDRNOTALLOWED' }), []);
          const wantsAll = (options as { all?: boolean }).all;
          return wantsAll
            ? callback(null, addresses)
            : callback(null, addresses[0]!.address, addresses[0]!.family);
        });
      },
    },
  });
}
