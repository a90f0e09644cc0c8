/** The structure check alone (src/lib/verify/checks/structure.ts). */
import { describe, expect, it } from 'vitest';
import { structureCheck } from '../../../../src/lib/verify/checks/structure.ts';
import { contextOf, runAlone, subjectOf } from '../../../helpers/checks.ts';
import { testCatalog } from '../../../helpers/issuer.ts';

const ctx = contextOf(undefined);
const run = (c: Record<string, unknown>) => runAlone(structureCheck, subjectOf(c), ctx);

describe('structure check', async () => {
  const cat = await testCatalog();
  const good = await cat.credential();

  it('passes a credential as the catalog issues it', async () => {
    expect(await run(good)).toMatchObject({ status: 'pass' });
  });

  it('fails an Open Badge missing what OB 3.0 requires, listing each gap', async () => {
    const { id: _id, ...noId } = good;
    const subject = good.credentialSubject as Record<string, unknown>;
    const o = await run({ ...noId, credentialSubject: { ...subject, achievement: { id: 'x' } } });
    expect(o).toMatchObject({ status: 'fail', code: 'ERR_STRUCTURE' });
    expect(o.detail).toContain('the credential has no id');
    expect(o.detail).toContain('achievement.name is missing');
  });

  it('warns when the subject can be tied to no one', async () => {
    const subject = { ...(good.credentialSubject as Record<string, unknown>) };
    delete subject.id;
    delete subject.identifier;
    expect(await run({ ...good, credentialSubject: subject })).toMatchObject({
      status: 'warn',
      code: 'WARN_STRUCTURE',
    });
  });

  it('says a plain verifiable credential is not an Open Badge, and a broken one is not well-formed', async () => {
    const plain = {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: ['VerifiableCredential'],
      issuer: 'did:example:1',
      credentialSubject: { id: 'did:example:2' },
    };
    expect(await run(plain)).toMatchObject({ status: 'warn', code: 'NOT_OPEN_BADGE' });
    expect(await run({ ...plain, type: ['Thing'] })).toMatchObject({ status: 'fail', code: 'ERR_STRUCTURE' });
  });

  it('names the older VC 1.1 form', async () => {
    const v1 = {
      ...good,
      '@context': [
        'https://www.w3.org/2018/credentials/v1',
        'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      ],
      issuanceDate: good.validFrom,
    };
    expect((await run(v1)).message).toContain('VC 1.1');
  });
});
