/**
 * Verifying an ecdsa-sd-2023 derived proof (https://www.w3.org/TR/vc-di-ecdsa/#ecdsa-sd-2023)
 * with Digital Bazaar's cryptosuite: the disclosed statements are canonicalized with the proof's
 * blank-node label map, each non-mandatory statement is checked against its signature by the
 * proof's ephemeral key, and the base signature by the issuer's key. Contexts come from the
 * bundled set only (canonize.ts), in JSON-LD safe mode. A base proof is rejected: it is meant for
 * the holder, who derives a proof from it (vc-di-ecdsa §3.5.7, "parseDerivedProofValue").
 */
import { createVerifyCryptosuite } from '@digitalbazaar/ecdsa-sd-2023-cryptosuite';
import { base64url } from '@scure/base';
import type { JWK } from 'jose';
import { describeError, VerifyError } from '../errors.ts';
import { str } from '../json.ts';
import { jsonldError, staticLoader } from './canonize.ts';
import { multikeyFromJwk } from '../multikey.ts';

/** The CBOR tag header that starts a proof value: base (0xd95d00) or derived (0xd95d01). */
export function sdProofKind(proof: Record<string, unknown>): 'base' | 'derived' {
  const v = str(proof.proofValue);
  let head: Uint8Array | undefined;
  try {
    head = v?.startsWith('u') && v.length < 200_000 ? base64url.decode(`${v.slice(1, 5)}`) : undefined;
  } catch {
    head = undefined;
  }
  if (head?.[0] === 0xd9 && head[1] === 0x5d && head[2] === 0x00) return 'base';
  if (head?.[0] === 0xd9 && head[1] === 0x5d && head[2] === 0x01) return 'derived';
  throw new VerifyError(
    'ERR_SIGNATURE_INVALID',
    'the proof value is not an ecdsa-sd-2023 proof (base64url multibase CBOR)',
  );
}

export async function verifyEcdsaSd(
  unsecured: Record<string, unknown>,
  proof: Record<string, unknown>,
  jwk: JWK,
  /** The JSON-LD contexts: the bundled set (tests pass the W3C vectors' own contexts too). */
  documentLoader: typeof staticLoader = staticLoader,
): Promise<boolean> {
  if (sdProofKind(proof) === 'base')
    throw new VerifyError(
      'ERR_SD_BASE_PROOF',
      'an ecdsa-sd-2023 base proof is for the holder to derive a proof from, and a verifier must reject it',
    );
  const publicKeyMultibase = await multikeyFromJwk(jwk);
  const cryptosuite = createVerifyCryptosuite();
  let data: unknown;
  try {
    data = await cryptosuite.createVerifyData({
      cryptosuite,
      document: unsecured,
      proof,
      documentLoader,
    });
  } catch (e) {
    if (e instanceof Error && (e.name.startsWith('jsonld.') || e.cause !== undefined)) throw jsonldError(e);
    throw new VerifyError('ERR_SIGNATURE_INVALID', 'the derived proof could not be read', describeError(e));
  }
  const verifier = await cryptosuite.createVerifier({
    verificationMethod: { type: 'Multikey', publicKeyMultibase },
  });
  try {
    return await verifier.verify({ data });
  } catch (e) {
    throw new VerifyError(
      'ERR_SIGNATURE_INVALID',
      'the disclosed statements do not match their signatures',
      describeError(e),
    );
  }
}
