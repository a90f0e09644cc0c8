/**
 * The Data Integrity cryptosuites this verifier knows (https://www.w3.org/TR/vc-data-integrity/),
 * and the bytes a proof signs. A suite says how a document is canonicalized and how its signature
 * is checked; the suites themselves are in their own files (eddsa.ts). Adding a cryptosuite is a
 * file of suites and its entry in `KNOWN` below.
 */
import type { JWK } from 'jose';
import { isRecord, str } from '../json.ts';
import { canonizeJcs, canonizeRdfc } from './canonize.ts';
import { EDDSA_SUITES } from './eddsa.ts';

export interface Suite {
  /** The `cryptosuite` of a DataIntegrityProof, or the proof `type` of an older suite. */
  name: string;
  /** For an older suite named by its proof type rather than by `cryptosuite`. */
  proofType?: string;
  /** Still common in the wild but superseded: verified, and reported with a warning. */
  deprecated: boolean;
  /** Not part of Open Badges 3.0 conformance (verified, and said so). */
  outsideOb3: boolean;
  canonicalization: 'rdfc' | 'jcs';
  /** The signature a proof carries (throws VerifyError when it is malformed). */
  signature(proof: Record<string, unknown>): Uint8Array;
  /** Whether `signature` over `data` is valid under the verification method's key. */
  verify(jwk: JWK, signature: Uint8Array, data: Uint8Array): Promise<boolean>;
}

const KNOWN: readonly Suite[] = [...EDDSA_SUITES];

export type SuiteName = (typeof EDDSA_SUITES)[number]['name'];

export const SUITES = Object.fromEntries(KNOWN.map((s) => [s.name, s])) as Record<SuiteName, Suite>;

/** Which suite a proof uses, or undefined when we do not support it. */
export function suiteOf(proof: Record<string, unknown>): Suite | undefined {
  const type = str(proof.type);
  if (type !== 'DataIntegrityProof')
    return KNOWN.find((s) => s.proofType !== undefined && s.proofType === type);
  const c = str(proof.cryptosuite);
  // A search, not a lookup by name, which would also accept Object.prototype names such as "constructor".
  return KNOWN.find((s) => s.proofType === undefined && s.name === c);
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

export const isProof = (p: unknown): p is Record<string, unknown> =>
  isRecord(p) && typeof p.type === 'string';
