/**
 * The samples on the verify page (public/samples/, made by scripts/make-samples.ts with the seed
 * issuers' published keys): each gives the verdict its manifest promises against the catalog as
 * the site publishes it, forged and look-alike ones get no catalog name, artwork or link, and
 * the private halves of the seed keys are nowhere in the repository.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyBadge } from '../../../src/lib/verify/verify.ts';
import { registryFromContent } from '../../../scripts/lib/registry.ts';
import { DEFAULT_SITE } from '../../../src/lib/config.ts';
import { REPO_ROOT } from '../../helpers/content.ts';

interface Sample {
  file: string;
  label: string;
  verdict: string;
  about: string;
}
const DIR = join(REPO_ROOT, 'public/samples');
const samples = JSON.parse(readFileSync(join(DIR, 'samples.json'), 'utf8')) as Sample[];

describe('the samples on the verify page', async () => {
  const registry = await registryFromContent(join(REPO_ROOT, 'content'), DEFAULT_SITE);
  const verify = (file: string) => {
    const bytes = readFileSync(join(DIR, file));
    return verifyBadge(file.endsWith('.png') ? new Uint8Array(bytes) : bytes.toString('utf8'), { registry });
  };

  it('cover every verdict a badge can get but unreadable, and every kind the issue names', () => {
    expect(new Set(samples.map((s) => s.verdict))).toEqual(
      new Set(['verified', 'warnings', 'unverified', 'invalid']),
    );
    for (const f of [
      'verified.jwt',
      'verified.png',
      'verified.svg',
      'revoked.jwt',
      'expired.jwt',
      'tampered.jwt',
      'outside-catalog.jwt',
      'data-integrity.json',
    ])
      expect(samples.map((s) => s.file)).toContain(f);
    expect(readdirSync(DIR).sort()).toEqual([...samples.map((s) => s.file), 'samples.json'].sort());
  });

  for (const s of samples)
    it(`${s.file}: ${s.verdict}`, async () => {
      const r = await verify(s.file);
      expect(r.verdict, r.headline).toBe(s.verdict);
    });

  it('forged and look-alike samples get no catalog name, artwork or link', async () => {
    for (const file of ['forged.jwt', 'lookalike.jwt', 'outside-catalog.jwt', 'unverifiable.json']) {
      const r = await verify(file);
      expect(r.confirmed, file).toBe(false);
      expect(r.catalog, file).toEqual({});
      expect(r.summary.image, file).toBeUndefined();
    }
    expect((await verify('lookalike.jwt')).headline).toMatch(/^Look-alike issuer: /);
  });

  it('a revoked sample is still its issuer’s badge: confirmed, with the catalog link', async () => {
    const r = await verify('revoked.jwt');
    expect(r.confirmed).toBe(true);
    expect(r.catalog.credential?.id).toBe('riverbend-usd/success-criteria');
  });

  it('the seed issuers publish keys, and no private half is anywhere in content/ or public/', () => {
    for (const issuer of ['riverbend-usd', 'open-practice-collaborative', 'lakemont-cli']) {
      const text = readFileSync(join(REPO_ROOT, 'content/issuers', `${issuer}.md`), 'utf8');
      expect(text, issuer).toMatch(/^keys:\n {2}- kid: /m);
      expect(text, issuer).not.toMatch(/^\s+d: /m);
    }
    for (const file of readdirSync(DIR))
      expect(readFileSync(join(DIR, file)).toString('latin1'), file).not.toMatch(/"d"\s*:/);
  });
});
