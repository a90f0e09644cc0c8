/**
 * Which addresses the verifier may fetch when the user allows network lookups (the CLI's
 * --fetch, the /verify/online/ page): `https:` only, to a public host. A badge is hostile input,
 * and every URL it names (issuer, key, DID document, status list, hosted assertion) would
 * otherwise make the verifier's machine send a request wherever the badge says: to the
 * loopback interface, the local network, or a cloud metadata service (169.254.169.254).
 *
 * Refused: other schemes; user names or passwords in the URL; `localhost` and names under
 * `.localhost`, `.local`, `.internal`, `.home.arpa`, `.localdomain`, `.lan`, `.intranet`,
 * `.corp`, `.private`; names without a dot; and IP literals in any special-purpose range
 * (RFC 6890 and the IANA special-purpose registries: private, loopback, link-local, shared,
 * documentation, benchmarking, multicast, reserved), including IPv6 forms that embed an IPv4
 * address. The URL parser has already turned `https://2130706433/` and `https://0x7f.1/` into
 * `127.0.0.1`. Pure; the CLI also checks the addresses a name resolves to (lib/public-fetch.ts
 * in scripts).
 */

export type PublicUrlVerdict = { ok: true; url: URL } | { ok: false; reason: string };

const LOCAL_SUFFIXES = [
  'localhost',
  'local',
  'internal',
  'home.arpa',
  'localdomain',
  'lan',
  'intranet',
  'corp',
  'private',
];

/** IPv4 ranges that are not the public internet: [first octets as a number, prefix length, what]. */
const V4_SPECIAL: [string, number, string][] = [
  ['0.0.0.0', 8, '"this network"'],
  ['10.0.0.0', 8, 'a private network'],
  ['100.64.0.0', 10, 'shared address space (carrier-grade NAT)'],
  ['127.0.0.0', 8, 'the loopback interface'],
  ['169.254.0.0', 16, 'link-local (cloud metadata services live here)'],
  ['172.16.0.0', 12, 'a private network'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.88.99.0', 24, '6to4 relay'],
  ['192.168.0.0', 16, 'a private network'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved (and broadcast)'],
];

const v4Number = (ip: string) => ip.split('.').reduce((n, o) => n * 256 + Number(o), 0);

/** Why an IPv4 address is not public, or undefined when it is. */
export function specialIpv4(ip: string): string | undefined {
  if (!/^\d{1,3}(?:\.\d{1,3}){3}$/.test(ip)) return 'not an IPv4 address';
  const n = v4Number(ip);
  for (const [base, bits, what] of V4_SPECIAL) {
    const size = 2 ** (32 - bits);
    const start = v4Number(base);
    if (n >= start && n < start + size) return what;
  }
  return undefined;
}

/** The eight 16-bit groups of an IPv6 address (as the URL parser writes it, without brackets). */
function v6Groups(ip: string): number[] | undefined {
  let text = ip.toLowerCase();
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)?.[1];
  if (v4) {
    const n = v4Number(v4);
    text = `${text.slice(0, -v4.length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const part = (s: string) => (s ? s.split(':').map((g) => parseInt(g, 16)) : []);
  const a = part(head);
  const b = tail === undefined ? [] : part(tail);
  const groups = tail === undefined ? a : [...a, ...Array<number>(8 - a.length - b.length).fill(0), ...b];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff)
    ? groups
    : undefined;
}

const embeddedV4 = (hi: number, lo: number) => `${hi >>> 8}.${hi & 0xff}.${lo >>> 8}.${lo & 0xff}`;

/** Why an IPv6 address is not public, or undefined when it is. */
export function specialIpv6(ip: string): string | undefined {
  const g = v6Groups(ip);
  if (!g) return 'not an IPv6 address';
  const [g0 = 0, g1 = 0, , , , g5 = 0, g6 = 0, g7 = 0] = g;
  const zeroTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroTo(7) && g7 <= 1) return g7 === 1 ? 'the loopback interface' : 'the unspecified address';
  if (zeroTo(5) && g5 === 0xffff)
    return specialIpv4(embeddedV4(g6, g7)) && `an IPv4-mapped ${specialIpv4(embeddedV4(g6, g7))}`;
  if (g0 === 0x64 && g1 === 0xff9b)
    return specialIpv4(embeddedV4(g6, g7)) && `NAT64 of ${specialIpv4(embeddedV4(g6, g7))}`;
  if (g0 === 0x2002)
    return specialIpv4(embeddedV4(g1, g[2] ?? 0)) && `6to4 of ${specialIpv4(embeddedV4(g1, g[2] ?? 0))}`;
  if ((g0 & 0xfe00) === 0xfc00) return 'a private network (unique local)';
  if ((g0 & 0xffc0) === 0xfe80) return 'link-local';
  if ((g0 & 0xff00) === 0xff00) return 'multicast';
  if (g0 === 0x2001 && g1 === 0x0db8) return 'documentation';
  if (zeroTo(4) || g0 === 0x0100) return 'reserved';
  return undefined;
}

/** Why an address (IPv4 or IPv6, as a resolver returns it) is not public, or undefined. */
export const specialAddress = (address: string): string | undefined =>
  address.includes(':') ? specialIpv6(address) : specialIpv4(address);

/** Whether the verifier may fetch `raw`, and why not. */
export function publicHttpsUrl(raw: string): PublicUrlVerdict {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'it is not a URL' };
  }
  if (url.protocol !== 'https:')
    return { ok: false, reason: `only https: addresses are fetched, not ${url.protocol}` };
  if (url.username || url.password) return { ok: false, reason: 'it carries a user name or password' };
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (host.startsWith('[')) {
    const why = specialIpv6(host.slice(1, -1));
    return why ? { ok: false, reason: `${host} is ${why}, not a public address` } : { ok: true, url };
  }
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) {
    const why = specialIpv4(host);
    return why ? { ok: false, reason: `${host} is ${why}, not a public address` } : { ok: true, url };
  }
  const suffix = LOCAL_SUFFIXES.find((s) => host === s || host.endsWith(`.${s}`));
  if (suffix) return { ok: false, reason: `${host} is a local name (.${suffix}), not a public host` };
  if (!host.includes('.'))
    return { ok: false, reason: `${host} has no dot, so it is a local name, not a public host` };
  return { ok: true, url };
}
