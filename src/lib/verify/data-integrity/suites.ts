/**
 * The EdDSA Data Integrity cryptosuites (https://www.w3.org/TR/vc-di-eddsa/). All build the
 * signed bytes the same way, SHA-256(canonical proof options) ‖ SHA-256(canonical document),
 * and differ in canonicalization and in where the proof options' @context comes from.
 */
import { base58 } from '@scure/base';
import { VerifyError } from '../errors.ts';
import { isRecord, str } from '../json.ts';
import { canonizeJcs, canonizeRdfc } from './canonize.ts';

export type SuiteName = 'eddsa-rdfc-2022' | 'eddsa-jcs-2022' | 'eddsa-2022' | 'Ed25519Signature2020';

export interface Suite {
  name: SuiteName;
  /** Still common in the wild but superseded: verified, and reported with a warning. */
  deprecated: boolean;
  /** Not part of Open Badges 3.0 conformance (verified, and said so). */
  outsideOb3: boolean;
  canonicalization: 'rdfc' | 'jcs';
}

export const SUITES: Record<SuiteName, Suite> = {
  'eddsa-rdfc-2022': {
    name: 'eddsa-rdfc-2022',
    deprecated: false,
    outsideOb3: false,
    canonicalization: 'rdfc',
  },
  'eddsa-jcs-2022': { name: 'eddsa-jcs-2022', deprecated: false, outsideOb3: true, canonicalization: 'jcs' },
  'eddsa-2022': { name: 'eddsa-2022', deprecated: true, outsideOb3: false, canonicalization: 'rdfc' },
  Ed25519Signature2020: {
    name: 'Ed25519Signature2020',
    deprecated: true,
    outsideOb3: false,
    canonicalization: 'rdfc',
  },
};

/** Which suite a proof uses, or undefined when we do not support it. */
export function suiteOf(proof: Record<string, unknown>): Suite | undefined {
  const type = str(proof.type);
  if (type === 'Ed25519Signature2020') return SUITES.Ed25519Signature2020;
  if (type === 'DataIntegrityProof') {
    const c = str(proof.cryptosuite);
    // Own members only: `in` would also accept Object.prototype names such as "constructor".
    if (c && Object.hasOwn(SUITES, c) && c !== 'Ed25519Signature2020') return SUITES[c as SuiteName];
  }
  return undefined;
}

const sha256 = async (s: string) =>
  new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(s)));

/** SHA-256 of the canonical unsecured document, per canonicalization: the same for every proof. */
export type DocumentHashes = Map<Suite['canonicalization'], Promise<Uint8Array>>;

/**
 * The 64 bytes the signature covers: hash(proof options) ‖ hash(document). Pass the same
 * `documentHashes` for every proof of one document so that it is canonicalized only once.
 */
export async function hashData(
  suite: Suite,
  document: Record<string, unknown>,
  proof: Record<string, unknown>,
  documentHashes: DocumentHashes = new Map(),
): Promise<Uint8Array> {
  const { proof: _all, ...unsecured } = document;
  const { proofValue: _value, ...options } = proof;
  let proofCanon: string;
  if (suite.canonicalization === 'jcs') {
    // eddsa-jcs-2022: the proof options carry the document's @context (vc-di-eddsa §3.3.5).
    if (unsecured['@context'] !== undefined) options['@context'] = unsecured['@context'];
    proofCanon = canonizeJcs(options);
  } else {
    // RDFC suites: canonicalize the proof options in the document's @context.
    proofCanon = await canonizeRdfc({ ...options, '@context': unsecured['@context'] });
  }
  const a = await sha256(proofCanon);
  let documentHash = documentHashes.get(suite.canonicalization);
  if (!documentHash) {
    documentHash = (
      suite.canonicalization === 'jcs'
        ? Promise.resolve(unsecured).then(canonizeJcs)
        : canonizeRdfc(unsecured)
    ).then(sha256);
    documentHashes.set(suite.canonicalization, documentHash);
  }
  const b = await documentHash;
  const out = new Uint8Array(64);
  out.set(a, 0);
  out.set(b, 32);
  return out;
}

/** The 64-byte Ed25519 signature in a proof's multibase (base58btc) proofValue. */
export function signatureBytes(proof: Record<string, unknown>): Uint8Array {
  const v = str(proof.proofValue);
  if (!v?.startsWith('z') || v.length > 200)
    throw new VerifyError('ERR_SIGNATURE_INVALID', 'the proof value is not a base58btc multibase signature');
  let bytes: Uint8Array;
  try {
    bytes = base58.decode(v.slice(1));
  } catch {
    throw new VerifyError('ERR_SIGNATURE_INVALID', 'the proof value is not valid base58');
  }
  if (bytes.length !== 64)
    throw new VerifyError(
      'ERR_SIGNATURE_INVALID',
      `the proof value is ${bytes.length} bytes; an Ed25519 signature is 64`,
    );
  return bytes;
}

export const isProof = (p: unknown): p is Record<string, unknown> =>
  isRecord(p) && typeof p.type === 'string';
