/** The issuer check alone (src/lib/verify/checks/issuer.ts). */
import { describe, expect, it } from 'vitest';
import { issuerCheck } from '../../../../src/lib/verify/checks/issuer.ts';
import { contextOf, runAlone, subjectOf } from '../../../helpers/checks.ts';
import { testCatalog } from '../../../helpers/issuer.ts';

describe('issuer check', async () => {
  const cat = await testCatalog();
  const credential = await cat.credential();
  const claiming = (issuer: Record<string, unknown>) =>
    runAlone(issuerCheck, subjectOf({ ...credential, issuer }), contextOf(cat));

  it('passes an issuer registered in the catalog', async () => {
    expect(await runAlone(issuerCheck, subjectOf(credential), contextOf(cat))).toMatchObject({
      status: 'pass',
      message: 'Riverbend Unified School District is registered in this catalog.',
    });
  });

  it('warns for an issuer the catalog does not know', async () => {
    expect(await claiming({ id: 'https://acme.example/issuer', name: 'Acme Academy' })).toMatchObject({
      status: 'warn',
      code: 'WARN_ISSUER_UNKNOWN',
    });
  });

  it('names the registered issuer an unknown one imitates', async () => {
    const o = await claiming({
      id: 'https://acme.example/issuer',
      name: 'Rіverbend Unіfіed Sсhool Dіstrіct',
    });
    expect(o).toMatchObject({ status: 'warn', code: 'WARN_ISSUER_LOOKALIKE' });
    expect(o.message).toContain('does not come from Riverbend Unified School District');
  });
});
