/** The issuer check alone (src/lib/verify/checks/issuer.ts). */
import { describe, expect, it } from 'vitest';
import { issuerCheck } from '../../../../src/lib/verify/checks/issuer.ts';
import { catalogSigner, contextOf, runAlone, subjectOf } from '../../../helpers/checks.ts';
import { makeKey, testCatalog } from '../../../helpers/issuer.ts';

describe('issuer check', async () => {
  const key = await makeKey('ES256');
  const cat = await testCatalog({ keys: [key] });
  const credential = await cat.credential();
  const claiming = (issuer: Record<string, unknown>) =>
    runAlone(issuerCheck, subjectOf({ ...credential, issuer }), contextOf(cat));

  it('passes an issuer registered in the catalog', async () => {
    const ctx = contextOf(cat);
    expect(
      await runAlone(issuerCheck, subjectOf(credential, { signer: catalogSigner(key, ctx) }), ctx),
    ).toMatchObject({
      status: 'pass',
      message: 'Riverbend Unified School District is registered in this catalog.',
    });
  });

  it('without a checked signature, a registered issuer is only a claim: not confirmed, never a pass', async () => {
    const o = await runAlone(issuerCheck, subjectOf(credential), contextOf(cat));
    expect(o.status).toBe('skip');
    expect(o.message).toMatch(/^Not confirmed: the badge names Riverbend Unified School District/);
  });

  it('treats hidden text-direction characters in a name as look-alike evidence, with its own code', async () => {
    const o = await claiming({ id: 'https://acme.example/issuer', name: 'Hillcrest \u202eymedacA' });
    expect(o).toMatchObject({ status: 'warn', code: 'WARN_ISSUER_HIDDEN_CHARACTERS' });
    expect(o.message).toContain('RIGHT-TO-LEFT OVERRIDE (U+202E)');
    expect(o.message).not.toContain('\u202e');
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
