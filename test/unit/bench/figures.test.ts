/**
 * docs/benchmarks.json's `figures`: each part's measurements under stable keys, plain numbers,
 * with date and machine; a figure whose measurement did not run is absent, never filled in.
 */
import { describe, expect, it } from 'vitest';
import { buildFigures, issueFigures, loadFigure, verifyFigures } from '../../../scripts/bench/figures.ts';
import { figuresObject, type PartResult, type Results } from '../../../scripts/bench/report.ts';

const part = (name: string, figures: Record<string, number>): PartResult =>
  ({ part: name, at: '2026-12-07T06:00:00Z', tables: [], notes: [], metrics: {}, figures }) as PartResult;

/** The build part's metrics after a run of the seed and 10,000 catalogs and the 50,000 one (ours alone). */
const BUILD = {
  'seed.wallMs': 2800,
  'seed.bareWallMs': 1700,
  'seed.maxRss': 7.6e8,
  'seed.bareMaxRss': 5.8e8,
  'seed.treeRss': 7.7e8,
  'seed.rebuildOneMs': Number.NaN,
  'c10000.wallMs': 120_000,
  'c10000.bareWallMs': 100_000,
  'c10000.maxRss': 6.6e9,
  'c10000.bareMaxRss': 6e9,
  'c10000.treeRss': 9e9,
  'c10000.contentCheckMs': 9000,
  'c10000.pagefindMs': 20_000,
  'c10000.rebuildOneMs': 80_000,
  'c10000.rebuildOneCheckMs': 900,
  'c50000.wallMs': 700_000,
  'c50000.maxRss': 20e9,
  'c50000.treeRss': 22e9,
};

const MACHINE = { cpu: 'Test CPU', cores: 2, ram_gib: 23.5, node: 'v24.0.0' };

describe('buildFigures', () => {
  const f = buildFigures(BUILD);

  it('names the findings: ratio, memory ratio and rebuild at 10,000, time and memory at 50,000', () => {
    expect(f['build.c10000.ratio']).toBeCloseTo(1.2);
    expect(f['build.c10000.rss_ratio']).toBeCloseTo(1.1);
    expect(f['build.c10000.rebuild_one_ms']).toBe(80_000);
    expect(f['build.c10000.content_check_ms']).toBe(9000);
    expect(f['build.c50000.s']).toBe(700);
    expect(f['build.c50000.peak_rss_gb']).toBe(20);
  });

  it('leaves out what was not measured: no bare side at 50,000, no rebuild of the seed, no 1,000 catalog', () => {
    expect(f).not.toHaveProperty('build.c50000.ratio');
    expect(f).not.toHaveProperty('build.c50000.rss_ratio');
    expect(f).not.toHaveProperty('build.seed.rebuild_one_ms');
    expect(Object.keys(f).some((k) => k.startsWith('build.c1000.'))).toBe(false);
  });
});

describe('verifyFigures', () => {
  const metrics = {
    'verifyPage.eagerJs': 44_300,
    'node.VC-JWT ES256.ours': 0.9,
    'node.VC-JWT ES256.jose (floor)': 0.3,
    'node.VC-JWT ES256.did-jwt-vc': 2.7,
    'node.VC-JWT RS256.ours': 0.8,
    'node.VC-JWT RS256.jose (floor)': 0.25,
    'node.Data Integrity eddsa-rdfc-2022 (JSON).ours': 6.4,
    'node.Data Integrity eddsa-rdfc-2022 (JSON).verifier-core': 5.2,
  };

  it('writes ours/peer ratios for the formats that ran, and the page weight', () => {
    const f = verifyFigures(metrics);
    expect(f['verify.jwt_es256.vs_jose']).toBeCloseTo(3);
    expect(f['verify.jwt_es256.vs_did_jwt_vc']).toBeCloseTo(1 / 3);
    expect(f['verify.di.vs_verifier_core']).toBeCloseTo(6.4 / 5.2);
    expect(f['pages.verify_first_load_gzip']).toBe(44_300);
  });

  it('has no Chromium figures when the Chromium run failed, and no ratio against a peer that could not run', () => {
    const f = verifyFigures(metrics);
    expect(Object.keys(f).some((k) => k.includes('chromium'))).toBe(false);
    expect(f).not.toHaveProperty('verify.jwt_rs256.vs_did_jwt_vc');
    expect(f).not.toHaveProperty('pages.verify_after_idle_gzip');
  });
});

describe('figuresObject', () => {
  it('holds date, machine and the figures of the parts that ran; nothing of the parts that did not', () => {
    const parts: Results['parts'] = {
      build: part('build', buildFigures(BUILD)),
      issue: part('issue', issueFigures({ totalMs: 2900, perBadgeMs: 1.1, signMs: 0.12 }, 1000)),
      // A part of another engineer's (the passport page) contributes its figures alike.
      passport: part('passport', { 'passport.b50.ms': 180 }),
    };
    const f = figuresObject(parts, MACHINE, new Date('2026-12-07T06:30:00Z'));
    expect(f.date).toBe('2026-12-07T06:30:00.000Z');
    expect(f.machine).toEqual(MACHINE);
    expect(f['issue.b1000.s']).toBe(2.9);
    expect(f['passport.b50.ms']).toBe(180);
    expect(f['build.c10000.ratio']).toBe(1.2);
    for (const missing of ['verify.', 'search.', 'lighthouse.', 'pages.'])
      expect(Object.keys(f).some((k) => k.startsWith(missing))).toBe(false);
    const values = Object.entries(f).filter(([k]) => k !== 'date' && k !== 'machine');
    expect(values.length).toBeGreaterThan(10);
    for (const [k, v] of values) expect(Number.isFinite(v), k).toBe(true);
  });

  it('carries the load each part ran under, when it is known', () => {
    expect(loadFigure('build', 5.25)).toEqual({ 'build.load_avg_1m': 5.25 });
    expect(loadFigure('build', Number.NaN)).toEqual({});
  });
});
