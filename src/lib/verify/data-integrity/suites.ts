/**
 * The Data Integrity cryptosuites this verifier knows (https://www.w3.org/TR/vc-data-integrity/),
 * and the bytes a proof signs. A suite says how a document is canonicalized and how its signature
 * is checked; the suites themselves are in their own files (eddsa.ts). Adding a cryptosuite is a
 * file of suites and its entry in `KNOWN` below.
 */
import type { JWK } from 'jose';
import { isRecord, str } from '../json.ts';
import { canonizeJcs, canonizeRdfc } from './canonize.ts';
import { ECDSA_SUITES } from './ecdsa.ts';
import { ECDSA_SD_SUITES } from './ecdsa-sd-suite.ts';
import { ED25519_2018_SUITES } from './ed25519-2018.ts';
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
  /** The hash for the proof options and the document, by key (P-384 → SHA-384); SHA-256 if absent. */
  hashFor?(jwk: JWK): HashName;
  /** The proof members that carry the signature, left out of the signed proof options. */
  valueMembers?: readonly string[];
  /** The signature a proof carries (throws VerifyError when it is malformed). */
  signature(proof: Record<string, unknown>): Uint8Array;
  /** The bytes the signature covers, from the hash data (a detached JWS prefixes its header). */
  message?(proof: Record<string, unknown>, hashData: Uint8Array): Uint8Array;
  /** Whether `signature` over `data` is valid under the verification method's key. */
  verify(jwk: JWK, signature: Uint8Array, data: Uint8Array): Promise<boolean>;
  /**
   * A suite whose proof is not "signature over hash data" (ecdsa-sd-2023) verifies the unsecured
   * document and its proof as a whole; `signature` and `verify` are then not used.
   */
  verifyDocument?(
    unsecured: Record<string, unknown>,
    proof: Record<string, unknown>,
    jwk: JWK,
  ): Promise<boolean>;
}

export type HashName = 'SHA-256' | 'SHA-384';

const KNOWN: readonly Suite[] = [
  ...EDDSA_SUITES,
  ...ECDSA_SUITES,
  ...ECDSA_SD_SUITES,
  ...ED25519_2018_SUITES,
];

export type SuiteName = (
  | (typeof EDDSA_SUITES)[number]
  | (typeof ECDSA_SUITES)[number]
  | (typeof ECDSA_SD_SUITES)[number]
  | (typeof ED25519_2018_SUITES)[number]
)['name'];

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

const digest = async (hash: HashName, s: string) =>
  new Uint8Array(await crypto.subtle.digest(hash, new TextEncoder().encode(s)));

/** The hash of the canonical unsecured document, per canonicalization and hash: the same for every proof. */
export type DocumentHashes = Map<string, Promise<Uint8Array>>;

/**
 * The bytes the signature covers: hash(proof options) ‖ hash(document), 64 bytes with SHA-256.
 * Pass the same `documentHashes` for every proof of one document so that it is canonicalized once.
 */
export async function hashData(
  suite: Suite,
  document: Record<string, unknown>,
  proof: Record<string, unknown>,
  documentHashes: DocumentHashes = new Map(),
  hash: HashName = 'SHA-256',
): Promise<Uint8Array> {
  const { proof: _all, ...unsecured } = document;
  const options = { ...proof };
  for (const m of suite.valueMembers ?? ['proofValue']) delete options[m];
  let proofCanon: string;
  if (suite.canonicalization === 'jcs') {
    // eddsa-jcs-2022: the proof options carry the document's @context (vc-di-eddsa §3.3.5).
    if (unsecured['@context'] !== undefined) options['@context'] = unsecured['@context'];
    proofCanon = canonizeJcs(options);
  } else {
    // RDFC suites: canonicalize the proof options in the document's @context.
    proofCanon = await canonizeRdfc({ ...options, '@context': unsecured['@context'] });
  }
  const a = await digest(hash, proofCanon);
  const cacheKey = `${suite.canonicalization} ${hash}`;
  let documentHash = documentHashes.get(cacheKey);
  if (!documentHash) {
    documentHash = (
      suite.canonicalization === 'jcs'
        ? Promise.resolve(unsecured).then(canonizeJcs)
        : canonizeRdfc(unsecured)
    ).then((c) => digest(hash, c));
    documentHashes.set(cacheKey, documentHash);
  }
  const b = await documentHash;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

export const isProof = (p: unknown): p is Record<string, unknown> =>
  isRecord(p) && typeof p.type === 'string';
