/**
 * A verifiable credential as JSON with embedded Data Integrity proofs, or without any (then it is
 * named as unsigned, and its signature check fails)
 * (https://www.w3.org/TR/vc-data-integrity/): any one valid proof suffices (Open Badges 3.0
 * "Verification and Validation"), and the report says which. The proof code and its JSON-LD
 * machinery load only when a badge needs them.
 */
import { parseDateTime, viewCredential } from '../credential-view.ts';
import { asList, isRecord, str } from '../json.ts';
import { pass, problem, SIGNATURE_GATE, type CheckUnit, type Outcome } from '../pipeline/check.ts';
import { FORMAT_PHRASES } from '../report.ts';
import type { CredentialSubject } from '../subject.ts';
import { credentialChecks } from '../checks/index.ts';
import { readAs, type BadgeFormat } from './format.ts';
import { loadPart } from '../lazy.ts';

const dataIntegrityProof: CheckUnit<CredentialSubject, 'proof'> = {
  id: 'proof',
  gate: SIGNATURE_GATE,
  async run(s, ctx): Promise<Outcome<CredentialSubject>> {
    const proofs = asList(s.credential.proof);
    if (!proofs.length)
      return problem(
        'ERR_NO_PROOF',
        'The credential carries no signature, so anyone could have written it. (An issuer keeps the unsigned credential for reference, as credential-unsigned.json; the badge to verify is the signed one: badge.jwt, badge.png or badge.svg.)',
      );
    const { verifyDataIntegrity } = await loadPart(
      import('../data-integrity/index.ts'),
      'the Data Integrity verifier',
    );
    const result = await verifyDataIntegrity(s.credential, ctx.registry, ctx.resources);
    const { suite, method } = result;
    const which =
      result.proofCount > 1
        ? ` Proof ${result.proofNumber} of ${result.proofCount} verified; one valid proof suffices.`
        : '';
    const detail = [
      `${suite.name}; verification method ${method.methodId.slice(0, 200)}`,
      ...method.notes,
      ...result.others,
    ].join('\n');
    const proof = proofs.filter(isRecord)[result.proofNumber - 1];
    const learned = {
      signer: {
        key: method,
        issuedAt: parseDateTime(proof ? str(proof.created) : undefined) ?? parseDateTime(s.view.validFrom),
      },
    };
    if (suite.deprecated)
      return {
        ...problem(
          'WARN_DEPRECATED_SUITE',
          `The signature is valid, but it uses ${suite.name}, a deprecated suite.${which}`,
          detail,
        ),
        learned,
      };
    if (suite.outsideOb3 && s.view.isOpenBadge)
      return {
        ...problem(
          'WARN_NONCONFORMANT_SUITE',
          `The signature is valid, but ${suite.name} is not an Open Badges 3.0 conformance suite, so other verifiers may reject it.${which}`,
          detail,
        ),
        learned,
      };
    return {
      ...pass(
        `The ${suite.name} signature is valid: the badge has not been changed since it was signed.${which}`,
        detail,
      ),
      learned,
    };
  },
};

export const vcJson: BadgeFormat<unknown, CredentialSubject> = {
  read(json, container) {
    if (!isRecord(json) || !('@context' in json))
      return {
        ok: false,
        row: problem('ERR_NOT_A_BADGE', 'This JSON is not a verifiable credential or an Open Badge.'),
      };
    const view = viewCredential(json);
    // Named for what it is: JSON without a `proof` member is not "with an embedded proof".
    const signed = 'proof' in json;
    const format = view.isOpenBadge
      ? signed
        ? 'ob3-json-data-integrity'
        : 'ob3-json-unsigned'
      : signed
        ? 'vc-json-data-integrity'
        : 'vc-json-unsigned';
    return {
      ok: true,
      subject: { format, view, credential: json },
      row: readAs(FORMAT_PHRASES[format], container),
    };
  },
  checks: credentialChecks(dataIntegrityProof),
};
