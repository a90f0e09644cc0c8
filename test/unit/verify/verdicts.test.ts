/**
 * The five verdicts and what the card may show (issue 14; docs/architecture.md, "Verdicts"): the
 * verdict rule alone on rows, the headline per verdict, `confirmedBy`, the runner still checking
 * dates and status behind a signature that could not be checked, and end to end on badges of the
 * in-memory catalog: forged and look-alike badges get no catalog name, artwork or link.
 */
import { exportJWK, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { signCredentialJwt } from '../../../src/lib/ob3/sign-jwt.ts';
import { headlineOf } from '../../../src/lib/verify/headline.ts';
import { SIGNATURE_GATE, type Checks } from '../../../src/lib/verify/pipeline/check.ts';
import { PIPELINE_IDS, runChecks } from '../../../src/lib/verify/pipeline/runner.ts';
import {
  CHECK_IDS,
  confirmedBy,
  verdictOf,
  VERDICT_LABELS,
  VERDICTS,
  type Check,
  type CheckId,
} from '../../../src/lib/verify/report.ts';
import { verifyBadge } from '../../../src/lib/verify/verify.ts';
import { contextOf, NOW } from '../../helpers/checks.ts';
import { makeKey, testCatalog } from '../../helpers/issuer.ts';

type Row = Pick<Check, 'status' | 'code' | 'message'>;
const rows = (over: Partial<Record<CheckId, Row>>): Check[] =>
  CHECK_IDS.map((id) => ({
    id,
    title: id,
    status: 'pass',
    message: `${id} passed.`,
    ...over[id],
  }));

describe('verdictOf, alone', () => {
  it('has five verdicts, each with its own label', () => {
    expect(VERDICTS).toEqual(['verified', 'warnings', 'unverified', 'invalid', 'unreadable']);
    expect(new Set(Object.values(VERDICT_LABELS)).size).toBe(5);
  });

  it('verified only when every row passes or is skipped', () => {
    expect(verdictOf(rows({}))).toBe('verified');
    expect(verdictOf(rows({ endorsements: { status: 'skip', message: 'none' } }))).toBe('verified');
  });

  it('unverified when the signature could not be checked, whatever else passed', () => {
    const proof: Row = { status: 'warn', code: 'ERR_PROOF_UNSUPPORTED', message: 'unsupported' };
    expect(verdictOf(rows({ proof }))).toBe('unverified');
    expect(verdictOf(rows({ proof, key: { status: 'skip', message: 'x' } }))).toBe('unverified');
    expect(verdictOf(rows({ proof: { status: 'skip', message: 'x' } }))).toBe('unverified');
  });

  it('warnings when the signature is genuine, even from a deprecated suite, and something else warns', () => {
    const deprecated: Row = { status: 'warn', code: 'WARN_DEPRECATED_SUITE', message: 'deprecated' };
    expect(verdictOf(rows({ proof: deprecated }))).toBe('warnings');
    expect(verdictOf(rows({ key: { status: 'warn', code: 'WARN_KEY_UNKNOWN', message: 'k' } }))).toBe(
      'warnings',
    );
  });

  it('invalid when any row fails, even behind a signature that could not be checked (an expired badge is expired)', () => {
    expect(
      verdictOf(
        rows({
          proof: { status: 'warn', code: 'ERR_CONTEXT_UNKNOWN', message: 'c' },
          dates: { status: 'fail', code: 'ERR_EXPIRED', message: 'expired' },
        }),
      ),
    ).toBe('invalid');
  });

  it('unreadable when the format row fails', () => {
    expect(verdictOf(rows({ format: { status: 'fail', code: 'ERR_UNREADABLE', message: 'no' } }))).toBe(
      'unreadable',
    );
  });
});

describe('headlineOf, alone', () => {
  it('puts the most important reason first, per verdict', () => {
    const revokedAndExpired = rows({
      dates: { status: 'fail', code: 'ERR_EXPIRED', message: 'The badge expired on 2026-01-01.' },
      status: { status: 'fail', code: 'ERR_REVOKED', message: 'The issuer has revoked this badge.' },
    });
    expect(headlineOf('invalid', revokedAndExpired)).toBe(
      'Do not rely on this badge. The issuer has revoked this badge.',
    );
    const unknownKey = rows({
      key: {
        status: 'warn',
        code: 'WARN_KEY_UNKNOWN',
        message: 'Signed with a key this catalog does not publish.',
      },
      issuer: { status: 'warn', code: 'WARN_ISSUER_UNKNOWN', message: 'Not registered.' },
    });
    // The issuer first: who it is (not) matters more to a principal than whose key it was.
    expect(headlineOf('warnings', unknownKey)).toBe(
      'The signature is genuine and nothing failed, but not everything could be vouched for: Not registered.',
    );
    expect(
      headlineOf(
        'unverified',
        rows({ proof: { status: 'warn', code: 'ERR_PROOF_UNSUPPORTED', message: 'It uses bbs-2023.' } }),
      ),
    ).toBe(
      'The signature could not be checked, so nothing in this badge can be relied on. It uses bbs-2023.',
    );
  });

  it('calls out a look-alike issuer before anything else, whatever the verdict', () => {
    const lookalike: Row = {
      status: 'warn',
      code: 'WARN_ISSUER_LOOKALIKE',
      message: '“Rіverbend” is not registered in this catalog.',
    };
    for (const verdict of ['warnings', 'unverified', 'invalid'] as const)
      expect(headlineOf(verdict, rows({ issuer: lookalike }))).toMatch(/^Look-alike issuer: “Rіverbend”/);
    expect(
      headlineOf('warnings', rows({ issuer: { ...lookalike, code: 'WARN_ISSUER_HIDDEN_CHARACTERS' } })),
    ).toMatch(/^Look-alike issuer:/);
  });
});

describe('confirmedBy, alone', () => {
  it('needs the signature, the key and the issuer', () => {
    expect(confirmedBy(rows({}))).toBe(true);
    expect(confirmedBy(rows({ key: { status: 'warn', code: 'WARN_KEY_UNKNOWN', message: 'k' } }))).toBe(
      false,
    );
    expect(confirmedBy(rows({ issuer: { status: 'skip', message: 'Not confirmed' } }))).toBe(false);
    expect(confirmedBy(rows({ proof: { status: 'warn', code: 'ERR_KEY_UNRESOLVED', message: 'p' } }))).toBe(
      false,
    );
  });
});

describe('the runner behind a signature that could not be checked', () => {
  it('still runs the issuer, dates and status (their passes marked as claims), and nothing else', async () => {
    const ran: string[] = [];
    const checks = Object.fromEntries(
      PIPELINE_IDS.map((id) => [
        id,
        {
          id,
          ...(id === 'proof' ? { gate: SIGNATURE_GATE } : {}),
          run: () => {
            ran.push(id);
            return id === 'proof'
              ? { status: 'warn', code: 'ERR_CONTEXT_UNKNOWN', message: 'unknown context' }
              : { status: 'pass', message: `${id} ok.` };
          },
        },
      ]),
    ) as unknown as Checks<object>;
    const { rows: out } = await runChecks(checks, {}, contextOf(undefined));
    expect(ran).toEqual(['structure', 'proof', 'issuer', 'dates', 'status']);
    expect(out.find((r) => r.id === 'dates')?.message).toBe(
      'dates ok. This is what the badge claims: its signature could not be checked.',
    );
    expect(out.find((r) => r.id === 'key')).toMatchObject({ status: 'skip' });
    expect(verdictOf([{ id: 'format', status: 'pass', title: '', message: 'read' }, ...out])).toBe(
      'unverified',
    );
  });

  it('runs nothing after a signature that failed', async () => {
    const ran: string[] = [];
    const checks = Object.fromEntries(
      PIPELINE_IDS.map((id) => [
        id,
        {
          id,
          ...(id === 'proof' ? { gate: SIGNATURE_GATE } : {}),
          run: () => {
            ran.push(id);
            return id === 'proof'
              ? { status: 'fail', code: 'ERR_SIGNATURE_INVALID', message: 'bad' }
              : { status: 'pass', message: 'ok.' };
          },
        },
      ]),
    ) as unknown as Checks<object>;
    await runChecks(checks, {}, contextOf(undefined));
    expect(ran).toEqual(['structure', 'proof']);
  });
});

describe('end to end: what the card may show', async () => {
  const key = await makeKey('ES256');
  const cat = await testCatalog({ keys: [key] });
  const verify = (input: string) => verifyBadge(input, { registry: cat.registry, now: NOW });

  it('a verified badge is confirmed, with the catalog credential and what a principal needs', async () => {
    const r = await verify(await cat.issue());
    expect(r.verdict).toBe('verified');
    expect(r.confirmed).toBe(true);
    expect(r.catalog.credential).toMatchObject({ id: 'riverbend-usd/hinge-questions', quality: 'meets' });
    expect(r.catalog.credential?.hours).toBeGreaterThan(0);
    expect(r.catalog.credential?.ceus).toBeCloseTo((r.catalog.credential?.hours ?? 0) / 10);
    expect(r.summary.image).toMatch(/badge\.svg$/);
    expect(r.headline).toMatch(/^Every check passed/);
  });

  it("a badge claiming the catalog issuer but signed by another key: invalid, no catalog match, the issuer's name as the badge wrote it", async () => {
    const stranger = await generateKeyPair('ES256', { extractable: true });
    const jwk = await exportJWK(stranger.privateKey);
    const forged = await signCredentialJwt(
      {
        ...(await cat.credential()),
        issuer: { id: cat.registry.issuers[0]?.profile ?? '', name: 'Mallory Unified' },
      } as never,
      {
        alg: 'ES256',
        kid: `did:jwk:${Buffer.from(JSON.stringify({ ...jwk, d: undefined })).toString('base64url')}#0`,
        privateJwk: jwk,
      },
    );
    const r = await verify(forged);
    expect(r.verdict).toBe('invalid');
    expect(r.confirmed).toBe(false);
    expect(r.catalog).toEqual({});
    expect(r.summary.image).toBeUndefined();
    expect(r.summary.issuerName).toBe('Mallory Unified');
  });

  it('the unsigned credential the issue tool keeps is named for what it is, never "embedded proof"', async () => {
    const r = await verify(JSON.stringify(await cat.credential()));
    expect(r.format).toBe('ob3-json-unsigned');
    expect(r.verdict).toBe('invalid');
    expect(r.checks.find((c) => c.id === 'proof')?.code).toBe('ERR_NO_PROOF');
    expect(JSON.stringify({ ...r, credential: undefined })).not.toMatch(/embedded/i);
  });
});
