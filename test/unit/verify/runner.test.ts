/**
 * The runner alone (src/lib/verify/pipeline/runner.ts), with made-up checks: it owns the order,
 * the stop after a gate fails or cannot be checked, the not-checked rows, facts handed on, rows
 * decided early, and turning a thrown error into a row whose status its code decides.
 */
import { describe, expect, it } from 'vitest';
import { VerifyError } from '../../../src/lib/verify/errors.ts';
import {
  pass,
  problem,
  skip,
  type CheckUnit,
  type Checks,
  type Outcome,
  type PipelineId,
} from '../../../src/lib/verify/pipeline/check.ts';
import { PIPELINE_IDS, runChecks } from '../../../src/lib/verify/pipeline/runner.ts';
import { CHECK_IDS } from '../../../src/lib/verify/report.ts';
import { contextOf } from '../../helpers/checks.ts';

interface Toy {
  seen: string[];
  token?: string;
}

const ctx = contextOf(undefined);
const GATE = { failed: 'Not checked: it failed.', unknown: 'Not checked: it could not be checked.' };

/** Every row passes and records its id, unless `over` says otherwise. */
function toyChecks(over: Partial<Record<PipelineId, Partial<CheckUnit<Toy>>>> = {}): Checks<Toy> {
  const entries = PIPELINE_IDS.map((id) => [
    id,
    {
      id,
      run: (s: Toy): Outcome<Toy> => ({
        ...pass(`${id} ran after ${s.seen.join(',')}`),
        learned: { seen: [...s.seen, id] },
      }),
      ...over[id],
    },
  ]);
  return Object.fromEntries(entries) as Checks<Toy>;
}

const rowsOf = async (checks: Checks<Toy>) => (await runChecks(checks, { seen: [] }, ctx)).rows;

describe('runChecks', () => {
  it('runs every check once, in the report order, handing on what each learned', async () => {
    const { rows, subject } = await runChecks(toyChecks(), { seen: [] }, ctx);
    expect(rows.map((r) => r.id)).toEqual(CHECK_IDS.filter((id) => id !== 'format'));
    expect(subject.seen).toEqual(PIPELINE_IDS);
    expect(rows[2]?.message).toBe('key ran after structure,proof');
  });

  it('stops after a gate that fails: every later row is not checked, with the gate’s reason', async () => {
    const rows = await rowsOf(
      toyChecks({ proof: { gate: GATE, run: () => problem('ERR_SIGNATURE_INVALID', 'bad') } }),
    );
    expect(rows.find((r) => r.id === 'proof')).toMatchObject({
      status: 'fail',
      code: 'ERR_SIGNATURE_INVALID',
    });
    expect(rows.find((r) => r.id === 'structure')?.status).toBe('pass');
    for (const r of rows.slice(2)) expect(r).toMatchObject({ status: 'skip', message: GATE.failed });
  });

  it('stops after a gate that could not be checked (an unknown code), with the other reason', async () => {
    const rows = await rowsOf(
      toyChecks({ proof: { gate: GATE, run: () => problem('ERR_FETCH_NOT_ALLOWED', 'offline') } }),
    );
    expect(rows.find((r) => r.id === 'proof')?.status).toBe('warn');
    for (const r of rows.slice(2)) expect(r).toMatchObject({ status: 'skip', message: GATE.unknown });
  });

  it('does not stop after a gate that passed with a caution (valid, but deprecated)', async () => {
    const rows = await rowsOf(
      toyChecks({ proof: { gate: GATE, run: () => problem('WARN_DEPRECATED_SUITE', 'old suite') } }),
    );
    expect(rows.find((r) => r.id === 'proof')?.status).toBe('warn');
    expect(rows.filter((r) => r.status === 'skip')).toEqual([]);
  });

  it('does not stop after a failure of a check that is no gate', async () => {
    const rows = await rowsOf(toyChecks({ dates: { run: () => problem('ERR_EXPIRED', 'expired') } }));
    expect(rows.filter((r) => r.status === 'fail').map((r) => r.id)).toEqual(['dates']);
    expect(rows.filter((r) => r.status === 'skip')).toEqual([]);
  });

  it('turns a thrown VerifyError into the row its code means: failed is fail, unknown is warn', async () => {
    const failed = await rowsOf(
      toyChecks({
        proof: {
          gate: GATE,
          run: () => {
            throw new VerifyError('ERR_ALG_NOT_ALLOWED', 'alg "none" means it is unsigned');
          },
        },
      }),
    );
    expect(failed.find((r) => r.id === 'proof')).toMatchObject({
      status: 'fail',
      code: 'ERR_ALG_NOT_ALLOWED',
      message: expect.stringContaining('alg "none" means it is unsigned') as string,
    });
    expect(failed.at(-1)?.message).toBe(GATE.failed);
    const unknown = await rowsOf(
      toyChecks({
        status: {
          run: () => {
            throw new VerifyError('ERR_FETCH_FAILED', 'timeout');
          },
        },
      }),
    );
    expect(unknown.find((r) => r.id === 'status')).toMatchObject({
      status: 'warn',
      code: 'ERR_FETCH_FAILED',
    });
    expect(unknown.find((r) => r.id === 'recipient')?.status).toBe('pass');
  });

  it('turns any other thrown error into an unknown ERR_INTERNAL row and stops: never a pass', async () => {
    const rows = await rowsOf(
      toyChecks({
        issuer: {
          run: () => {
            throw new TypeError('x is undefined');
          },
        },
      }),
    );
    expect(rows.find((r) => r.id === 'issuer')).toMatchObject({
      status: 'warn',
      code: 'ERR_INTERNAL',
      detail: 'x is undefined',
    });
    expect(rows.slice(rows.findIndex((r) => r.id === 'issuer') + 1).every((r) => r.status === 'skip')).toBe(
      true,
    );
  });

  it('keeps rows a check decided for later checks, even after it stops the rest', async () => {
    const rows = await rowsOf(
      toyChecks({
        proof: {
          run: () => ({
            ...pass('answered'),
            decided: { status: problem('ERR_REVOKED', 'gone') },
            stop: 'Not checked: revoked.',
          }),
        },
      }),
    );
    expect(rows.find((r) => r.id === 'status')).toMatchObject({ status: 'fail', code: 'ERR_REVOKED' });
    expect(rows.find((r) => r.id === 'dates')).toMatchObject({
      status: 'skip',
      message: 'Not checked: revoked.',
    });
  });

  it('clips untrusted text in rows', async () => {
    const rows = await rowsOf(toyChecks({ claims: { run: () => skip('x'.repeat(10_000)) } }));
    expect(rows.find((r) => r.id === 'claims')?.message.length).toBeLessThanOrEqual(2000);
  });
});
