/**
 * Regression tests for the bugs the property tests and the adversarial corpus found (issue 9).
 * Each test failed before its fix; the fix is named in the test title.
 */
import { base58 } from '@scure/base';
import { describe, expect, it } from 'vitest';
import { generateIssuerKey } from '../../../src/lib/keys/generate.ts';
import { ed25519Multibase, signDataIntegrity } from '../../../src/lib/ob3/sign-data-integrity.ts';
import { signCredentialJwt } from '../../../src/lib/ob3/sign-jwt.ts';
import { hashData, SUITES, suiteOf } from '../../../src/lib/verify/data-integrity/suites.ts';
import type { Report } from '../../../src/lib/verify/report.ts';
import { signEd25519 } from '../../helpers/di-sign.ts';
import { verifyBadge } from '../../../src/lib/verify/verify.ts';
import { iTXt, tinyPng } from '../baking/png-helpers.ts';
import { ISSUER, makeKey, testCatalog, urls } from '../../helpers/issuer.ts';

const NOW = new Date('2026-06-01T00:00:00Z');
const check = (r: Report, id: string) => r.checks.find((c) => c.id === id);

describe('hardening regressions', async () => {
  const ed = await makeKey('EdDSA');
  const cat = await testCatalog({ keys: [ed], revoked: [9] });
  const verify = (input: string | Uint8Array) => verifyBadge(input, { registry: cat.registry, now: NOW });

  it('input.ts: a data: URL inside a data: URL is refused, not unwrapped recursively (a 40 KB input used to take seconds and overflow the stack)', async () => {
    const token = await cat.issue();
    expect((await verify(`data:application/jwt,${token}`)).verdict).toBe('verified');
    const nested = await verify(`${'data:,'.repeat(3)}${token}`);
    expect(nested.verdict).toBe('unreadable');
    expect(check(nested, 'format')).toMatchObject({ status: 'fail', code: 'ERR_UNREADABLE' });
    expect(check(nested, 'format')?.message).toContain('data:');
    const bomb = await verify('data:,'.repeat(7000) + token);
    expect(check(bomb, 'format')?.detail ?? '').not.toContain('call stack');
  });

  it('suites.ts: a cryptosuite named after an Object.prototype member is not a suite', async () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      expect(suiteOf({ type: 'DataIntegrityProof', cryptosuite: name }), name).toBeUndefined();
    }
    expect(suiteOf({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022' })).toBe(
      SUITES['eddsa-rdfc-2022'],
    );
    // A self-signed proof with cryptosuite "constructor" used to be reported as "The Object signature is valid".
    const atk = await generateIssuerKey('EdDSA');
    const did = `did:key:${ed25519Multibase(atk.publicJwk)}`;
    const cred = { ...(await cat.credential()), issuer: { id: did, type: ['Profile'], name: 'Self' } };
    const proof = {
      type: 'DataIntegrityProof',
      cryptosuite: 'constructor',
      created: '2025-03-01T12:00:00Z',
      verificationMethod: `${did}#${did.slice(8)}`,
      proofPurpose: 'assertionMethod',
    };
    const data = await hashData(SUITES['eddsa-rdfc-2022'], cred, proof);
    const r = await verify(
      JSON.stringify({ ...cred, proof: [{ ...proof, proofValue: await signEd25519(atk.privateJwk, data) }] }),
    );
    expect(check(r, 'proof')).toMatchObject({ status: 'warn', code: 'ERR_PROOF_UNSUPPORTED' });
  });

  it('verification-method.ts: a fragment key under a catalog profile that the catalog does not publish is not called "a key this catalog publishes"', async () => {
    const atk = await generateIssuerKey('EdDSA');
    const signed = await signDataIntegrity(
      await cat.credential(),
      atk.privateJwk,
      `${urls.profile(ISSUER)}#${ed25519Multibase(atk.publicJwk)}`,
      new Date('2025-03-01T12:00:00Z'),
    );
    const r = await verify(JSON.stringify(signed));
    expect(check(r, 'key')).toMatchObject({ status: 'fail', code: 'ERR_KEY_NOT_PUBLISHED' });
    expect(check(r, 'key')?.message).not.toContain('a key this catalog publishes');
  });

  it('checks/status.ts: every status entry is checked, not only the first (a revoked badge listed second was "verified")', async () => {
    const revoked = (await cat.credential({ statusIndex: 9 })).credentialStatus as Record<string, unknown>;
    const fine = (await cat.credential({ statusIndex: 10 })).credentialStatus as Record<string, unknown>;
    const message = { ...fine, statusPurpose: 'message' };
    const r1 = await verify(await cat.issue({ payload: { credentialStatus: [message, revoked] } }));
    expect(check(r1, 'status')).toMatchObject({ status: 'fail', code: 'ERR_REVOKED' });
    expect(r1.verdict).toBe('invalid');
    const r2 = await verify(await cat.issue({ payload: { credentialStatus: [fine, revoked] } }));
    expect(check(r2, 'status')).toMatchObject({ status: 'fail', code: 'ERR_REVOKED' });
    const r3 = await verify(await cat.issue({ payload: { credentialStatus: [message, fine] } }));
    expect(check(r3, 'status')?.status).toBe('pass');
    expect(r3.verdict).toBe('verified');
    const r4 = await verify(
      await cat.issue({ payload: { credentialStatus: [fine, { type: 'SomethingElse' }] } }),
    );
    expect(check(r4, 'status')).toMatchObject({ status: 'warn', code: 'WARN_STATUS_UNSUPPORTED' });
  });

  it('data-integrity: a document too complex to canonicalize quickly is "cannot check", before any canonicalization (5,000 nodes × 8 proofs took 14 s)', async () => {
    const signed = await signDataIntegrity(
      await cat.credential(),
      ed.privateJwk,
      `${urls.profile(ISSUER)}#${ed25519Multibase(ed.privateJwk)}`,
      new Date('2025-03-01T12:00:00Z'),
    );
    const proof = signed.proof[0];
    const heavy = {
      ...signed,
      evidence: Array.from({ length: 5000 }, (_, i) => ({ type: ['Evidence'], name: `e${i}` })),
      proof: Array.from({ length: 8 }, () => proof),
    };
    const r = await verify(JSON.stringify(heavy));
    expect(check(r, 'proof')).toMatchObject({ status: 'warn', code: 'ERR_TOO_COMPLEX' });
    expect(r.verdict).toBe('unverified');
    // A normal badge with several proofs still verifies.
    expect(
      (
        await verify(
          JSON.stringify({ ...signed, proof: [{ ...proof, proofValue: `z${'1'.repeat(86)}` }, proof] }),
        )
      ).verdict,
    ).toBe('verified');
  });

  it('checks/endorsements.ts: embedded endorsements share one size budget; those past it are "could not check" (20 × 900 nodes took 5 s)', async () => {
    const didKey = `did:key:${ed25519Multibase(ed.privateJwk)}`;
    const big = {
      '@context': [
        'https://www.w3.org/ns/credentials/v2',
        'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      ],
      type: ['VerifiableCredential', 'EndorsementCredential'],
      issuer: didKey,
      validFrom: '2025-01-01T00:00:00Z',
      credentialSubject: { type: ['EndorsementSubject'], id: 'urn:x' },
      evidence: Array.from({ length: 450 }, (_, i) => ({ type: ['Evidence'], name: `e${i}` })),
      proof: [
        {
          type: 'DataIntegrityProof',
          cryptosuite: 'eddsa-rdfc-2022',
          verificationMethod: `${didKey}#${didKey.slice(8)}`,
          proofPurpose: 'assertionMethod',
          proofValue: `z${base58.encode(new Uint8Array(64).fill(7))}`,
        },
      ],
    };
    const token = await signCredentialJwt(
      { ...(await cat.credential()), endorsement: Array.from({ length: 20 }, () => big) } as never,
      ed.signer,
    );
    const r = await verify(token);
    expect(check(r, 'proof')?.status).toBe('pass');
    // The first (about 900 nodes) is checked, and its made-up signature fails; the other 19 are over the shared budget.
    expect(check(r, 'endorsements')).toMatchObject({ status: 'warn', code: 'WARN_ENDORSEMENT_INVALID' });
    expect(check(r, 'endorsements')?.detail?.match(/^\? .*too many to check here$/gm)).toHaveLength(19);
  });

  it('data-integrity/plain-form.ts: an expired or revoked badge rewritten into an equivalent JSON-LD form is not "verified" (it was)', async () => {
    const vm = `${urls.profile(ISSUER)}#${ed25519Multibase(ed.privateJwk)}`;
    const CRED = 'https://www.w3.org/2018/credentials#';
    const XSD = 'http://www.w3.org/2001/XMLSchema#dateTime';
    const expired = (await signDataIntegrity(
      await cat.credential({ validUntil: new Date('2026-01-01T00:00:00Z') }),
      ed.privateJwk,
      vm,
      new Date('2025-03-01T12:00:00Z'),
    )) as Record<string, unknown>;
    expect(check(await verify(JSON.stringify(expired)), 'dates')).toMatchObject({
      status: 'fail',
      code: 'ERR_EXPIRED',
    });
    const { validUntil, ...noUntil } = expired;
    const contexts = expired['@context'] as string[];
    const sameGraph: [string, Record<string, unknown>][] = [
      ['validUntil in an array', { ...expired, validUntil: [validUntil] }],
      ['validUntil as a value object', { ...expired, validUntil: { '@value': validUntil, '@type': XSD } }],
      [
        'validUntil named by its IRI',
        { ...noUntil, [`${CRED}validUntil`]: { '@value': validUntil, '@type': XSD } },
      ],
      [
        'validUntil renamed by an inline context',
        {
          ...noUntil,
          '@context': [...contexts, { expires: { '@id': `${CRED}validUntil`, '@type': XSD } }],
          expires: validUntil,
        },
      ],
    ];
    const revoked = (await signDataIntegrity(
      await cat.credential({ statusIndex: 9 }),
      ed.privateJwk,
      vm,
      new Date('2025-03-01T12:00:00Z'),
    )) as Record<string, unknown>;
    expect(check(await verify(JSON.stringify(revoked)), 'status')).toMatchObject({
      status: 'fail',
      code: 'ERR_REVOKED',
    });
    const { credentialStatus, ...noStatus } = revoked;
    sameGraph.push([
      'credentialStatus named by its IRI',
      { ...noStatus, [`${CRED}credentialStatus`]: credentialStatus },
    ]);
    // An endorsement that fails, hidden in a nested array ([[e]] is the same graph as [e]).
    const didKey = `did:key:${ed25519Multibase(ed.privateJwk)}`;
    const endorsement = {
      '@context': [
        'https://www.w3.org/ns/credentials/v2',
        'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      ],
      id: 'urn:uuid:2f1e4c1a-0000-4000-8000-000000000001',
      type: ['VerifiableCredential', 'EndorsementCredential'],
      issuer: { id: didKey, type: ['Profile'], name: 'Board' },
      validFrom: '2025-01-01T00:00:00Z',
      credentialSubject: { id: 'urn:x', type: ['EndorsementSubject'] },
      proof: [
        {
          type: 'DataIntegrityProof',
          cryptosuite: 'eddsa-rdfc-2022',
          created: '2025-01-01T00:00:00Z',
          verificationMethod: `${didKey}#${didKey.slice(8)}`,
          proofPurpose: 'assertionMethod',
          proofValue: `z${base58.encode(new Uint8Array(64).fill(7))}`,
        },
      ],
    };
    const endorsed = (await signDataIntegrity(
      { ...(await cat.credential()), endorsement: [endorsement] },
      ed.privateJwk,
      vm,
      new Date('2025-03-01T12:00:00Z'),
    )) as Record<string, unknown>;
    expect(check(await verify(JSON.stringify(endorsed)), 'endorsements')).toMatchObject({
      status: 'warn',
      code: 'WARN_ENDORSEMENT_INVALID',
    });
    sameGraph.push([
      'a failing endorsement inside a nested array',
      { ...endorsed, endorsement: [[endorsement]] },
    ]);
    for (const [what, doc] of sameGraph) {
      const r = await verify(JSON.stringify(doc));
      expect(r.verdict, what).toBe('invalid');
      expect(check(r, 'proof'), what).toMatchObject({ status: 'fail', code: 'ERR_JSONLD_FORM' });
    }
  });

  it('checks/key.ts, achievement.ts, endorsements.ts, ob2: untrusted names are clipped in sentences (a 100,000-character issuer name made 100 KB messages)', async () => {
    const cred = await cat.credential();
    const huge = 'Ꭱ'.repeat(100_000);
    const token = await signCredentialJwt(
      { ...cred, issuer: { id: 'https://elsewhere.example/issuer', type: ['Profile'], name: huge } } as never,
      ed.signer,
    );
    const r = await verify(token);
    expect(check(r, 'key')?.code).toBe('ERR_KEY_ISSUER_MISMATCH');
    expect(check(r, 'achievement')?.code).toBe('ERR_ACHIEVEMENT_ISSUER');
    for (const c of r.checks) expect(c.message.length, c.id).toBeLessThan(1000);
  });

  it('input.ts: other baked payloads in the same image are named in the report, not silently dropped', async () => {
    const token = await cat.issue();
    const r = await verify(
      tinyPng(iTXt('openbadgecredential', token), iTXt('openbadgecredential', 'e30.e30.e30')),
    );
    expect(r.verdict).toBe('verified');
    expect(r.container).toContain('1 other baked payload');
    expect(r.notes.join(' ')).toContain('1 other baked payload');
    expect(check(r, 'format')?.message).toContain('1 other baked payload');
  });
});
