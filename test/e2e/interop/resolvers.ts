/**
 * Outside verifiers' own machinery, pointed at the built site (dist-fetch.ts): a did:web
 * resolver (did-resolver + web-did-resolver) and a JSON-LD document loader for Digital
 * Bazaar's libraries that resolves DIDs through it. web-did-resolver fetches with cross-fetch,
 * which on Node is node-fetch and ignores `globalThis.fetch`; a module hook points cross-fetch at
 * the global fetch, which the tests replace with the site's (nothing else of the resolver changes).
 */
import { registerHooks } from 'node:module';
import { CONTEXTS } from '../../../src/lib/verify/data-integrity/contexts.ts';

registerHooks({
  resolve(specifier, context, next) {
    if (specifier === 'cross-fetch')
      return {
        url: 'data:text/javascript,const f=(...a)=>globalThis.fetch(...a);export default f;export{f as fetch};',
        shortCircuit: true,
      };
    return next(specifier, context);
  },
});

export async function didWebResolver() {
  const { Resolver } = await import('did-resolver');
  const { getResolver } = await import('web-did-resolver');
  return new Resolver(getResolver());
}

type Loaded = { contextUrl: null; documentUrl: string; document: unknown };

/** A document loader: bundled contexts, DIDs through the did:web resolver, site URLs through fetch. */
export async function documentLoader(): Promise<(url: string) => Promise<Loaded>> {
  const resolver = await didWebResolver();
  return async (url: string) => {
    const context = CONTEXTS.get(url);
    if (context) return { contextUrl: null, documentUrl: url, document: context };
    if (url.startsWith('did:')) {
      const [did = '', fragment] = url.split('#');
      const { didDocument, didResolutionMetadata } = await resolver.resolve(did);
      if (!didDocument) throw new Error(`${did} did not resolve: ${JSON.stringify(didResolutionMetadata)}`);
      if (!fragment) return { contextUrl: null, documentUrl: url, document: didDocument };
      const method = didDocument.verificationMethod?.find((m) => m.id === url || m.id === `#${fragment}`);
      if (!method) throw new Error(`${url} is not in its DID document`);
      return {
        contextUrl: null,
        documentUrl: url,
        document: { '@context': didDocument['@context'], ...method },
      };
    }
    const res = await fetch(url);
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    return { contextUrl: null, documentUrl: url, document: (await res.json()) as unknown };
  };
}
