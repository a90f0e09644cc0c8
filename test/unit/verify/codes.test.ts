/**
 * Every code in the table (src/lib/verify/errors.ts) is reachable, and each has a sentence that
 * names what was checked: a real input (or a check run alone on one) that gives it, and for each
 * code the row status its meaning gives. The table is typed by `CheckCode`, so a new code cannot
 * be added without a way to reach it here.
 */
import { exportJWK, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { achievementCheck } from '../../../src/lib/verify/checks/achievement.ts';
import { claimsCheck } from '../../../src/lib/verify/checks/claims.ts';
import { datesCheck } from '../../../src/lib/verify/checks/dates.ts';
import { endorsementsCheck } from '../../../src/lib/verify/checks/endorsements.ts';
import { issuerCheck } from '../../../src/lib/verify/checks/issuer.ts';
import { keyCheck } from '../../../src/lib/verify/checks/key.ts';
import { recipientCheck } from '../../../src/lib/verify/checks/recipient.ts';
import { statusCheck } from '../../../src/lib/verify/checks/status.ts';
import { structureCheck } from '../../../src/lib/verify/checks/structure.ts';
import { CODES, meaningOf, statusOf, type CheckCode } from '../../../src/lib/verify/errors.ts';
import { ed25519Multibase, signDataIntegrity } from '../../../src/lib/ob3/sign-data-integrity.ts';
import { signCredentialJwt } from '../../../src/lib/ob3/sign-jwt.ts';
import { Bitstring, encodeList } from '../../../src/lib/status/index.ts';
import type { Checks, Outcome } from '../../../src/lib/verify/pipeline/check.ts';
import { PIPELINE_IDS, runChecks } from '../../../src/lib/verify/pipeline/runner.ts';
import { RegistryIndex } from '../../../src/lib/verify/registry.ts';
import type { Check } from '../../../src/lib/verify/report.ts';
import { verifyBadge, type VerifyOptions } from '../../../src/lib/verify/verify.ts';
import { catalogSigner, contextOf, foreignSigner, NOW, runAlone, subjectOf } from '../../helpers/checks.ts';
import { signWithSuite } from '../../helpers/di-sign.ts';
import { ISSUER, makeKey, testCatalog, urls } from '../../helpers/issuer.ts';
import { vectorText } from '../../helpers/vectors.ts';

type Row = Pick<Check, 'status' | 'code'> | Outcome;

describe('the code table', async () => {
  const es = await makeKey('ES256');
  const ed = await makeKey('EdDSA');
  const retired = await makeKey('ES256', {
    validFrom: new Date('2020-01-01'),
    validUntil: new Date('2021-01-01'),
  });
  const revokedKey = await makeKey('ES256', {
    validFrom: new Date('2020-01-01'),
    revoked: { date: new Date('2021-01-01'), reason: 'stolen' },
  });
  const cat = await testCatalog({ keys: [es, ed, retired, revokedKey], revoked: [9] });
  const ctx = contextOf(cat);
  const credential = await cat.credential();
  const token = await cat.issue();
  const [head = '', body = '', sig = ''] = token.split('.');
  const header = JSON.parse(Buffer.from(head, 'base64url').toString()) as Record<string, unknown>;
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const withHeader = (over: Record<string, unknown>) => `${b64({ ...header, ...over })}.${body}.${sig}`;
  const vm = `${urls.profile(ISSUER)}#${ed25519Multibase(ed.privateJwk)}`;
  const di = (await signDataIntegrity(credential, ed.privateJwk, vm)) as Record<string, unknown>;
  const stranger = await exportJWK((await generateKeyPair('ES256', { extractable: true })).publicKey);

  const rowOf = async (input: string | Uint8Array, id: Check['id'], options: VerifyOptions = {}) => {
    const r = await verifyBadge(input, { registry: cat.registry, now: NOW, ...options });
    const row = r.checks.find((c) => c.id === id);
    if (!row) throw new Error(`no ${id} row`);
    return row;
  };
  const alone = <K extends keyof typeof checks>(
    name: K,
    c: Record<string, unknown>,
    extra = {},
    options = {},
  ) =>
    runAlone(
      checks[name] as never,
      subjectOf(c, extra) as never,
      contextOf(cat, options),
    ) as Promise<Outcome>;
  const checks = {
    structure: structureCheck,
    claims: claimsCheck,
    dates: datesCheck,
    key: keyCheck,
    issuer: issuerCheck,
    status: statusCheck,
    achievement: achievementCheck,
    endorsements: endorsementsCheck,
    recipient: recipientCheck,
  };
  const signer = catalogSigner(es, ctx);
  const withAchievement = (id: string, c = credential) => {
    const s = c.credentialSubject as { achievement: Record<string, unknown> };
    return { ...c, credentialSubject: { ...s, achievement: { ...s.achievement, id } } };
  };
  const status = (over: Record<string, unknown>) => ({
    ...(credential.credentialStatus as Record<string, unknown>),
    ...over,
  });
  const listUrl = 'https://lists.example/1';
  const list = async (purpose: string, length?: number, by = es) => {
    const bits = Bitstring.zeros(length);
    bits.set(3);
    return signCredentialJwt(
      {
        '@context': ['https://www.w3.org/ns/credentials/v2'],
        id: listUrl,
        type: ['VerifiableCredential', 'BitstringStatusListCredential'],
        issuer: urls.profile(ISSUER),
        validFrom: '2024-01-01T00:00:00Z',
        credentialSubject: {
          id: `${listUrl}#list`,
          type: 'BitstringStatusList',
          statusPurpose: purpose,
          encodedList: await encodeList(bits, { minBits: 0 }),
        },
      } as never,
      by.signer,
    );
  };
  const listed = async (purpose: string, entry: Record<string, unknown>, length?: number) =>
    alone(
      'status',
      { ...credential, credentialStatus: status({ statusListCredential: listUrl, ...entry }) },
      { signer },
      {
        resources: { documents: new Map([[listUrl, await list(purpose, length)]]) },
      },
    );
  const endorsed = async (kid: string, tamper = false) => {
    const e = await signCredentialJwt(
      {
        '@context': ['https://www.w3.org/ns/credentials/v2'],
        type: ['VerifiableCredential', 'EndorsementCredential'],
        issuer: 'did:example:board',
        validFrom: '2025-01-01T00:00:00Z',
        credentialSubject: { id: 'urn:x' },
      } as never,
      { alg: 'EdDSA', kid, privateJwk: ed.privateJwk },
    );
    return alone('endorsements', { ...credential, endorsementJwt: [tamper ? `${e.slice(0, -6)}AAAAAA` : e] });
  };

  const REACH: Record<CheckCode, () => Promise<Row>> = {
    ERR_INPUT_TOO_LARGE: () => rowOf('a'.repeat(6 * 1024 * 1024), 'format'),
    ERR_INPUT_EMPTY: () => rowOf(' ', 'format'),
    ERR_UNREADABLE: () => rowOf(`data:,data:,${token}`, 'format'),
    ERR_NOT_A_BADGE: () => rowOf('hello', 'format'),
    ERR_PRESENTATION: () => rowOf(vectorText('w3c-vc-jose-cose/presentation-jose-multiple.txt'), 'format'),
    ERR_JWS_MALFORMED: () => rowOf(`${b64([])}.${body}.${sig}`, 'format'),
    ERR_JSON_MALFORMED: () => rowOf('{"a":1,"a":2}', 'format'),
    ERR_ALG_NOT_ALLOWED: () => rowOf(withHeader({ alg: 'none' }), 'proof'),
    ERR_HEADER_NOT_ALLOWED: () => rowOf(withHeader({ crit: ['exp'] }), 'proof'),
    ERR_NO_PROOF: () => rowOf(JSON.stringify(credential), 'proof'),
    ERR_SIGNATURE_INVALID: () =>
      rowOf(
        `${head}.${b64({ a: 1, ...JSON.parse(Buffer.from(body, 'base64url').toString()) })}.${sig}`,
        'proof',
      ),
    ERR_SD_BASE_PROOF: () =>
      rowOf(vectorText('w3c-vc-di-ecdsa/ecdsa-sd-2023/prc/addSignedSDBase.json'), 'proof'),
    ERR_JSONLD_FORM: () => rowOf(JSON.stringify({ ...di, validUntil: ['2030-01-01T00:00:00Z'] }), 'proof'),
    ERR_KEY_MISSING: () => rowOf(withHeader({ kid: 'key-1' }), 'proof'),
    ERR_KEY_NOT_IN_CATALOG: () =>
      rowOf(withHeader({ kid: `${urls.root}issuers/${ISSUER}/keys/nothing.json` }), 'proof'),
    ERR_KEY_INVALID: () => rowOf(withHeader({ kid: 'did:jwk:eyJub3QiOiJhIGtleSJ9' }), 'proof'),
    ERR_KEY_UNRESOLVED: () => rowOf(withHeader({ kid: 'did:ion:EiAnKD8' }), 'proof'),
    ERR_PROOF_UNSUPPORTED: () =>
      rowOf(
        JSON.stringify({ ...di, proof: [{ ...(di.proof as object[])[0], cryptosuite: 'bbs-2023' }] }),
        'proof',
      ),
    ERR_CONTEXT_UNKNOWN: () =>
      rowOf(
        JSON.stringify({ ...di, '@context': [...(di['@context'] as string[]), 'https://evil.example/c'] }),
        'proof',
      ),
    ERR_TOO_COMPLEX: () =>
      rowOf(
        JSON.stringify({ ...di, evidence: Array.from({ length: 1100 }, (_, i) => ({ id: `urn:e:${i}` })) }),
        'proof',
      ),
    ERR_FETCH_NOT_ALLOWED: () => rowOf(withHeader({ kid: 'https://keys.example/1' }), 'proof'),
    ERR_FETCH_FAILED: () =>
      rowOf(withHeader({ kid: 'https://keys.example/1' }), 'proof', {
        resources: {
          fetch: async () => ({ status: 404, headers: { get: () => null }, text: async () => '' }),
        },
      }),
    WARN_DEPRECATED_SUITE: () =>
      rowOf(vectorText('w3c-vc-di-eddsa/Ed25519Signature2020/signedEdSig.json'), 'proof'),
    WARN_NONCONFORMANT_SUITE: async () =>
      rowOf(JSON.stringify(await signWithSuite(credential, ed.privateJwk, vm, 'eddsa-jcs-2022')), 'proof'),
    ERR_STRUCTURE: () =>
      alone('structure', { ...credential, type: ['VerifiableCredential'], credentialSubject: {} }),
    WARN_STRUCTURE: () =>
      alone('structure', {
        ...credential,
        credentialSubject: { ...(credential.credentialSubject as object), identifier: [] },
      }),
    NOT_OPEN_BADGE: () =>
      rowOf(vectorText('w3c-vc-di-eddsa/eddsa-rdfc-2022/signedDataInt.json'), 'structure'),
    ERR_CLAIMS_MISMATCH: () =>
      alone('claims', credential, {
        token: { jws: { token, header, payload: {}, ignored: [] }, payload: { iss: 'https://evil.example' } },
      }),
    ERR_KEY_ISSUER_MISMATCH: () =>
      alone('key', { ...credential, issuer: urls.profile('lakemont-cli') }, { signer }),
    ERR_KEY_REVOKED: () => alone('key', credential, { signer: catalogSigner(revokedKey, ctx) }),
    ERR_KEY_NOT_IN_FORCE: () => alone('key', credential, { signer: catalogSigner(retired, ctx) }),
    ERR_KEY_CONTROLLER: async () =>
      alone('key', credential, {
        signer: await foreignSigner(stranger, { source: 'did:key', controller: 'did:key:z' }),
      }),
    ERR_KEY_NOT_PUBLISHED: async () => alone('key', credential, { signer: await foreignSigner(stranger) }),
    WARN_KEY_UNKNOWN: async () =>
      alone(
        'key',
        { ...credential, issuer: 'https://elsewhere.example/i' },
        { signer: await foreignSigner(stranger) },
      ),
    WARN_NO_ISSUANCE_DATE: () => alone('key', credential, { signer: { ...signer, issuedAt: undefined } }),
    WARN_ISSUER_UNKNOWN: () => alone('issuer', { ...credential, issuer: 'https://elsewhere.example/i' }),
    WARN_ISSUER_HIDDEN_CHARACTERS: () =>
      alone('issuer', {
        ...credential,
        issuer: { id: 'https://x.example/i', name: 'Hillcrest \u202eymedacA' },
      }),
    WARN_ISSUER_LOOKALIKE: () =>
      alone('issuer', {
        ...credential,
        issuer: { id: 'https://x.example/i', name: 'Riverbend Unified School District' },
      }),
    ERR_NOT_YET_VALID: () => alone('dates', { ...credential, validFrom: '2030-01-01T00:00:00Z' }),
    ERR_EXPIRED: () => alone('dates', { ...credential, validUntil: '2026-01-01T00:00:00Z' }),
    WARN_NO_VALID_FROM: () => alone('dates', { ...credential, validFrom: undefined }),
    ERR_REVOKED: () =>
      alone('status', { ...credential, credentialStatus: status({ statusListIndex: '9' }) }, { signer }),
    ERR_SUSPENDED: () => listed('suspension', { statusPurpose: 'suspension', statusListIndex: '3' }),
    ERR_STATUS_ENTRY: () =>
      alone('status', { ...credential, credentialStatus: status({ statusListIndex: 'x' }) }, { signer }),
    WARN_STATUS_SIGNER: async () =>
      alone(
        'status',
        {
          ...credential,
          issuer: 'https://elsewhere.example/i',
          credentialStatus: status({ statusListCredential: listUrl }),
        },
        { signer },
        { resources: { documents: new Map([[listUrl, await list('revocation', undefined, ed)]]) } },
      ),
    WARN_STATUS_SHORT_LIST: () => listed('revocation', { statusListIndex: '4' }, 1024),
    ERR_STATUS_RANGE: () => listed('revocation', { statusListIndex: '99999999' }),
    ERR_STATUS_PURPOSE: () => listed('suspension', { statusListIndex: '3' }),
    ERR_STATUS_LIST: () =>
      alone(
        'status',
        { ...credential, credentialStatus: status({ statusListCredential: listUrl }) },
        { signer },
        {
          resources: { documents: new Map([[listUrl, '{"not":"signed"}']]) },
        },
      ),
    WARN_STATUS_UNSUPPORTED: () =>
      alone('status', { ...credential, credentialStatus: { type: 'StatusList2017' } }),
    WARN_DEPRECATED_STATUS: () =>
      alone(
        'status',
        { ...credential, credentialStatus: { id: listUrl, type: '1EdTechRevocationList' } },
        {},
        {
          resources: { documents: new Map([[listUrl, '{"revokedCredentials":[]}']]) },
        },
      ),
    ERR_ACHIEVEMENT_UNKNOWN: () =>
      alone('achievement', withAchievement(urls.achievement(`${ISSUER}/invented`))),
    ERR_ACHIEVEMENT_ISSUER: () =>
      alone('achievement', { ...credential, issuer: 'https://elsewhere.example/i' }),
    ERR_ACHIEVEMENT_DRAFT: () => {
      const registry = structuredClone(cat.registry);
      for (const c of registry.credentials) c.status = 'draft';
      return runAlone(
        achievementCheck,
        subjectOf(credential),
        contextOf(undefined, { registry: new RegistryIndex(registry) }),
      );
    },
    WARN_ACHIEVEMENT_EXTERNAL: () =>
      alone(
        'achievement',
        withAchievement('https://elsewhere.example/a', {
          ...credential,
          issuer: 'https://elsewhere.example/i',
        }),
      ),
    WARN_ENDORSEMENT_INVALID: () => endorsed(`did:key:${ed25519Multibase(ed.privateJwk)}`, true),
    WARN_ENDORSEMENT: () => endorsed('https://board.example/key'),
    ERR_RECIPIENT_MISMATCH: () => alone('recipient', credential, {}, { recipientEmail: 'eve@example.org' }),
    WARN_NO_EMAIL_IDENTIFIER: () =>
      alone(
        'recipient',
        { ...credential, credentialSubject: { ...(credential.credentialSubject as object), identifier: [] } },
        {},
        { recipientEmail: 'a@b.org' },
      ),
    ERR_INTERNAL: async () => {
      const throwing = Object.fromEntries(
        PIPELINE_IDS.map((id) => [
          id,
          {
            id,
            run: () => {
              throw new TypeError('bug');
            },
          },
        ]),
      ) as unknown as Checks<object>;
      const { rows } = await runChecks(throwing, {}, ctx);
      return rows[0] as Check;
    },
  };

  for (const [code, reach] of Object.entries(REACH) as [CheckCode, () => Promise<Row>][]) {
    it(`${code} (${meaningOf(code)}) is reachable, as a ${statusOf(code)} row`, async () => {
      expect(await reach()).toMatchObject({ code, status: statusOf(code) });
    });
  }

  it('every code has a sentence that names what was checked, never "the badge" for something else', () => {
    for (const [code, { says }] of Object.entries(CODES)) {
      const sentence = says('the status list');
      expect(sentence, code).toMatch(/^[A-Z]/);
      expect(sentence, code).not.toMatch(/[.]$/);
      expect(sentence, code).not.toContain('the badge');
      expect(sentence.length, code).toBeGreaterThan(15);
    }
  });
});
