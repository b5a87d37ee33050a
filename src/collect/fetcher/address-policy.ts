import { isIP } from 'node:net';

/**
 * What kind of network an IP address belongs to. A collector that follows links from the web must
 * never be turned against the machine it runs on or the network behind it: a feed, or a redirect,
 * can point at 169.254.169.254 (cloud metadata with credentials), at a router's admin page, or at
 * a database on localhost.
 */
export type AddressClass =
  | 'public'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'metadata'
  | 'unspecified'
  | 'reserved';

/** Cloud metadata services outside the link-local range (Alibaba Cloud, AWS over IPv6). */
const METADATA_ADDRESSES = new Set(['100.100.100.200', 'fd00:ec2::254']);

/** Names that resolve to a metadata service inside clouds, refused before any lookup. */
const METADATA_HOSTNAMES = new Set(['metadata.google.internal', 'metadata', 'instance-data']);

export function classifyAddress(address: string): AddressClass {
  const version = isIP(address);
  if (version === 4) return classifyIpv4(address);
  if (version === 6) return classifyIpv6(address.toLowerCase());
  return 'reserved';
}

/**
 * Whether a connection to `address` may be made. Link-local, metadata, unspecified and reserved
 * addresses are always refused; loopback and private ones only when the project allows them (a
 * collector inside an intranet, or tests against a local server).
 */
export function isAddressAllowed(address: string, allowPrivate: boolean): boolean {
  const kind = classifyAddress(address);
  if (kind === 'public') return true;
  return allowPrivate && (kind === 'loopback' || kind === 'private');
}

export function isMetadataHostname(hostname: string): boolean {
  return METADATA_HOSTNAMES.has(hostname.toLowerCase().replace(/\.$/, ''));
}

function classifyIpv4(address: string): AddressClass {
  if (METADATA_ADDRESSES.has(address)) return 'metadata';
  const [a = 0, b = 0] = address.split('.').map(Number);
  if (a === 0) return 'unspecified';
  if (a === 127) return 'loopback';
  if (a === 169 && b === 254) return address === '169.254.169.254' ? 'metadata' : 'link-local';
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'private';
  // Carrier-grade NAT space is as internal as 10/8 from the collector's point of view.
  if (a === 100 && b >= 64 && b <= 127) return 'private';
  if (a >= 224) return 'reserved';
  return 'public';
}

function classifyIpv6(address: string): AddressClass {
  if (METADATA_ADDRESSES.has(address)) return 'metadata';
  if (address === '::') return 'unspecified';
  if (address === '::1') return 'loopback';

  const mapped = mappedIpv4(address);
  if (mapped !== undefined) return classifyIpv4(mapped);

  const first = parseInt(address.split(':')[0] || '0', 16);
  if ((first & 0xffc0) === 0xfe80) return 'link-local';
  if ((first & 0xfe00) === 0xfc00) return 'private';
  if ((first & 0xff00) === 0xff00) return 'reserved';
  return 'public';
}

/** The IPv4 address inside an IPv4-mapped IPv6 one, in either spelling (`::ffff:7f00:1`). */
function mappedIpv4(address: string): string | undefined {
  const dotted = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (dotted) return dotted[1];
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(address);
  if (!hex) return undefined;
  const high = parseInt(hex[1]!, 16);
  const low = parseInt(hex[2]!, 16);
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
}
