/**
 * The catalog's issuer registry (src/lib/ob3/issuer-registry.ts) in the format
 * @digitalcredentials/issuer-registry-client reads ("dcc-legacy": `registry` maps an issuer
 * identifier to name, url, location), read here by that client itself.
 */
import { describe, expect, it } from 'vitest';
import { issuerRegistry } from '../../../src/lib/ob3/issuer-registry.ts';
import { urls } from '../../helpers/issuer.ts';

const doc = issuerRegistry(
  [
    {
      id: 'riverbend-usd',
      data: { name: 'Riverbend Unified', url: 'https://riverbend.example/', location: 'Riverbend' },
    },
    { id: 'lakemont-cli', data: { name: 'Lakemont CLI', url: 'https://cli.lakemont.example/' } },
  ],
  urls,
);

describe('issuerRegistry', () => {
  it('lists each issuer under its DID and under its Profile URL', () => {
    expect(doc.registry['did:web:stackable.example:issuers:riverbend-usd']).toEqual({
      name: 'Riverbend Unified',
      url: 'https://riverbend.example/',
      location: 'Riverbend',
    });
    expect(doc.registry[urls.profile('lakemont-cli')]).toEqual({
      name: 'Lakemont CLI',
      url: 'https://cli.lakemont.example/',
    });
    expect(Object.keys(doc.registry)).toHaveLength(4);
  });

  it('is what the registry client looks issuers up in', async () => {
    const { RegistryClient } = await import('@digitalcredentials/issuer-registry-client');
    const url = 'https://stackable.example/issuers/registry.json';
    const original = globalThis.fetch;
    // The client's HTTP library hands fetch a Request, not a string.
    globalThis.fetch = async (input: RequestInfo | URL) =>
      (input instanceof Request ? input.url : String(input)) === url
        ? new Response(JSON.stringify(doc), { headers: { 'content-type': 'application/json' } })
        : new Response('no', { status: 404 });
    try {
      const client = new RegistryClient();
      await client.load({ config: [{ name: 'Stackable', url }] });
      expect(client.didEntry('did:web:stackable.example:issuers:riverbend-usd')?.name).toBe(
        'Riverbend Unified',
      );
      expect(client.didEntry('did:web:stackable.example:issuers:elsewhere')).toBeUndefined();
    } finally {
      globalThis.fetch = original;
    }
  });
});
