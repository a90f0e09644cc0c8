/**
 * Ed25519Signature2018 (https://w3c-ccg.github.io/lds-ed25519-2018/), deprecated but common in
 * the wild (the JFF plugfest badges): an Ed25519 signature as a detached JWS with an unencoded
 * payload (RFC 7797) in the proof's `jws`. The signed bytes are the JWS header, ".", and the
 * same hash data as eddsa-rdfc-2022 (hash of the RDF-canonical proof options ‖ of the document).
 */
import { base64url } from '@scure/base';
import { VerifyError } from '../errors.ts';
import { isRecord, parseJson, str } from '../json.ts';
import { verifyEd25519 } from './eddsa.ts';
import type { Suite } from './suites.ts';

const unpadded = (s: string) => `${s}${'='.repeat((4 - (s.length % 4)) % 4)}`;

/** The detached JWS of a proof: its encoded header and signature, the header checked. */
function detachedJws(proof: Record<string, unknown>): { header: string; signature: Uint8Array } {
  const jws = str(proof.jws);
  const m = jws && jws.length < 1000 ? /^([A-Za-z0-9_-]+)\.\.([A-Za-z0-9_-]+)$/.exec(jws) : null;
  if (!m?.[1] || !m[2])
    throw new VerifyError('ERR_SIGNATURE_INVALID', 'the proof has no detached JWS ("header..signature")');
  let header: unknown;
  let signature: Uint8Array;
  try {
    header = parseJson(new TextDecoder().decode(base64url.decode(unpadded(m[1]))), { maxChars: 2000 });
    signature = base64url.decode(unpadded(m[2]));
  } catch {
    throw new VerifyError('ERR_SIGNATURE_INVALID', 'the proof JWS is not valid base64url');
  }
  if (
    !isRecord(header) ||
    header.alg !== 'EdDSA' ||
    header.b64 !== false ||
    !Array.isArray(header.crit) ||
    !header.crit.includes('b64')
  )
    throw new VerifyError(
      'ERR_SIGNATURE_INVALID',
      'the proof JWS header must be {"alg":"EdDSA","b64":false,"crit":["b64"]}',
      JSON.stringify(header).slice(0, 200),
    );
  if (signature.length !== 64)
    throw new VerifyError('ERR_SIGNATURE_INVALID', `the JWS signature is ${signature.length} bytes, not 64`);
  return { header: m[1], signature };
}

export const ED25519_2018_SUITES = [
  {
    name: 'Ed25519Signature2018',
    proofType: 'Ed25519Signature2018',
    deprecated: true,
    outsideOb3: true,
    canonicalization: 'rdfc',
    valueMembers: ['jws', 'signatureValue', 'proofValue'],
    signature: (proof: Record<string, unknown>) => detachedJws(proof).signature,
    message(proof: Record<string, unknown>, data: Uint8Array) {
      const prefix = new TextEncoder().encode(`${detachedJws(proof).header}.`);
      const out = new Uint8Array(prefix.length + data.length);
      out.set(prefix, 0);
      out.set(data, prefix.length);
      return out;
    },
    verify: verifyEd25519,
  },
] as const satisfies readonly Suite[];
