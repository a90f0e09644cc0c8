/**
 * The verify page's samples (public/samples/) as one set through the passport, against the
 * catalog as the site publishes it: each badge carries exactly the verdict the verifier gives it
 * alone (report.ts `verdictOf`, never recomputed), labelled with the verifier's words; only
 * verified badges count, a left-out badge is explained by the verifier's headline, and something
 * that is not a badge at all is listed as unreadable.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { worldFromCatalog } from '../../../src/lib/catalog/recognition/from-catalog.ts';
import { DEFAULT_SITE } from '../../../src/lib/config.ts';
import { passportCatalog } from '../../../src/lib/passport/catalog.ts';
import { summarizePassport } from '../../../src/lib/passport/summary.ts';
import { verifySet, type PassportInput } from '../../../src/lib/passport/verify-set.ts';
import { VERDICT_LABELS } from '../../../src/lib/verify/report.ts';
import { verifyBadge } from '../../../src/lib/verify/verify.ts';
import { loadValidCatalog } from '../../../scripts/lib/catalog.ts';
import { registryFromContent } from '../../../scripts/lib/registry.ts';
import { REPO_ROOT } from '../../helpers/content.ts';

const DIR = join(REPO_ROOT, 'public/samples');
const CONTENT = join(REPO_ROOT, 'content');
const samples = JSON.parse(readFileSync(join(DIR, 'samples.json'), 'utf8')) as {
  file: string;
  verdict: string;
}[];
const bytes = (file: string) => {
  const b = readFileSync(join(DIR, file));
  return file.endsWith('.png') ? new Uint8Array(b) : b.toString('utf8');
};

describe('the samples as one passport', async () => {
  const registry = await registryFromContent(CONTENT, DEFAULT_SITE);
  const catalog = await loadValidCatalog(CONTENT);
  const pc = passportCatalog(
    DEFAULT_SITE,
    worldFromCatalog(catalog),
    (id) => catalog.stacks.get(id)?.data.ordered ?? false,
  );
  const inputs: PassportInput[] = [
    ...samples.map((s) => ({ name: s.file, data: bytes(s.file) })),
    { name: 'notes.txt', data: 'Dear principal, here are my badges.' },
  ];
  const set = await verifySet(inputs, { registry });
  const p = await summarizePassport(set, pc);

  it("each badge's verdict is the report's own, as the verifier gives it alone, with the verifier's label", async () => {
    for (const [i, s] of samples.entries()) {
      const line = p.badges[i];
      const alone = await verifyBadge(bytes(s.file), { registry });
      expect(line?.verdict, s.file).toBe(s.verdict);
      expect(line?.verdict, s.file).toBe(alone.verdict);
      expect(line?.verdictLabel, s.file).toBe(VERDICT_LABELS[alone.verdict]);
      if (alone.verdict !== 'verified') expect(line?.reason, s.file).toBe(`Not counted: ${alone.headline}`);
    }
    expect(p.badges.at(-1)).toMatchObject({ verdict: 'unreadable', counted: false });
    expect(p.badges.at(-1)?.reason).toMatch(/^Not counted: /);
  });

  it('only verified badges count: each credential once, nothing from the others', () => {
    const counted = p.badges.filter((b) => b.counted);
    expect(counted.every((b) => b.verdict === 'verified')).toBe(true);
    // The token, its PNG and SVG bakes are one credential; the Data Integrity badge is another.
    expect(counted.map((b) => b.source)).toEqual(['verified.jwt', 'data-integrity.json']);
    expect(p.badges.find((b) => b.source === 'verified.png')?.reason).toBe(
      'Not counted again: badge 1 is the same credential.',
    );
    expect(p.counted).toBe(2);
    expect(p.leftOut).toBe(samples.length + 1 - 2);
    expect(p.totals.credentials).toBe(2);
    expect(p.stacks.map((s) => [s.id, s.held, s.complete])).toEqual(
      expect.arrayContaining([
        ['formative-assessment-foundations', 1, false],
        ['adult-sel', 1, false],
      ]),
    );
  });

  it('badges that are not confirmed keep only what they claim: no catalog issuer, no credential', () => {
    for (const file of [
      'tampered.jwt',
      'forged.jwt',
      'lookalike.jwt',
      'outside-catalog.jwt',
      'unverifiable.json',
    ]) {
      const line = p.badges.find((b) => b.source === file);
      expect(line?.issuer.confirmed, file).toBe(false);
      expect(line?.credential, file).toBeUndefined();
      expect(line?.counted, file).toBe(false);
    }
    // A revoked badge is still its issuer's: confirmed, linked, and not counted.
    const revoked = p.badges.find((b) => b.source === 'revoked.jwt');
    expect(revoked).toMatchObject({ verdict: 'invalid', counted: false, issuer: { confirmed: true } });
    expect(revoked?.credential?.id).toBe('riverbend-usd/success-criteria');
  });
});
