/**
 * Property (issue 14): no mutation of a signed badge, relabelled to any proof type, cryptosuite
 * or JSON-LD context, reaches "warnings" or "verified". Relabelling is how a forgery would try to
 * look as good as a genuine badge: change what the badge says, then name a proof the verifier
 * cannot check (or a context it does not know), hoping for "valid signature, with warnings". The
 * only answers allowed are unverified (the signature could not be checked), invalid and
 * unreadable.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzBadges, outcome, params, tally, verifyChecked } from '../../helpers/fuzz.ts';

const PROOF_TYPES = [
  'DataIntegrityProof',
  'Ed25519Signature2020',
  'Ed25519Signature2018',
  'JsonWebSignature2020',
  'EcdsaSecp256k1Signature2019',
  'BbsBlsSignature2020',
  'RsaSignature2018',
  'constructor',
  '',
];
const CRYPTOSUITES = [
  'eddsa-rdfc-2022',
  'eddsa-jcs-2022',
  'ecdsa-rdfc-2019',
  'ecdsa-jcs-2019',
  'ecdsa-sd-2023',
  'bbs-2023',
  'toString',
  undefined,
];
const CONTEXTS = [
  'https://www.w3.org/ns/credentials/v2',
  'https://www.w3.org/2018/credentials/v1',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
  'https://w3id.org/security/data-integrity/v2',
  'https://w3id.org/security/suites/ed25519-2020/v1',
  'https://evil.example/context.jsonld',
];

/** A change to what the badge says: the claims a forger would want to alter. */
const claimEdit = fc.oneof(
  fc.record({ path: fc.constant(['name']), value: fc.string({ minLength: 1, maxLength: 30 }) }),
  fc.record({ path: fc.constant(['validFrom']), value: fc.constantFrom('2020-01-01T00:00:00Z') }),
  fc.record({ path: fc.constant(['validUntil']), value: fc.constantFrom('2099-01-01T00:00:00Z') }),
  fc.record({
    path: fc.constant(['issuer']),
    value: fc.constantFrom(
      'https://stackable.example/issuers/lakemont-cli/profile.json',
      'did:web:evil.example',
    ),
  }),
  fc.record({
    path: fc.constant(['credentialSubject', 'id']),
    value: fc.constantFrom('did:example:mallory'),
  }),
  fc.record({ path: fc.constant(['credentialStatus']), value: fc.constant(undefined) }),
  fc.record({
    path: fc.constant(['id']),
    value: fc.constantFrom('urn:uuid:00000000-0000-0000-0000-000000000000'),
  }),
);

const relabel = fc.record({
  type: fc.constantFrom(...PROOF_TYPES),
  cryptosuite: fc.constantFrom(...CRYPTOSUITES),
  /** Which contexts the badge names: its own, with one added, or one swapped. */
  context: fc.oneof(
    fc.constant<'keep'>('keep'),
    fc.record({ add: fc.constantFrom(...CONTEXTS) }),
    fc.record({ replace: fc.constantFrom(...CONTEXTS) }),
  ),
  /** Also carry the proof's @context (as some suites do), or not. */
  proofContext: fc.boolean(),
});

function edited(credential: Record<string, unknown>, e: { path: readonly string[]; value: unknown }) {
  const copy = structuredClone(credential);
  let at: Record<string, unknown> = copy;
  for (const k of e.path.slice(0, -1)) at = at[k] as Record<string, unknown>;
  const last = e.path.at(-1) ?? '';
  if (e.value === undefined) delete at[last];
  else at[last] = e.value;
  return copy;
}

function relabelled(
  credential: Record<string, unknown>,
  proof: Record<string, unknown>,
  r: {
    type: string;
    cryptosuite: string | undefined;
    context: 'keep' | { add: string } | { replace: string };
    proofContext: boolean;
  },
) {
  const contexts = [credential['@context']].flat() as string[];
  const context =
    r.context === 'keep'
      ? contexts
      : 'add' in r.context
        ? [...contexts, r.context.add]
        : [r.context.replace, ...contexts.slice(1)];
  const { cryptosuite: _c, ...rest } = proof;
  return {
    ...credential,
    '@context': context,
    proof: {
      ...rest,
      type: r.type,
      ...(r.cryptosuite === undefined ? {} : { cryptosuite: r.cryptosuite }),
      ...(r.proofContext ? { '@context': context } : {}),
    },
  };
}

describe('property: relabelled forgeries', async () => {
  const badges = await fuzzBadges();
  const { proof: proofs, ...unsigned } = badges.di as { proof: unknown } & Record<string, unknown>;
  const proof = [proofs].flat()[0] as Record<string, unknown>;
  const jwtCredential = JSON.parse(
    Buffer.from(badges.jwtEdDsa.split('.')[1] ?? '', 'base64url').toString('utf8'),
  ) as Record<string, unknown>;
  const jwtSignature = badges.jwtEdDsa.split('.')[2] ?? '';

  it('a Data Integrity badge, altered and relabelled to any proof or context, is never "warnings" or "verified"', async () => {
    await fc.assert(
      fc.asyncProperty(claimEdit, relabel, async (edit, r) => {
        const forged = relabelled(edited(unsigned, edit), proof, r);
        const report = await verifyChecked('relabel-di', JSON.stringify(forged), badges);
        tally('relabel-di', outcome(report));
        expect(['unverified', 'invalid', 'unreadable']).toContain(report.verdict);
      }),
      params(150),
    );
  });

  it('a VC-JWT\'s credential, altered and given its token signature as a proof of any type, is never "warnings" or "verified"', async () => {
    await fc.assert(
      fc.asyncProperty(claimEdit, relabel, async (edit, r) => {
        const forged = relabelled(
          edited(jwtCredential, edit),
          {
            proofPurpose: 'assertionMethod',
            verificationMethod: `${String(jwtCredential.iss)}#key`,
            proofValue: `z${jwtSignature}`,
          },
          r,
        );
        const report = await verifyChecked('relabel-jwt', JSON.stringify(forged), badges);
        tally('relabel-jwt', outcome(report));
        expect(['unverified', 'invalid', 'unreadable']).toContain(report.verdict);
      }),
      params(150),
    );
  });

  it('relabelling alone (the claims untouched) to a proof this verifier cannot check gives "unverified", said plainly', async () => {
    const report = await verifyChecked(
      'relabel-only',
      JSON.stringify({ ...badges.di, proof: { ...proof, cryptosuite: 'bbs-2023' } }),
      badges,
    );
    expect(report.verdict).toBe('unverified');
    expect(report.headline).toMatch(
      /^The signature could not be checked, so nothing in this badge can be relied on\./,
    );
    // Dates and status are still checked and shown, as claims.
    expect(report.checks.find((c) => c.id === 'dates')?.status).toBe('pass');
    expect(report.checks.find((c) => c.id === 'dates')?.message).toContain(
      'its signature could not be checked',
    );
    expect(report.checks.find((c) => c.id === 'status')?.status).toBe('pass');
    expect(report.checks.find((c) => c.id === 'key')?.status).toBe('skip');
  });
});
