/**
 * Suites that cannot be checked are said plainly (bbs-2023), and a proof relabelled to any other
 * suite this verifier knows never verifies: each suite reads its own signature from its own members
 * and checks it under its own rules.
 */
import { describe, expect, it } from 'vitest';
import { meaningOf, type CheckCode } from '../../../../src/lib/verify/errors.ts';
import { verifyBadge } from '../../../../src/lib/verify/verify.ts';
import { ecKey, signEcdsa } from '../../../helpers/ecdsa-sign.ts';
import { testCatalog } from '../../../helpers/issuer.ts';

const NOW = new Date('2026-06-01T00:00:00Z');
const LABELS: Record<string, unknown>[] = [
  { type: 'DataIntegrityProof', cryptosuite: 'ecdsa-rdfc-2019' },
  { type: 'DataIntegrityProof', cryptosuite: 'ecdsa-jcs-2019' },
  { type: 'DataIntegrityProof', cryptosuite: 'ecdsa-sd-2023' },
  { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022' },
  { type: 'DataIntegrityProof', cryptosuite: 'eddsa-jcs-2022' },
  { type: 'DataIntegrityProof', cryptosuite: 'eddsa-2022' },
  { type: 'DataIntegrityProof', cryptosuite: 'bbs-2023' },
  { type: 'Ed25519Signature2020', cryptosuite: undefined },
  { type: 'Ed25519Signature2018', cryptosuite: undefined },
];

describe('relabelled and uncheckable proofs', async () => {
  const cat = await testCatalog();
  const key = await ecKey('P-256');
  const badge = await signEcdsa(await cat.credential(), key.privateJwk, key.didKey, 'ecdsa-rdfc-2019');
  const proof = badge.proof as Record<string, unknown>;
  const row = async (label: Record<string, unknown>) => {
    const relabelled = { ...badge, proof: { ...proof, ...label } };
    const r = await verifyBadge(JSON.stringify(relabelled), { registry: cat.registry, now: NOW });
    return r.checks.find((c) => c.id === 'proof');
  };

  it('bbs-2023 is reported plainly as a proof that cannot be checked here', async () => {
    const r = await row({ cryptosuite: 'bbs-2023' });
    expect(r).toMatchObject({ status: 'warn', code: 'ERR_PROOF_UNSUPPORTED' });
    expect(r?.message).toMatch(/bbs-2023.*cannot be checked here/);
  });
  for (const label of LABELS.slice(1)) {
    it(`an ecdsa-rdfc-2019 proof relabelled ${String(label.cryptosuite ?? label.type)} is never valid`, async () => {
      const r = await row(label);
      expect(r?.status).not.toBe('pass');
      // Either the signature fails, or it could not be checked: never a caution about a valid signature.
      expect(['failed', 'unknown']).toContain(meaningOf(r?.code as CheckCode));
    });
  }
});
