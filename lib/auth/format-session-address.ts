import { isIPv6 } from "node:net";

/**
 * better-auth keeps a client's IPv6 address cut to this prefix (its default, set explicitly in
 * auth.ts so the two agree): sessions and rate limits then key on the client's network.
 */
export const SESSION_IPV6_PREFIX = 64;

/**
 * A session's address as the audit log records it: IPv4 as given; IPv6 — the client's /64
 * network as better-auth stores it, written out in full ("0000:0000:…") — in its short form
 * with the prefix length ("2001:db8::/64"), so it does not pass for one machine's address.
 * The WHATWG URL parser writes an IPv6 host in that short form (RFC 5952).
 */
export function formatSessionAddress(ip: string): string {
  return isIPv6(ip) ? `${new URL(`http://[${ip}]/`).hostname.slice(1, -1)}/${SESSION_IPV6_PREFIX}` : ip;
}
