/**
 * The figures a program reads from docs/benchmarks.json: stable keys, plain numbers (units in
 * the key's name, never in a string), one per finding in docs/benchmarks.md. Each part turns
 * its own measurements into its keys here; a figure whose measurement did not run (a part not
 * run, a peer that failed, a scale not built) is left out, never filled in.
 *
 * Keys (the findings' headline figures; others sit beside them):
 * - build.c<N>.ratio, .rss_ratio, .s, .bare_s, .peak_rss_gb, .rebuild_one_ms, .content_check_ms
 * - build.c50000.s, build.c50000.peak_rss_gb (ours alone: the large catalog)
 * - search.c<N>.first_query_ms, .later_query_ms, .filter_only_ms (scripts/bench/search-report.ts)
 * - verify.jwt_es256.vs_jose, .vs_did_jwt_vc, verify.di.vs_verifier_core (Node; chromium_vs_… too)
 * - pages.verify_first_load_gzip (bytes), lighthouse.credentials.performance (part-pages.ts)
 * - issue.b1000.s, issue.b1000.per_badge_ms
 * - passport.b50.ms (from the passport part, when there is one)
 */

/** Keeps only the finite values: a figure that was not measured is absent. */
function finite(figures: Record<string, number | undefined>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(figures)) if (typeof v === 'number' && Number.isFinite(v)) out[k] = v;
  return out;
}

const div = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || !(b > 0) ? undefined : a / b;
const scaled = (a: number | undefined, by: number) => (a === undefined ? undefined : a / by);

/** Build figures from the build part's metrics (`<catalog>.wallMs`, `.bareWallMs`, …). */
export function buildFigures(metrics: Record<string, number>): Record<string, number> {
  const catalogs = new Set(
    Object.keys(metrics)
      .filter((k) => k.endsWith('.wallMs'))
      .map((k) => k.slice(0, -'.wallMs'.length)),
  );
  const out: Record<string, number | undefined> = {};
  for (const c of catalogs) {
    const m = (name: string) => metrics[`${c}.${name}`];
    Object.assign(out, {
      [`build.${c}.s`]: scaled(m('wallMs'), 1000),
      [`build.${c}.bare_s`]: scaled(m('bareWallMs'), 1000),
      [`build.${c}.ratio`]: div(m('wallMs'), m('bareWallMs')),
      [`build.${c}.peak_rss_gb`]: scaled(m('maxRss'), 1e9),
      [`build.${c}.bare_peak_rss_gb`]: scaled(m('bareMaxRss'), 1e9),
      [`build.${c}.rss_ratio`]: div(m('maxRss'), m('bareMaxRss')),
      [`build.${c}.tree_rss_gb`]: scaled(m('treeRss'), 1e9),
      [`build.${c}.content_check_ms`]: m('contentCheckMs'),
      [`build.${c}.pagefind_ms`]: m('pagefindMs'),
      [`build.${c}.rebuild_one_ms`]: m('rebuildOneMs'),
      [`build.${c}.rebuild_one_check_ms`]: m('rebuildOneCheckMs'),
    });
  }
  return finite(out);
}

/** The verify part's formats, by the short name their keys use. */
const FORMATS: Record<string, string> = {
  'VC-JWT ES256': 'jwt_es256',
  'VC-JWT EdDSA': 'jwt_eddsa',
  'VC-JWT RS256': 'jwt_rs256',
  'baked PNG (ES256 VC-JWT)': 'png_es256',
  'baked SVG (ES256 VC-JWT)': 'svg_es256',
  'Data Integrity eddsa-rdfc-2022 (JSON)': 'di',
};
const PEERS: Record<string, string> = {
  'jose (floor)': 'jose',
  'did-jwt-vc': 'did_jwt_vc',
  'verifier-core': 'verifier_core',
};

/** Verify figures from the verify part's metrics (`node.<format>.<side>` medians, page loads). */
export function verifyFigures(metrics: Record<string, number>): Record<string, number> {
  const out: Record<string, number | undefined> = {
    'pages.verify_first_load_gzip': metrics['verifyPage.eagerJs'],
    'pages.verify_after_idle_gzip': metrics['verifyPage.afterIdleJs'],
  };
  for (const where of ['node', 'chromium'] as const) {
    const prefix = where === 'node' ? '' : 'chromium_';
    for (const [format, key] of Object.entries(FORMATS)) {
      const ours = metrics[`${where}.${format}.ours`];
      out[`verify.${key}.${prefix}ours_ms`] = ours;
      for (const [peer, peerKey] of Object.entries(PEERS))
        out[`verify.${key}.${prefix}vs_${peerKey}`] = div(ours, metrics[`${where}.${format}.${peer}`]);
    }
  }
  return finite(out);
}

/** Issue figures from the issue part's metrics, for a batch of `badges`. */
export function issueFigures(metrics: Record<string, number>, badges: number): Record<string, number> {
  const b = `issue.b${badges}`;
  return finite({
    [`${b}.s`]: scaled(metrics['totalMs'], 1000),
    [`${b}.per_badge_ms`]: metrics['perBadgeMs'],
    [`${b}.p90_ms`]: metrics['p90Ms'],
    [`${b}.sign_ms`]: metrics['signMs'],
  });
}

/** The 1-minute load average when a part ended, as `<part>.load_avg_1m`: how busy the machine was. */
export const loadFigure = (part: string, load: number): Record<string, number> =>
  finite({ [`${part}.load_avg_1m`]: load });
