/**
 * A status list's two published forms (docs/architecture.md, "Issuer identities"): the tools
 * write the Data Integrity form beside the VC-JWT for an Ed25519 signer and keep both in step on
 * revoke (scripts/lib/status-store.ts); the content check refuses a file whose forms disagree or
 * whose Data Integrity proof is not the issuer's (src/lib/catalog/rules/status-list-forms.ts).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt } from 'jose';
import { afterAll, describe, expect, it } from 'vitest';
import { dataIntegrityFormProblem, thumbprintOf } from '../../../src/lib/catalog/rules/status-list-forms.ts';
import type { StatusFile } from '../../../src/lib/catalog/schema/status-file.ts';
import { issuerDid, methodId } from '../../../src/lib/ob3/issuer-did.ts';
import { signDataIntegrity } from '../../../src/lib/ob3/sign-data-integrity.ts';
import { decodeList } from '../../../src/lib/status/index.ts';
import {
  openList,
  readStatusFile,
  reserveIndex,
  revokeIndex,
  signListDataIntegrity,
} from '../../../scripts/lib/status-store.ts';
import { ISSUER, makeKey, urls, type TestKey } from '../../helpers/issuer.ts';

const DID = issuerDid(urls, ISSUER);
const signer = (k: TestKey) => ({ ...k.signer, kid: methodId(DID, k.kid), published: k.published });
const bitsOf = async (encoded: unknown, index: number) => (await decodeList(String(encoded))).get(index);
const encodedList = (c: unknown) =>
  (c as { credentialSubject: { encodedList: string } }).credentialSubject.encodedList;

const dirs: string[] = [];
const content = async () => {
  const d = await mkdtemp(join(tmpdir(), 'stackable-lists-'));
  dirs.push(d);
  return d;
};
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('thumbprintOf', () => {
  it('reads the thumbprint from a DID verification method and from a key URL', () => {
    const t = 'a'.repeat(43);
    expect(thumbprintOf(`${DID}#${t}`)).toBe(t);
    expect(thumbprintOf(urls.key(ISSUER, t))).toBe(t);
    expect(thumbprintOf(`${DID}#short`)).toBeUndefined();
    expect(thumbprintOf(undefined)).toBeUndefined();
  });
});

describe('the tools keep both forms', async () => {
  const ed = await makeKey('EdDSA');
  const es = await makeKey('ES256');

  it('an Ed25519 signer opens a list in both forms, issued by the DID, that the content check accepts', async () => {
    const { file } = await openList(await content(), ISSUER, signer(ed), urls);
    expect(file.dataIntegrity?.type).toContain('BitstringStatusListCredential');
    expect((file.dataIntegrity as { issuer?: unknown }).issuer).toBe(DID);
    expect(decodeJwt(file.credential).iss).toBe(DID);
    expect(await dataIntegrityFormProblem(file, [ed.published])).toBeUndefined();
  });

  it('an ES256 signer opens a JWT-only list, which gains its Data Integrity form once an Ed25519 key opens it', async () => {
    const dir = await content();
    const first = await openList(dir, ISSUER, signer(es), urls);
    expect(first.file.dataIntegrity).toBeUndefined();
    const again = await openList(dir, ISSUER, signer(ed), urls);
    expect(again.path).toBe(first.path);
    expect(again.file.dataIntegrity).toBeDefined();
    expect(
      await dataIntegrityFormProblem(await readStatusFile(again.path), [es.published, ed.published]),
    ).toBeUndefined();
  });

  it('revoke sets the bit in both forms', async () => {
    const { path } = await openList(await content(), ISSUER, signer(ed), urls);
    const { index } = await reserveIndex(path);
    expect(await revokeIndex(path, index, signer(ed), urls, signer(ed))).toBe(true);
    const file = await readStatusFile(path);
    expect(await bitsOf(encodedList(decodeJwt(file.credential)), index)).toBe(true);
    expect(await bitsOf(encodedList(file.dataIntegrity), index)).toBe(true);
    expect(await dataIntegrityFormProblem(file, [ed.published])).toBeUndefined();
  });

  it('revoke refuses to leave the Data Integrity form behind when no Ed25519 key can sign it', async () => {
    const dir = await content();
    const { path } = await openList(dir, ISSUER, signer(ed), urls);
    const { index } = await reserveIndex(path);
    await expect(revokeIndex(path, index, signer(es), urls)).rejects.toThrow(/Data Integrity.*Ed25519/);
    const file = await readStatusFile(path);
    expect(await bitsOf(encodedList(decodeJwt(file.credential)), index)).toBe(false);
  });
});

describe('the content check on the Data Integrity form', async () => {
  const ed = await makeKey('EdDSA');
  const other = await makeKey('EdDSA');
  const { file } = await openList(await content(), ISSUER, signer(ed), urls);
  const di = file.dataIntegrity as NonNullable<StatusFile['dataIntegrity']>;

  it('refuses a form that carries other bits than the JWT', async () => {
    const { path } = await openList(await content(), ISSUER, signer(ed), urls);
    const { index } = await reserveIndex(path);
    await revokeIndex(path, index, signer(ed), urls, signer(ed));
    const revoked = await readStatusFile(path);
    expect(
      await dataIntegrityFormProblem({ ...file, dataIntegrity: revoked.dataIntegrity }, [ed.published]),
    ).toMatch(/same list/);
  });

  it('refuses a form signed by a key the issuer does not publish', async () => {
    const forged = await signListDataIntegrity(
      ISSUER,
      file.list,
      await decodeList(encodedList(di)),
      { ...signer(other) },
      urls,
    );
    expect(await dataIntegrityFormProblem({ ...file, dataIntegrity: forged }, [ed.published])).toMatch(
      /not signed by an Ed25519 key the issuer publishes/,
    );
  });

  it('refuses a form signed by a revoked key of the issuer', async () => {
    const revokedKey = {
      ...ed.published,
      revoked: { date: new Date('2021-01-01T00:00:00Z'), reason: 'key compromise' },
    };
    expect(await dataIntegrityFormProblem(file, [revokedKey])).toMatch(/not signed by an Ed25519 key/);
  });

  it('refuses a form whose signature does not verify', async () => {
    const { proof: _proof, ...unsigned } = di as Record<string, unknown>;
    const resigned = await signDataIntegrity(
      { ...unsigned, validFrom: '2020-01-01T00:00:00Z' },
      other.privateJwk,
      methodId(DID, ed.kid),
    );
    expect(
      await dataIntegrityFormProblem({ ...file, dataIntegrity: resigned as unknown as typeof di }, [
        ed.published,
      ]),
    ).toMatch(/does not verify|cannot be checked/);
  });
});
