/**
 * Embedded Data Integrity proofs (https://www.w3.org/TR/vc-data-integrity/), in any suite of
 * suites.ts. Any one valid proof suffices (Open Badges 3.0 "Verification and Validation"); the
 * report says which. This module and its JSON-LD machinery load only when a badge needs them.
 */
import { describeError, VerifyError } from '../errors.ts';
import { asList, jsonNodeCount, MAX_PROOF_DOCUMENT_NODES, str } from '../json.ts';
import type { RegistryIndex } from '../registry.ts';
import type { Resources } from '../resources.ts';
import { plainFormProblems } from './plain-form.ts';
import { hashData, isProof, suiteOf, type DocumentHashes, type Suite } from './suites.ts';
import { resolveVerificationMethod, type ResolvedMethod } from './verification-method.ts';

export interface DataIntegrityResult {
  method: ResolvedMethod;
  suite: Suite;
  /** 1-based position of the proof that verified, and how many there were. */
  proofNumber: number;
  proofCount: number;
  /** Why each other proof did not verify. */
  others: string[];
}

async function verifyOne(
  doc: Record<string, unknown>,
  proof: Record<string, unknown>,
  registry: RegistryIndex,
  resources: Resources,
  documentHashes: DocumentHashes,
  purpose: ProofPurpose,
): Promise<{ method: ResolvedMethod; suite: Suite }> {
  const suite = suiteOf(proof);
  if (!suite && UNCHECKABLE.has(String(proof.cryptosuite))) {
    throw new VerifyError('ERR_PROOF_UNSUPPORTED', UNCHECKABLE.get(String(proof.cryptosuite)) ?? '');
  }
  if (!suite) {
    throw new VerifyError(
      'ERR_PROOF_UNSUPPORTED',
      `proof type ${JSON.stringify(proof.type ?? null).slice(0, 40)}${proof.cryptosuite ? ` (${JSON.stringify(proof.cryptosuite).slice(0, 40)})` : ''}`,
    );
  }
  if (proof.proofPurpose !== purpose)
    throw new VerifyError(
      'ERR_SIGNATURE_INVALID',
      `the proof's purpose is ${JSON.stringify(proof.proofPurpose)?.slice(0, 60)}, not ${purpose}`,
    );
  const methodId = str(proof.verificationMethod);
  if (!methodId) throw new VerifyError('ERR_KEY_MISSING', 'the proof names no verification method');
  const method = await resolveVerificationMethod(methodId, registry, resources);
  if (!(await verifyWithSuite(suite, doc, proof, method, documentHashes))) {
    throw new VerifyError('ERR_SIGNATURE_INVALID', '', `${suite.name}; ${methodId.slice(0, 200)}`);
  }
  return { method, suite };
}

/**
 * What a proof must be for: a credential's issuer asserts it (`assertionMethod`); a
 * presentation's holder authenticates with it (`authentication`).
 */
export type ProofPurpose = 'assertionMethod' | 'authentication';

async function verifyWithSuite(
  suite: Suite,
  doc: Record<string, unknown>,
  proof: Record<string, unknown>,
  method: ResolvedMethod,
  documentHashes: DocumentHashes,
): Promise<boolean> {
  if (suite.verifyDocument) {
    const { proof: _all, ...unsecured } = doc;
    return suite.verifyDocument(unsecured, proof, method.jwk);
  }
  const signature = suite.signature(proof);
  const data = await hashData(suite, doc, proof, documentHashes, suite.hashFor?.(method.jwk));
  return suite.verify(method.jwk, signature, suite.message ? suite.message(proof, data) : data);
}

/** Suites known by name that this verifier cannot check, with why (said plainly in the report). */
const UNCHECKABLE: ReadonlyMap<string, string> = new Map([
  [
    'bbs-2023',
    'bbs-2023 (BBS selective disclosure, https://www.w3.org/TR/vc-di-bbs/) proofs cannot be checked here',
  ],
]);

export async function verifyDataIntegrity(
  doc: Record<string, unknown>,
  registry: RegistryIndex,
  resources: Resources,
  purpose: ProofPurpose = 'assertionMethod',
): Promise<DataIntegrityResult> {
  const proofs = asList(doc.proof).filter(isProof).slice(0, 8);
  if (!proofs.length) throw new VerifyError('ERR_NO_PROOF', '');
  if (jsonNodeCount(doc, MAX_PROOF_DOCUMENT_NODES) > MAX_PROOF_DOCUMENT_NODES) {
    throw new VerifyError(
      'ERR_TOO_COMPLEX',
      `it holds more than ${MAX_PROOF_DOCUMENT_NODES} objects and arrays (badges hold well under a hundred), and checking its proof would take too long`,
    );
  }
  const form = plainFormProblems(doc);
  if (form.length) {
    throw new VerifyError('ERR_JSONLD_FORM', form.join('; '));
  }
  // The document is canonicalized once, however many proofs it carries.
  const documentHashes: DocumentHashes = new Map();
  const others: string[] = [];
  let firstError: VerifyError | undefined;
  for (const [i, proof] of proofs.entries()) {
    try {
      const ok = await verifyOne(doc, proof, registry, resources, documentHashes, purpose);
      return { ...ok, proofNumber: i + 1, proofCount: proofs.length, others };
    } catch (e) {
      const err =
        e instanceof VerifyError
          ? e
          : new VerifyError('ERR_SIGNATURE_INVALID', 'the proof could not be verified', describeError(e));
      others.push(`proof ${i + 1}: ${err.message}`);
      // The most telling failure wins: a bad signature beats "unsupported", which beats "could not fetch".
      const rank = (x: VerifyError) =>
        x.code === 'ERR_SIGNATURE_INVALID'
          ? 3
          : x.code === 'ERR_FETCH_NOT_ALLOWED' || x.code === 'ERR_FETCH_FAILED'
            ? 1
            : 2;
      if (!firstError || rank(err) > rank(firstError)) firstError = err;
    }
  }
  throw new VerifyError(
    firstError?.code ?? 'ERR_SIGNATURE_INVALID',
    firstError?.message ?? 'no proof verified',
    others.join('\n'),
  );
}
