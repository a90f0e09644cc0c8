/**
 * The network policy of the verifier (CLI --fetch and /verify/online/): https only, to public
 * hosts. Every special-purpose address form a badge could name is refused, however it is
 * written; public names and addresses pass. The CLI's fetcher also refuses names that resolve
 * to such addresses, and redirects to them, before sending anything.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { publicHttpsUrl, specialAddress, specialIpv4, specialIpv6 } from '../../../src/lib/net/public-url.ts';
import { assertPublic, publicFetcher } from '../../../scripts/lib/public-fetch.ts';

const reason = (u: string) => {
  const v = publicHttpsUrl(u);
  return v.ok ? 'ok' : v.reason;
};

describe('publicHttpsUrl', () => {
  it('passes https URLs of public names and addresses', () => {
    for (const u of [
      'https://badges.example/issuers/a.json',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      'https://1.1.1.1/x',
      'https://[2606:4700:4700::1111]/x',
      'https://example.org:8443/x',
    ])
      expect(reason(u), u).toBe('ok');
  });

  it('refuses other schemes and credentials in the URL', () => {
    expect(reason('http://badges.example/')).toContain('only https:');
    expect(reason('http://127.0.0.1/')).toContain('only https:');
    expect(reason('file:///etc/passwd')).toContain('only https:');
    expect(reason('https://user:pw@badges.example/')).toContain('user name or password');
    expect(reason('not a url')).toBe('it is not a URL');
  });

  it('refuses loopback, private, link-local and other special addresses, however written', () => {
    const cases: [string, string][] = [
      ['https://127.0.0.1/', 'loopback'],
      ['https://2130706433/', 'loopback'],
      ['https://0x7f.1/', 'loopback'],
      ['https://169.254.169.254/latest/meta-data/', 'link-local'],
      ['https://169.254.169.254./', 'link-local'],
      ['https://10.1.2.3/', 'private'],
      ['https://172.31.255.255/', 'private'],
      ['https://192.168.1.1/', 'private'],
      ['https://100.64.0.1/', 'shared address space'],
      ['https://0.0.0.0/', 'this network'],
      ['https://224.0.0.1/', 'multicast'],
      ['https://255.255.255.255/', 'reserved'],
      ['https://198.51.100.7/', 'documentation'],
      ['https://[::1]/', 'loopback'],
      ['https://[::]/', 'unspecified'],
      ['https://[::ffff:127.0.0.1]/', 'IPv4-mapped the loopback'],
      ['https://[::ffff:a9fe:a9fe]/', 'IPv4-mapped link-local'],
      ['https://[64:ff9b::a00:1]/', 'NAT64 of a private'],
      ['https://[2002:c0a8:101::1]/', '6to4 of a private'],
      ['https://[fe80::1]/', 'link-local'],
      ['https://[fd00::1]/', 'unique local'],
      ['https://[ff02::1]/', 'multicast'],
      ['https://[2001:db8::1]/', 'documentation'],
    ];
    for (const [u, why] of cases) expect(reason(u), u).toContain(why);
  });

  it('refuses local names', () => {
    for (const u of [
      'https://localhost/',
      'https://LOCALHOST./',
      'https://api.localhost/',
      'https://printer.local/',
      'https://metadata.google.internal/',
      'https://nas.home.arpa/',
      'https://router/',
    ])
      expect(reason(u), u).toMatch(/local name/);
  });

  it('classifies resolved addresses alone', () => {
    expect(specialIpv4('8.8.8.8')).toBeUndefined();
    expect(specialIpv4('172.15.0.1')).toBeUndefined();
    expect(specialIpv4('172.16.0.1')).toBe('a private network');
    expect(specialIpv6('2606:4700::1111')).toBeUndefined();
    expect(specialIpv6('::ffff:8.8.8.8')).toBeUndefined();
    expect(specialAddress('::1')).toBe('the loopback interface');
    expect(specialAddress('127.0.0.53')).toBe('the loopback interface');
  });
});

describe('the CLI fetcher', () => {
  const fakeDns = (map: Record<string, string[]>) =>
    (async (host: string) =>
      (map[host] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 }))) as never;

  it('refuses a public-looking name that resolves to a private or loopback address', async () => {
    await expect(
      assertPublic('https://sneaky.example/x', fakeDns({ 'sneaky.example': ['93.184.216.34', '127.0.0.1'] })),
    ).rejects.toThrow('sneaky.example resolves to 127.0.0.1, the loopback interface');
    await expect(
      assertPublic('https://fine.example/x', fakeDns({ 'fine.example': ['93.184.216.34'] })),
    ).resolves.toBeInstanceOf(URL);
  });

  it('sends nothing to a refused address', async () => {
    let hits = 0;
    const server = createServer((_, res) => {
      hits++;
      res.end('{}');
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const port = (server.address() as AddressInfo).port;
    const get = publicFetcher(fakeDns({}));
    const init = { signal: new AbortController().signal, headers: {} };
    for (const u of [`http://127.0.0.1:${port}/`, `https://127.0.0.1:${port}/`, `https://localhost:${port}/`])
      await expect(get(u, init), u).rejects.toThrow('Not fetched');
    server.close();
    expect(hits).toBe(0);
  });
});
