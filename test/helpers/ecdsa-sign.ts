/**
 * Signing badges with the ECDSA cryptosuites and Ed25519Signature2018, for tests: with our own
 * hash data and WebCrypto (signEcdsa), and with Digital Bazaar's independent implementations
 * (signWithLibrary, deriveSd), so that what we verify is not only what we sign.
 */
import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import { cryptosuite as ecdsaRdfc2019 } from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import { createSignCryptosuite as jcsSign } from '@digitalbazaar/ecdsa-jcs-2019-cryptosuite';
import {
  createDiscloseCryptosuite,
  createSignCryptosuite as sdSign,
} from '@digitalbazaar/ecdsa-sd-2023-cryptosuite';
import { Ed25519Signature2018 } from '@digitalbazaar/ed25519-signature-2018';
import { Ed25519VerificationKey2018 } from '@digitalbazaar/ed25519-verification-key-2018';
import { base58 } from '@scure/base';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { CONTEXTS } from '../../src/lib/verify/data-integrity/contexts.ts';
import { multikeyFromJwk } from '../../src/lib/verify/multikey.ts';
import { hashData, SUITES } from '../../src/lib/verify/data-integrity/suites.ts';

export type Curve = 'P-256' | 'P-384';

/** A fresh ECDSA key pair, with its did:key verification method. */
export async function ecKey(curve: Curve) {
  const { privateKey, publicKey } = await generateKeyPair(curve === 'P-256' ? 'ES256' : 'ES384', {
    extractable: true,
  });
  const privateJwk = await exportJWK(privateKey);
  const publicJwk = await exportJWK(publicKey);
  const multibase = await multikeyFromJwk(publicJwk);
  return { curve, privateJwk, publicJwk, multibase, didKey: `did:key:${multibase}#${multibase}` };
}

/** `credential` with one ecdsa-rdfc-2019 or ecdsa-jcs-2019 proof, signed here with WebCrypto. */
export async function signEcdsa(
  credential: Record<string, unknown>,
  privateJwk: JWK,
  verificationMethod: string,
  suite: 'ecdsa-rdfc-2019' | 'ecdsa-jcs-2019',
  created = '2025-03-01T12:00:00Z',
): Promise<Record<string, unknown>> {
  const proof = {
    type: 'DataIntegrityProof',
    cryptosuite: suite,
    created,
    verificationMethod,
    proofPurpose: 'assertionMethod',
  };
  const hash = privateJwk.crv === 'P-384' ? 'SHA-384' : 'SHA-256';
  const data = await hashData(SUITES[suite], credential, proof, new Map(), hash);
  const key = await crypto.subtle.importKey(
    'jwk',
    privateJwk as JsonWebKey,
    { name: 'ECDSA', namedCurve: privateJwk.crv ?? '' },
    false,
    ['sign'],
  );
  const sig = new Uint8Array(await crypto.subtle.sign({ name: 'ECDSA', hash }, key, data as BufferSource));
  return { ...credential, proof: { ...proof, proofValue: `z${base58.encode(sig)}` } };
}

/** Contexts only: signing never looks a key up. */
export const contextLoader = async (url: string) => {
  if (CONTEXTS.has(url)) return { contextUrl: null, documentUrl: url, document: CONTEXTS.get(url) };
  throw new Error(`no context ${url}`);
};

/** A Digital Bazaar ECDSA key pair whose verification method is its did:key. */
async function didKeyPair(curve: Curve) {
  const generated = await EcdsaMultikey.generate({ curve });
  const did = `did:key:${generated.publicKeyMultibase}`;
  return EcdsaMultikey.from({
    ...(await generated.export({ publicKey: true, secretKey: true, includeContext: true })),
    controller: did,
    id: `${did}#${generated.publicKeyMultibase}`,
  });
}

/** Signed by Digital Bazaar's ecdsa-rdfc-2019 or ecdsa-jcs-2019 cryptosuite, with a did:key. */
export async function signWithLibrary(
  credential: Record<string, unknown>,
  suite: 'ecdsa-rdfc-2019' | 'ecdsa-jcs-2019',
  curve: Curve,
): Promise<Record<string, unknown>> {
  const key = await didKeyPair(curve);
  const cryptosuite = suite === 'ecdsa-rdfc-2019' ? ecdsaRdfc2019 : jcsSign();
  return vc.issue({
    credential,
    suite: new DataIntegrityProof({ signer: key.signer(), cryptosuite, date: '2025-03-01T12:00:00Z' }),
    documentLoader: contextLoader,
  });
}

/** An ecdsa-sd-2023 base proof by Digital Bazaar's cryptosuite, and a derived proof from it. */
export async function signAndDeriveSd(
  credential: Record<string, unknown>,
  mandatoryPointers: string[],
  selectivePointers: string[],
): Promise<{ base: Record<string, unknown>; derived: Record<string, unknown> }> {
  const key = await didKeyPair('P-256');
  const base = await vc.issue({
    credential,
    suite: new DataIntegrityProof({
      signer: key.signer(),
      cryptosuite: sdSign({ mandatoryPointers }),
      date: '2025-03-01T12:00:00Z',
    }),
    documentLoader: contextLoader,
  });
  const derived = await vc.derive({
    verifiableCredential: base,
    suite: new DataIntegrityProof({ cryptosuite: createDiscloseCryptosuite({ selectivePointers }) }),
    documentLoader: contextLoader,
  });
  return { base, derived };
}

/** Signed by Digital Bazaar's Ed25519Signature2018 suite, with a did:key. */
export async function signEd25519Signature2018(
  credential: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const generated = await Ed25519VerificationKey2018.generate();
  const fingerprint = generated.fingerprint();
  const did = `did:key:${fingerprint}`;
  const key = await Ed25519VerificationKey2018.from({
    ...generated.export({ publicKey: true, privateKey: true }),
    controller: did,
    id: `${did}#${fingerprint}`,
  });
  return vc.issue({
    credential,
    suite: new Ed25519Signature2018({ key, date: '2025-03-01T12:00:00Z' }),
    documentLoader: contextLoader,
  });
}
