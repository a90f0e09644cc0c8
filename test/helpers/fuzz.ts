/**
 * Shared setup of the verifier's property tests (test/unit/verify/property-*.test.ts): the
 * fast-check parameters (a fixed seed and few runs in the unit suite; a random seed and many
 * runs under `npm run fuzz`), valid badges issued by the in-memory catalog to mutate, the
 * invariants every report must satisfy, and run-time figures.
 */
import { isDeepStrictEqual } from 'node:util';
import type fc from 'fast-check';
import { afterAll, expect } from 'vitest';
import { bakePng, bakeSvg } from '../../src/lib/baking/index.ts';
import { ed25519Multibase, signDataIntegrity } from '../../src/lib/ob3/sign-data-integrity.ts';
import { canonizeRdfc } from '../../src/lib/verify/data-integrity/canonize.ts';
import { MAX_INPUT_BYTES } from '../../src/lib/verify/input.ts';
import { SIGNATURE_GATE } from '../../src/lib/verify/pipeline/check.ts';
import { CHECK_IDS, signatureChecked, VERDICTS, type Report } from '../../src/lib/verify/report.ts';
import { verifyBadge, type VerifyOptions } from '../../src/lib/verify/verify.ts';
import { tinyPng } from '../unit/baking/png-helpers.ts';
import { ISSUER, makeKey, testCatalog, urls, type TestCatalog } from './issuer.ts';

/** The unit suite's seed: fixed, so a failure there is reproducible as it is. */
export const UNIT_SEED = 20_261_123;

const env = process.env;
/** True under `npm run fuzz`: random seed, many runs, figures printed. */
export const FUZZING = env.FUZZ === '1';
const SEED = env.FUZZ_SEED !== undefined && env.FUZZ_SEED !== '' ? Number(env.FUZZ_SEED) : UNIT_SEED;
const SCALE = Number(env.FUZZ_SCALE ?? (FUZZING ? 50 : 1));

/** Longest one case may take before the property fails: generous, it catches hangs, not slowness. */
export const CASE_TIMEOUT_MS = Number(env.FUZZ_CASE_TIMEOUT_MS ?? 15_000);

/** fast-check parameters for a property that runs `runs` cases in the unit suite. */
export function params(runs: number): fc.Parameters<unknown> {
  return {
    seed: SEED,
    numRuns: Math.max(1, Math.round(runs * SCALE)),
    timeout: CASE_TIMEOUT_MS,
    endOnFailure: FUZZING,
  };
}

/** How long each family's cases took, and what they ended as; printed under `npm run fuzz` (or FUZZ_STATS=1). */
const timings = new Map<string, number[]>();
const outcomes = new Map<string, Map<string, number>>();

/** Counts an outcome of a family (e.g. "bitflip → invalid ERR_SIGNATURE_INVALID") for the printed figures. */
export function tally(family: string, label: string): void {
  const m = outcomes.get(family) ?? new Map<string, number>();
  m.set(label, (m.get(label) ?? 0) + 1);
  outcomes.set(family, m);
}

/** "verdict CODE" of the first check that failed or warned, for tallies. */
export const outcome = (r: Report) =>
  `${r.verdict} ${r.checks.find((c) => c.status === 'fail')?.code ?? r.checks.find((c) => c.status === 'warn')?.code ?? ''}`.trim();

afterAll(() => {
  if (!FUZZING && env.FUZZ_STATS !== '1') return;
  for (const [family, ms] of timings) {
    const sorted = [...ms].sort((a, b) => a - b);
    const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]?.toFixed(1);
    console.log(
      `fuzz ${family}: ${ms.length} cases (seed ${SEED}); ms p50 ${q(0.5)}, p99 ${q(0.99)}, max ${q(1)}`,
    );
    const seen = [...(outcomes.get(family) ?? [])].sort((a, b) => b[1] - a[1]);
    if (seen.length) console.log(`  ${seen.map(([k, n]) => `${k}: ${n}`).join('; ')}`);
  }
});

export const NOW = new Date('2026-06-01T00:00:00Z');

/** Valid badges of every kind, issued by the in-memory catalog, and the credentials they carry. */
export interface FuzzBadges {
  catalog: TestCatalog;
  options: VerifyOptions;
  /** Compact JWS, signed with ES256 and with EdDSA. */
  jwtEs256: string;
  jwtEdDsa: string;
  /** Credential JSON with an eddsa-rdfc-2022 proof, as text and parsed. */
  diText: string;
  di: Record<string, unknown>;
  pngJwt: Uint8Array;
  pngDi: Uint8Array;
  svgJwt: string;
  svgDi: string;
  /** Every credential a verified report may carry: anything else "verified" is a forgery. */
  originals: unknown[];
}

export const SVG_TEMPLATE =
  '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="120" viewBox="0 0 120 120"><title>Badge</title><circle cx="60" cy="60" r="50" fill="#1d5b8f"/></svg>';

export async function fuzzBadges(): Promise<FuzzBadges> {
  const es = await makeKey('ES256');
  const ed = await makeKey('EdDSA');
  const catalog = await testCatalog({ keys: [es, ed], revoked: [9] });
  const jwtEs256 = await catalog.issue({ key: es });
  const jwtEdDsa = await catalog.issue({ key: ed });
  const di = (await signDataIntegrity(
    await catalog.credential(),
    ed.privateJwk,
    `${urls.profile(ISSUER)}#${ed25519Multibase(ed.privateJwk)}`,
    new Date('2025-03-01T12:00:00Z'),
  )) as Record<string, unknown>;
  const diText = JSON.stringify(di);
  const payload = (t: string) =>
    JSON.parse(Buffer.from(t.split('.')[1] ?? '', 'base64url').toString('utf8')) as unknown;
  const badges: FuzzBadges = {
    catalog,
    options: { registry: catalog.registry, now: NOW },
    jwtEs256,
    jwtEdDsa,
    diText,
    di,
    pngJwt: bakePng(tinyPng(), jwtEs256),
    pngDi: bakePng(tinyPng(), diText),
    svgJwt: bakeSvg(SVG_TEMPLATE, jwtEdDsa),
    svgDi: bakeSvg(SVG_TEMPLATE, diText),
    originals: [payload(jwtEs256), payload(jwtEdDsa), di],
  };
  // The baseline: every unmutated badge verifies, so a property cannot pass by failing everything.
  for (const input of [
    jwtEs256,
    jwtEdDsa,
    diText,
    badges.pngJwt,
    badges.pngDi,
    badges.svgJwt,
    badges.svgDi,
  ]) {
    expect((await verifyBadge(input, badges.options)).verdict).toBe('verified');
  }
  return badges;
}

/**
 * What a Data Integrity proof signs: the canonical N-Quads of the credential without its proof.
 * Many JSON texts have the same graph (a one-item array and its item, a statement written on
 * either of two objects with the same id), so for these the signed bytes are compared.
 */
async function signedGraph(v: unknown): Promise<string | undefined> {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const { proof: _proof, ...unsecured } = v as Record<string, unknown>;
  return canonizeRdfc(unsecured).catch(() => undefined);
}

const inputSize = (input: string | Uint8Array) =>
  typeof input === 'string' ? input.length : input.byteLength;

/** Bounds on what a report may hold: linear in the input, and short sentences. */
export const MAX_MESSAGE_CHARS = 2_000;
export const MAX_DETAIL_CHARS = 20_000;
const MAX_EXPANSION = (input: string | Uint8Array) => 4 * inputSize(input) + 2 * 1024 * 1024;

/**
 * Verifies `input` and checks the invariants every report must satisfy; returns the report.
 * - never throws; every check is reported once, in the documented order, with a sentence;
 * - nothing is "verified" unless it carries exactly a credential the catalog issued (or, with
 *   `signedByCatalog`, whatever the catalog's own key signed);
 * - a failed proof stops every later check (except OB 2.0 hosted assertions, checked by fetching);
 * - no check says the verifier hit an internal error;
 * - the report is bounded: linear in the input, messages and details short.
 */
export async function verifyChecked(
  family: string,
  input: string | Uint8Array,
  badges: Pick<FuzzBadges, 'options' | 'originals'>,
  signedByCatalog = false,
): Promise<Report> {
  const started = performance.now();
  const report = await verifyBadge(input, badges.options);
  const list = timings.get(family) ?? [];
  list.push(performance.now() - started);
  timings.set(family, list);

  expect(VERDICTS).toContain(report.verdict);
  expect(report.checks.map((c) => c.id)).toEqual([...CHECK_IDS]);
  for (const c of report.checks) {
    expect(['pass', 'warn', 'fail', 'skip']).toContain(c.status);
    expect(c.message.length).toBeGreaterThan(5);
    expect(c.message.length, `${c.id} message`).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
    expect((c.detail ?? '').length, `${c.id} detail`).toBeLessThanOrEqual(MAX_DETAIL_CHARS);
    expect(c.code).not.toBe('ERR_INTERNAL');
  }
  if (report.verdict === 'verified' && !signedByCatalog) {
    let issued = badges.originals.some((o) => isDeepStrictEqual(o, report.credential));
    if (!issued && report.format.includes('data-integrity')) {
      const mine = await signedGraph(report.credential);
      for (const o of badges.originals) issued ||= mine !== undefined && mine === (await signedGraph(o));
    }
    expect(issued, 'a "verified" report carries a credential the catalog never issued').toBe(true);
  }
  const proof = report.checks.find((c) => c.id === 'proof');
  if (proof?.code?.startsWith('ERR_') && !report.format.startsWith('ob2')) {
    // After a failed proof nothing runs; after one that could not be checked, only what the
    // badge claims about its issuer, dates and status (SIGNATURE_GATE.stillChecked).
    const still = proof.status === 'warn' ? (SIGNATURE_GATE.stillChecked ?? []) : [];
    const after = report.checks.slice(CHECK_IDS.indexOf('key')).filter((c) => !still.includes(c.id as never));
    expect(
      after.every((c) => c.status === 'skip'),
      'checks ran after a failed proof',
    ).toBe(true);
  }
  if (!signatureChecked(report.checks))
    expect(['unverified', 'invalid', 'unreadable'], 'an unchecked signature above unverified').toContain(
      report.verdict,
    );
  expect(JSON.stringify(report).length).toBeLessThanOrEqual(MAX_EXPANSION(input));
  expect(inputSize(input) <= MAX_INPUT_BYTES || report.verdict === 'unreadable').toBe(true);
  return report;
}
