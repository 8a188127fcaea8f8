/**
 * The client's address, and the network that per-address limits count.
 *
 * Behind proxies (`TRUST_PROXY=<hops>`), the address is read from `X-Forwarded-For` counting
 * hops from the RIGHT: each proxy appends the address it received the request from, so the
 * rightmost entries were written by our own proxies, and everything to their left by whoever sent
 * the request. With one proxy the client is the last entry; the first entry is whatever the client
 * chose to send (reading it would let anyone pick a fresh address per request and walk past every
 * per-address limit).
 */
import { isIP } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/** In-process requests (`app.request()` in tests) have no socket. */
const unknownClientIp = 'unknown';

function socketAddressOf(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? unknownClientIp;
  } catch {
    return unknownClientIp;
  }
}

/**
 * `trustedProxyHops`: how many proxies of ours stand in front of the server (0: none, the socket's
 * peer is the client). Their entries are skipped from the right; the next one is the client.
 */
export function clientIpOf(c: Context, trustedProxyHops: number): string {
  const socketAddress = socketAddressOf(c);
  if (trustedProxyHops <= 0) return socketAddress;
  const forwarded = (c.req.header('X-Forwarded-For') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  // The socket's peer is our nearest proxy; the entries it and the proxies before it appended come next.
  const hops = [...forwarded, socketAddress];
  const client = hops[Math.max(0, hops.length - 1 - trustedProxyHops)]!;
  // Our proxies write addresses; anything else means the header is not what we were told it is.
  return isIP(client) !== 0 ? client : socketAddress;
}

const ipv4MappedPrefix = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i;
const ipv6GroupsPerNetwork = 4;

/** The eight 16-bit groups of an IPv6 address, `::` expanded, an embedded IPv4 tail converted. */
function ipv6Groups(address: string): number[] {
  const [head = '', tail] = address.split('::');
  const parse = (part: string): number[] =>
    part === ''
      ? []
      : part.split(':').flatMap((group) => {
          if (!group.includes('.')) return [Number.parseInt(group, 16)];
          const [a = 0, b = 0, c = 0, d = 0] = group.split('.').map(Number);
          return [(a << 8) | b, (c << 8) | d];
        });
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  return [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
}

/**
 * What per-address limits count: an IPv4 address as is (an IPv4-mapped IPv6 address too), an
 * IPv6 address by its /64, since one subscriber gets a whole /64 and could otherwise use a fresh
 * address per attempt. Anything else (the in-process `unknown`) is returned as is.
 */
export function clientNetworkOf(address: string): string {
  const withoutZone = address.split('%')[0]!;
  const mapped = ipv4MappedPrefix.exec(withoutZone);
  if (mapped) return mapped[1]!;
  if (isIP(withoutZone) !== 6) return address;
  const network = ipv6Groups(withoutZone.toLowerCase()).slice(0, ipv6GroupsPerNetwork);
  return `${network.map((group) => group.toString(16)).join(':')}::/64`;
}
