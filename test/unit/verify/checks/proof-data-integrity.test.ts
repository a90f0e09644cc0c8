/**
 * The JSON credential format alone (src/lib/verify/formats/vc-json.ts): how it reads JSON, and its
 * Data Integrity proof check run by itself, suite by suite.
 */
import { describe, expect, it } from 'vitest';
import { ed25519Multibase, signDataIntegrity } from '../../../../src/lib/ob3/sign-data-integrity.ts';
import { vcJson } from '../../../../src/lib/verify/formats/vc-json.ts';
import type { CredentialSubject } from '../../../../src/lib/verify/subject.ts';
import { contextOf } from '../../../helpers/checks.ts';
import { signWithSuite } from '../../../helpers/di-sign.ts';
import { makeKey, testCatalog, urls, ISSUER } from '../../../helpers/issuer.ts';
import { vectorText } from '../../../helpers/vectors.ts';

describe('JSON with Data Integrity: reading and its proof check', async () => {
  const ed = await makeKey('EdDSA');
  const cat = await testCatalog({ keys: [ed] });
  const ctx = contextOf(cat);
  const vm = `${urls.profile(ISSUER)}#${ed25519Multibase(ed.privateJwk)}`;
  const credential = await cat.credential();
  const signed = (await signDataIntegrity(
    credential,
    ed.privateJwk,
    vm,
    new Date('2025-04-01T00:00:00Z'),
  )) as Record<string, unknown>;
  const subject = async (json: unknown): Promise<CredentialSubject> => {
    const r = await vcJson.read(json, 'text', ctx);
    if (!r.ok) throw new Error(r.row.message);
    return r.subject;
  };
  const prove = async (json: unknown) => vcJson.checks.proof.run(await subject(json), ctx);

  it('reads a credential; refuses JSON that is none', async () => {
    expect(await vcJson.read(signed, 'text', ctx)).toMatchObject({
      ok: true,
      subject: { format: 'ob3-json-data-integrity' },
    });
    expect(await vcJson.read({ hello: 1 }, 'text', ctx)).toMatchObject({
      ok: false,
      row: { code: 'ERR_NOT_A_BADGE' },
    });
  });

  it('passes an eddsa-rdfc-2022 proof by a catalog key; the issuance date is the proof’s', async () => {
    const o = await prove(signed);
    expect(o.status).toBe('pass');
    expect(o.message).toContain('eddsa-rdfc-2022');
    expect(o.learned?.signer?.key.source).toBe('catalog');
    expect(o.learned?.signer?.issuedAt).toBe(Date.parse('2025-04-01T00:00:00Z'));
  });

  it('fails a credential with no proof; throws for one changed after signing', async () => {
    expect(await prove(credential)).toMatchObject({ status: 'fail', code: 'ERR_NO_PROOF' });
    await expect(prove({ ...signed, name: 'Something grander' })).rejects.toMatchObject({
      code: 'ERR_SIGNATURE_INVALID',
    });
  });

  it('warns for a deprecated suite and for a suite outside Open Badges 3.0 conformance', async () => {
    const legacy = JSON.parse(vectorText('w3c-vc-di-eddsa/Ed25519Signature2020/signedEdSig.json')) as unknown;
    expect(await prove(legacy)).toMatchObject({ status: 'warn', code: 'WARN_DEPRECATED_SUITE' });
    const jcs = await signWithSuite(credential, ed.privateJwk, vm, 'eddsa-jcs-2022');
    expect(await prove(jcs)).toMatchObject({ status: 'warn', code: 'WARN_NONCONFORMANT_SUITE' });
  });
});
