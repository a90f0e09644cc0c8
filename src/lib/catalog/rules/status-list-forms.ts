/**
 * The two published forms of one status list must be the issuer's and agree: the JWT's key is
 * named by its kid (a DID verification method `…#<thumbprint>`, or a key URL `…/keys/<thumbprint>.json`
 * for lists signed before issuer DIDs), and the Data Integrity form, when there is one, must be
 * signed by one of the issuer's Ed25519 keys over the same bits (docs/architecture.md, "Issuing").
 */
import { decodeJwt, type JWK } from 'jose';
import type { IssuerKey } from '../schema/issuer.ts';
import type { StatusFile } from '../schema/status-file.ts';
import { hashData, SUITES } from '../../verify/data-integrity/suites.ts';

/** The key thumbprint a status list's kid or verification method names. */
export function thumbprintOf(kid: string | undefined): string | undefined {
  return /(?:\/keys\/([A-Za-z0-9_-]{43})\.json|#([A-Za-z0-9_-]{43}))$/
    .exec(kid ?? '')
    ?.slice(1)
    .find(Boolean);
}

const encodedListOf = (credential: unknown): unknown =>
  (credential as { credentialSubject?: { encodedList?: unknown } } | undefined)?.credentialSubject
    ?.encodedList;

/** Why the Data Integrity form is not the issuer's, or does not match the JWT form; undefined when it is fine. */
export async function dataIntegrityFormProblem(
  data: StatusFile,
  keys: readonly IssuerKey[],
): Promise<string | undefined> {
  const di = data.dataIntegrity;
  if (!di) return undefined;
  if (encodedListOf(di) !== encodedListOf(decodeJwt(data.credential)))
    return 'its Data Integrity form does not carry the same list as its JWT';
  const proof = ([di.proof].flat()[0] ?? {}) as Record<string, unknown>;
  const key = keys.find(
    (k) =>
      k.kid === thumbprintOf(typeof proof.verificationMethod === 'string' ? proof.verificationMethod : '') &&
      !k.revoked,
  );
  if (!key || key.alg !== 'EdDSA' || proof.cryptosuite !== 'eddsa-rdfc-2022')
    return 'its Data Integrity form is not signed by an Ed25519 key the issuer publishes';
  const suite = SUITES['eddsa-rdfc-2022'];
  try {
    const ok = await suite.verify(key.jwk as JWK, suite.signature(proof), await hashData(suite, di, proof));
    return ok ? undefined : 'the signature of its Data Integrity form does not verify';
  } catch {
    return 'the signature of its Data Integrity form cannot be checked';
  }
}
