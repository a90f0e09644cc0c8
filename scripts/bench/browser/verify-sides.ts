/**
 * The verification benchmark's contestants, for Node and the browser alike (no Node imports):
 * for each badge format, our `verifyBadge`, and where they apply `did-jwt-vc` (JWTs),
 * `@digitalcredentials/verifier-core` (Data Integrity) and a bare jose `compactVerify` (the
 * floor: the signature check alone). Every side is checked once to really verify before it is
 * timed; a side that cannot run says why instead.
 */
import { verifyCredential as didJwtVerify } from 'did-jwt-vc';
import { compactVerify, importJWK, type JWK } from 'jose';
import { expandRegistry, type CompactRegistry } from '../../../src/lib/verify/registry.ts';
import { verifyBadge } from '../../../src/lib/verify/verify.ts';

export interface VerifyFixtures {
  registry: CompactRegistry;
  /** Format label → badge (text, or base64 for images) and the signing key's public JWK. */
  badges: {
    format: string;
    text?: string;
    base64?: string;
    jwt?: string;
    jwk: JWK;
    alg: string;
    issuerProfile: string;
  }[];
  /** URL → document body, served instead of the network to verifier-core (static document loader). */
  documents: Record<string, string>;
}

export type Side = () => Promise<void>;
export interface Contestants {
  sides: Record<string, Record<string, Side>>;
  /** Side → why it cannot run for a format. */
  unavailable: Record<string, Record<string, string>>;
}

const fromBase64 = (s: string) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));

/** Serves `documents` to any fetch of their URLs (fragment included or not); everything else is refused. */
export function installStaticFetch(documents: Record<string, string>): void {
  const original = globalThis.fetch;
  const handler = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const body = documents[url] ?? documents[url.split('#')[0] ?? ''];
    if (body !== undefined)
      return new Response(body, {
        status: 200,
        headers: { 'content-type': body.startsWith('{') ? 'application/json' : 'application/jwt' },
      });
    if (url.startsWith('http://127.0.0.1') || url.startsWith('http://localhost'))
      return original(input, init);
    return new Response('not available offline', { status: 404 });
  };
  globalThis.fetch = handler;
}

export async function contestants(fx: VerifyFixtures): Promise<Contestants> {
  const registry = expandRegistry(fx.registry);
  const sides: Contestants['sides'] = {};
  const unavailable: Contestants['unavailable'] = {};
  let verifierCore:
    | ((o: { credential: unknown; knownDIDRegistries: unknown[] }) => Promise<Record<string, unknown>>)
    | undefined;
  let verifierCoreError = '';
  try {
    verifierCore = (await import('@digitalcredentials/verifier-core')).verifyCredential as never;
  } catch (e) {
    verifierCoreError = `verifier-core failed to load: ${(e as Error).message}`;
  }
  for (const b of fx.badges) {
    const input = b.base64 ? fromBase64(b.base64) : (b.text ?? '');
    const s: Record<string, Side> = {};
    const why: Record<string, string> = {};
    s.ours = async () => {
      const r = await verifyBadge(input, { registry });
      if (r.verdict !== 'verified')
        throw new Error(
          `ours: ${r.verdict}: ${r.checks
            .filter((c) => c.status !== 'pass')
            .map((c) => c.message)
            .join('; ')}`,
        );
    };
    if (b.jwt) {
      const jwt = b.jwt;
      s['jose (floor)'] = async () => {
        await compactVerify(jwt, await importJWK(b.jwk, b.alg));
      };
      if (b.alg === 'RS256') {
        why['did-jwt-vc'] =
          'did-jwt has no RS256 verifier (its algorithms are ES256, ES256K, ES256K-R, Ed25519/EdDSA)';
      } else {
        // did-jwt resolves the issuer only as a DID; ours is the Profile's https URL, which its
        // DID parser rejects. Its documented `didAuthenticator` option takes the pre-resolved key
        // instead: the catalog's published JWK in a DID-style verification method.
        const did = `did:web:${new URL(b.issuerProfile).host}`;
        const didAuthenticator = {
          issuer: did,
          authenticators: [
            { id: `${did}#key`, type: 'JsonWebKey2020', controller: did, publicKeyJwk: b.jwk as never },
          ],
          didResolutionResult: {
            didDocument: { id: did },
            didDocumentMetadata: {},
            didResolutionMetadata: {},
          },
        };
        const resolver = {
          resolve: async () => ({
            didDocument: null,
            didDocumentMetadata: {},
            didResolutionMetadata: { error: 'notFound' },
          }),
        };
        s['did-jwt-vc'] = async () => {
          // policies.format: did-jwt-vc validates the VC 1.1 data model only, and our VC 2.0
          // credentials fail it ("@context is missing default context …/2018/credentials/v1").
          const r = await didJwtVerify(jwt, resolver, { didAuthenticator, policies: { format: false } });
          if (!r.verified) throw new Error('did-jwt-vc: not verified');
        };
      }
    }
    if (b.format.startsWith('Data Integrity')) {
      if (!verifierCore) why['verifier-core'] = verifierCoreError;
      else {
        const credential = JSON.parse(b.text ?? '{}') as unknown;
        const vc = verifierCore;
        s['verifier-core'] = async () => {
          const r = await vc({ credential, knownDIDRegistries: [] });
          const log = (r.log ?? []) as { id: string; valid?: boolean }[];
          if (r.errors || !log.find((l) => l.id === 'valid_signature')?.valid)
            throw new Error(`verifier-core: ${JSON.stringify(r.errors ?? log).slice(0, 400)}`);
        };
      }
    }
    sides[b.format] = s;
    unavailable[b.format] = why;
  }
  return { sides, unavailable };
}

export interface VerifyRun {
  /** Format → side → milliseconds per verification (one per round). */
  samples: Record<string, Record<string, number[]>>;
  /** Format → side → why it did not run. */
  unavailable: Record<string, Record<string, string>>;
}

/** Checks each side once (a side that fails is reported, not timed), then times them interleaved. */
export async function measureAll(
  c: Contestants,
  rounds: number,
  interleaved: (s: Record<string, Side>, rounds: number) => Promise<Record<string, number[]>>,
): Promise<VerifyRun> {
  const samples: VerifyRun['samples'] = {};
  const unavailable: VerifyRun['unavailable'] = {};
  for (const [format, sides] of Object.entries(c.sides)) {
    const ok: Record<string, Side> = {};
    unavailable[format] = { ...(c.unavailable[format] ?? {}) };
    for (const [name, side] of Object.entries(sides)) {
      try {
        await side();
        ok[name] = side;
      } catch (e) {
        unavailable[format][name] = `failed to verify: ${(e as Error).message.slice(0, 300)}`;
      }
    }
    samples[format] = await interleaved(ok, rounds);
  }
  return { samples, unavailable };
}
