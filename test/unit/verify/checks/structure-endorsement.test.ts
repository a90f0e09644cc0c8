/**
 * An Open Badges 3.0 EndorsementCredential is its own kind of credential (checks/structure-endorsement.ts):
 * read and verified as an endorsement, never held to the shape of an OpenBadgeCredential.
 */
import { describe, expect, it } from 'vitest';
import { achievementCheck } from '../../../../src/lib/verify/checks/achievement.ts';
import { structureCheck } from '../../../../src/lib/verify/checks/structure.ts';
import { signCredentialJwt } from '../../../../src/lib/ob3/sign-jwt.ts';
import { verifyBadge } from '../../../../src/lib/verify/verify.ts';
import { contextOf, NOW, runAlone, subjectOf } from '../../../helpers/checks.ts';
import { ISSUER, makeKey, testCatalog, urls } from '../../../helpers/issuer.ts';

const endorsement = (over: Record<string, unknown> = {}) => ({
  '@context': [
    'https://www.w3.org/ns/credentials/v2',
    'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
  ],
  id: 'urn:uuid:6c1e1b7a-1111-4a2b-9c3d-000000000001',
  type: ['VerifiableCredential', 'EndorsementCredential'],
  name: 'Endorsement of the hinge-questions credential',
  issuer: { id: 'https://board.example/profile', type: ['Profile'], name: 'State Board' },
  validFrom: '2025-01-01T00:00:00Z',
  credentialSubject: {
    id: 'https://stackable.example/credentials/riverbend-usd/hinge-questions/',
    type: ['EndorsementSubject'],
    endorsementComment: 'Meets our standard for formative assessment.',
  },
  ...over,
});

describe('EndorsementCredential', () => {
  const ctx = contextOf(undefined);
  const structure = (c: Record<string, unknown>) => runAlone(structureCheck, subjectOf(c), ctx);

  it('a well-formed endorsement passes the structure check as an endorsement', async () => {
    const o = await structure(endorsement());
    expect(o).toMatchObject({ status: 'pass' });
    expect(o.message).toContain('endorsement');
  });
  it('without a name: an endorsement with a gap', async () => {
    const { name: _n, ...unnamed } = endorsement();
    expect(await structure(unnamed)).toMatchObject({ status: 'warn', code: 'WARN_STRUCTURE' });
  });
  it('without an EndorsementSubject, or without saying what it endorses: not the structure required', async () => {
    const noType = endorsement({ credentialSubject: { id: 'https://x.example/a' } });
    const noId = endorsement({ credentialSubject: { type: ['EndorsementSubject'] } });
    for (const c of [noType, noId])
      expect(await structure(c)).toMatchObject({ status: 'fail', code: 'ERR_STRUCTURE' });
    expect((await structure(noType)).detail).toContain('EndorsementSubject');
  });
  it('names no achievement, so the catalog credential row is skipped', async () => {
    expect(await runAlone(achievementCheck, subjectOf(endorsement()), ctx)).toMatchObject({ status: 'skip' });
  });
  it('an OpenBadgeCredential is still held to its own shape', async () => {
    const o = await structure(endorsement({ type: ['VerifiableCredential', 'OpenBadgeCredential'] }));
    expect(o).toMatchObject({ status: 'fail', code: 'ERR_STRUCTURE' });
  });

  it('a signed endorsement, pasted on its own, is read and verified as one', async () => {
    const key = await makeKey('ES256');
    const cat = await testCatalog({ keys: [key] });
    const token = await signCredentialJwt(
      endorsement({ issuer: { id: urls.profile(ISSUER), type: ['Profile'], name: 'Riverbend' } }),
      key.signer,
    );
    const r = await verifyBadge(token, { registry: cat.registry, now: NOW });
    expect(r.checks.find((c) => c.id === 'structure')).toMatchObject({ status: 'pass' });
    expect(r.checks.find((c) => c.id === 'proof')).toMatchObject({ status: 'pass' });
    expect(r.checks.find((c) => c.id === 'achievement')).toMatchObject({ status: 'skip' });
    expect(r.verdict).not.toBe('invalid');
  });
});
