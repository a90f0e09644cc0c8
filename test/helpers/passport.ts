/**
 * For passport tests: the fixture catalog as the passport sees it, and holders who sign
 * presentations (a VP-JWT with jose; a Data Integrity presentation with eddsa-rdfc-2022 and the
 * proof purpose `authentication`), with keys named by did:jwk and did:key.
 */
import { base58 } from '@scure/base';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { checkCatalog } from '../../src/lib/catalog/check.ts';
import { worldFromCatalog } from '../../src/lib/catalog/recognition/from-catalog.ts';
import { passportCatalog, type PassportCatalog } from '../../src/lib/passport/catalog.ts';
import { hashData, SUITES } from '../../src/lib/verify/data-integrity/suites.ts';
import { loadFixture } from './content.ts';
import { signEd25519 } from './di-sign.ts';
import { SITE } from './issuer.ts';

export async function fixturePassportCatalog(): Promise<PassportCatalog> {
  const { catalog } = await checkCatalog(await loadFixture());
  return passportCatalog(
    SITE,
    worldFromCatalog(catalog),
    (id) => catalog.stacks.get(id)?.data.ordered ?? false,
  );
}

export interface Holder {
  did: string;
  /** The verification method (did + fragment). */
  method: string;
  privateJwk: JWK;
}

const b64url = (s: string) => Buffer.from(s).toString('base64url');

/** An Ed25519 holder named by did:jwk. */
export async function jwkHolder(): Promise<Holder> {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const pub = await exportJWK(publicKey);
  const did = `did:jwk:${b64url(JSON.stringify({ kty: pub.kty, crv: pub.crv, x: pub.x }))}`;
  return { did, method: `${did}#0`, privateJwk: await exportJWK(privateKey) };
}

/** An Ed25519 holder named by did:key (multicodec 0xed01 + the raw key, base58btc). */
export async function keyHolder(): Promise<Holder> {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const pub = await exportJWK(publicKey);
  const raw = Buffer.from(pub.x ?? '', 'base64url');
  const mb = `z${base58.encode(new Uint8Array([0xed, 0x01, ...raw]))}`;
  return { did: `did:key:${mb}`, method: `did:key:${mb}#${mb}`, privateJwk: await exportJWK(privateKey) };
}

/** A VC 1.1-style VP-JWT (`vp` claim), signed by the holder with its key named in `kid`. */
export async function vpJwt(
  holder: Holder,
  credentials: unknown[],
  over: { iss?: string; holder?: string; exp?: number; kid?: string | null } = {},
): Promise<string> {
  const header: Record<string, unknown> = { alg: 'EdDSA', typ: 'JWT' };
  if (over.kid !== null) header.kid = over.kid ?? holder.method;
  const jwt = new SignJWT({
    vp: {
      '@context': ['https://www.w3.org/2018/credentials/v1'],
      type: ['VerifiablePresentation'],
      holder: over.holder ?? holder.did,
      verifiableCredential: credentials,
    },
  })
    .setProtectedHeader(header as { alg: string })
    .setIssuer(over.iss ?? holder.did)
    .setIssuedAt(1_740_000_000);
  if (over.exp !== undefined) jwt.setExpirationTime(over.exp);
  return jwt.sign(await importPrivate(holder.privateJwk));
}

async function importPrivate(jwk: JWK) {
  const { importJWK } = await import('jose');
  return importJWK({ ...jwk, alg: 'EdDSA' }, 'EdDSA');
}

/** A VC 2.0 presentation with a Data Integrity proof (eddsa-rdfc-2022) by the holder. */
export async function vpDataIntegrity(
  holder: Holder,
  credentials: Record<string, unknown>[],
  purpose = 'authentication',
): Promise<Record<string, unknown>> {
  const vp = {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    type: ['VerifiablePresentation'],
    holder: holder.did,
    verifiableCredential: credentials,
  };
  const proof = {
    type: 'DataIntegrityProof',
    cryptosuite: 'eddsa-rdfc-2022',
    created: '2025-03-02T12:00:00Z',
    verificationMethod: holder.method,
    proofPurpose: purpose,
  };
  const data = await hashData(SUITES['eddsa-rdfc-2022'], vp, proof);
  return { ...vp, proof: { ...proof, proofValue: await signEd25519(holder.privateJwk, data) } };
}
