/**
 * Node-only: the fetch `npm run verify -- --fetch` hands the verifier. Every address, and every
 * redirect's target, must pass the public-URL policy (src/lib/net/public-url.ts), and the host
 * name must resolve only to public addresses, so a name that points at 127.0.0.1 or the local
 * network is refused as well. (The name is resolved again when connecting; a server that answers
 * differently the second time is outside what this check can see, see docs/security.md.)
 */
import { lookup } from 'node:dns/promises';
import type { Fetcher } from '../../src/lib/verify/resources.ts';
import { publicHttpsUrl, specialAddress } from '../../src/lib/net/public-url.ts';

const MAX_REDIRECTS = 5;

export class RefusedAddress extends Error {
  override name = 'RefusedAddress';
}

/** Throws RefusedAddress unless `raw` is an https URL of a host that resolves only to public addresses. */
export async function assertPublic(raw: string, resolve = lookup): Promise<URL> {
  const verdict = publicHttpsUrl(raw);
  if (!verdict.ok) throw new RefusedAddress(`Not fetched: ${verdict.reason}.`);
  const host = verdict.url.hostname.replace(/^\[|\]$/g, '');
  if (!/^[\d.]+$/.test(host) && !host.includes(':')) {
    const addresses = await resolve(host, { all: true, verbatim: true }).catch(() => []);
    for (const a of addresses) {
      const why = specialAddress(a.address);
      if (why) throw new RefusedAddress(`Not fetched: ${host} resolves to ${a.address}, ${why}.`);
    }
  }
  return verdict.url;
}

/** A Fetcher that checks every address (and redirect) before any request is sent. */
export function publicFetcher(resolve = lookup): Fetcher {
  return async (url, init) => {
    let current = url;
    for (let hop = 0; ; hop++) {
      await assertPublic(current, resolve);
      const res = await fetch(current, { ...init, redirect: 'manual' });
      const location = res.headers.get('location');
      if (res.status < 300 || res.status > 399 || !location) return res;
      if (hop >= MAX_REDIRECTS)
        throw new RefusedAddress(`Not fetched: more than ${MAX_REDIRECTS} redirects.`);
      current = new URL(location, current).href;
    }
  };
}
