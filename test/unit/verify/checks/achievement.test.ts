/** The catalog-credential check alone (src/lib/verify/checks/achievement.ts). */
import { describe, expect, it } from 'vitest';
import { achievementCheck } from '../../../../src/lib/verify/checks/achievement.ts';
import { RegistryIndex } from '../../../../src/lib/verify/registry.ts';
import { contextOf, runAlone, subjectOf } from '../../../helpers/checks.ts';
import { CREDENTIAL, testCatalog, urls } from '../../../helpers/issuer.ts';

describe('achievement check', async () => {
  const cat = await testCatalog();
  const credential = await cat.credential();
  const withAchievement = (id: string) => {
    const subject = credential.credentialSubject as { achievement: Record<string, unknown> };
    return { ...credential, credentialSubject: { ...subject, achievement: { ...subject.achievement, id } } };
  };

  it('passes a credential of this catalog and learns which it is', async () => {
    const o = await runAlone(achievementCheck, subjectOf(credential), contextOf(cat));
    expect(o.status).toBe('pass');
    expect(o.learned?.listed).toMatchObject({ id: CREDENTIAL, status: 'active' });
  });

  it("fails an achievement the catalog issuer does not publish; warns for another catalog's", async () => {
    const invented = withAchievement(urls.achievement('riverbend-usd/invented'));
    expect(await runAlone(achievementCheck, subjectOf(invented), contextOf(cat))).toMatchObject({
      status: 'fail',
      code: 'ERR_ACHIEVEMENT_UNKNOWN',
    });
    const external = {
      ...withAchievement('https://elsewhere.example/a/1'),
      issuer: 'https://elsewhere.example/i',
    };
    expect(await runAlone(achievementCheck, subjectOf(external), contextOf(cat))).toMatchObject({
      status: 'warn',
      code: 'WARN_ACHIEVEMENT_EXTERNAL',
    });
  });

  it('fails a catalog credential claimed by another issuer, and one still in draft', async () => {
    const stolen = { ...credential, issuer: { id: 'https://elsewhere.example/i', name: 'Elsewhere' } };
    expect(await runAlone(achievementCheck, subjectOf(stolen), contextOf(cat))).toMatchObject({
      status: 'fail',
      code: 'ERR_ACHIEVEMENT_ISSUER',
    });
    const registry = structuredClone(cat.registry);
    for (const c of registry.credentials) c.status = 'draft';
    const ctx = contextOf(undefined, { registry: new RegistryIndex(registry) });
    expect(await runAlone(achievementCheck, subjectOf(credential), ctx)).toMatchObject({
      status: 'fail',
      code: 'ERR_ACHIEVEMENT_DRAFT',
    });
  });
});
