import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';

import { classifyAddress, isAddressAllowed } from './address-policy.js';

/** The error code a refused address travels under from the socket back to the fetcher. */
export const REFUSED_ADDRESS = 'ETYNDAU_REFUSED_ADDRESS';

/**
 * A DNS lookup for `http.request` that drops the addresses the project does not allow. Checking
 * here, on the very addresses the socket then connects to, leaves no gap between check and use
 * for a name that resolves once to a public address and then to an internal one.
 */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, family: options.family ?? 0 }, (error, addresses) => {
      if (error) {
        callback(error, '', 4);
        return;
      }
      const allowed = addresses.filter((entry) => isAddressAllowed(entry.address, allowPrivate));
      if (allowed.length === 0) {
        callback(refusal(hostname, addresses), '', 4);
        return;
      }
      if (options.all) (callback as (error: null, all: LookupAddress[]) => void)(null, allowed);
      else callback(null, allowed[0]!.address, allowed[0]!.family);
    });
  };
}

function refusal(hostname: string, addresses: readonly LookupAddress[]): NodeJS.ErrnoException {
  const found = addresses.map((entry) => `${entry.address} (${classifyAddress(entry.address)})`);
  const error: NodeJS.ErrnoException = new Error(
    `${hostname} resolves only to addresses a collector may not reach: ${found.join(', ')}`,
  );
  error.code = REFUSED_ADDRESS;
  return error;
}
