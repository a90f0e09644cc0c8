/**
 * Build: a full production build with the Pagefind index, for the seed catalog and each
 * generated scale, against a bare Astro + MDX + Pagefind site rendering the same credentials.
 * Both sides run cold (output and cache removed), alternating, in the same run; the table shows
 * medians. At each generated scale, one more build of ours after one credential is edited (the
 * caches of the cold build kept) measures a rebuild. The large catalog (--large, 50,000 by
 * default) is built once, ours alone, for its time and peak memory.
 */
import {
  buildCatalog,
  generatedCatalog,
  rebuildAfterOneEdit,
  seedCatalog,
  type BuildResult,
  type Catalog,
} from './catalogs.ts';
import type { BenchContext } from './context.ts';
import { buildFigures } from './figures.ts';
import type { PartResult, Table } from './report.ts';
import { bytes, int, median, ms, ratio } from './stats.ts';

interface Sides {
  ours: BuildResult[];
  bare: BuildResult[];
}

/** The large catalog's build runs with this V8 heap limit (MiB): 20 GiB of the machine's 24. */
const LARGE_HEAP_MB = 20_480;

const med = (xs: BuildResult[], f: (r: BuildResult) => number | undefined) =>
  median(xs.map(f).filter((x): x is number => x !== undefined));

export async function runBuild(ctx: BenchContext): Promise<PartResult> {
  const catalogs: Catalog[] = [seedCatalog(ctx)];
  for (const n of ctx.scales) catalogs.push(await generatedCatalog(ctx, n));
  const results = new Map<string, Sides>();
  const rebuilds = new Map<string, BuildResult>();
  const failures: string[] = [];
  for (const cat of catalogs) {
    const reps = ctx.buildReps(cat.name);
    const sides: Sides = { ours: [], bare: [] };
    for (let i = 0; i < reps; i++) {
      // Alternate which side goes first, so neither always runs on a warmer disk cache.
      const order = i % 2 === 0 ? (['ours', 'bare'] as const) : (['bare', 'ours'] as const);
      for (const kind of order) {
        const label = `${kind === 'ours' ? 'Stackable' : 'bare Astro'} ${cat.name} (${i + 1}/${reps})`;
        ctx.log(`build ${label}: ${cat.credentials.toLocaleString('en-US')} credentials…`);
        const r = await buildCatalog(ctx, cat, kind, label);
        ctx.log(
          `  ${label}: ${ms(r.wallMs)}, peak RSS ${bytes(r.maxRss ?? r.treeRss)}, ${r.htmlPages} pages`,
        );
        sides[kind].push(r);
      }
    }
    results.set(cat.name, sides);
    if (cat.name !== 'seed') {
      const r = await rebuildAfterOneEdit(ctx, cat).catch((e: unknown) => {
        // A failed rebuild is a finding, not the end of the run: the note says why.
        const why = /\[ERROR\][^\n]*/.exec(String((e as Error).message))?.[0] ?? String(e).slice(0, 300);
        failures.push(`The rebuild of ${cat.name} after one edit failed: ${why.slice(0, 400)}`);
        ctx.log(`  rebuild after one edit, ${cat.name}: FAILED (${why.slice(0, 200)})`);
        return undefined;
      });
      if (!r) continue;
      ctx.log(
        `  rebuild after one edit, ${cat.name}: ${ms(r.wallMs)} (content check ${ms(r.contentCheckMs ?? Number.NaN)})`,
      );
      rebuilds.set(cat.name, r);
    }
  }
  let large: { cat: Catalog; r: BuildResult } | undefined;
  if (ctx.large) {
    const cat = await generatedCatalog(ctx, ctx.large);
    const label = `Stackable ${cat.name} (large, ours only)`;
    ctx.log(`build ${label}: ${cat.credentials.toLocaleString('en-US')} credentials…`);
    // A 20 GiB heap limit, so that what is measured is the build within 24 GiB, not Node's default
    // heap limit (about 4.5 GB on this machine), which a catalog this size may need to raise.
    const r = await buildCatalog(ctx, cat, 'ours', label, false, LARGE_HEAP_MB).catch((e: unknown) => {
      const why = e instanceof Error ? e.message : String(e);
      failures.push(`The build of ${cat.name} (large) failed: ${why.slice(0, 600)}`);
      ctx.log(`  ${label}: FAILED (${why.slice(0, 300)})`);
      return undefined;
    });
    if (r) {
      ctx.log(`  ${label}: ${ms(r.wallMs)}, peak RSS ${bytes(r.maxRss ?? r.treeRss)}, ${r.htmlPages} pages`);
      large = { cat, r };
    }
  }

  const metrics: Record<string, number> = {};
  const rows: string[][] = [];
  for (const cat of catalogs) {
    const s = results.get(cat.name) as Sides;
    const wall = med(s.ours, (r) => r.wallMs);
    const bareWall = med(s.bare, (r) => r.wallMs);
    const rss = med(s.ours, (r) => r.maxRss);
    const bareRss = med(s.bare, (r) => r.maxRss);
    const tree = med(s.ours, (r) => r.treeRss);
    const pages = s.ours[0]?.htmlPages ?? 0;
    const barePages = s.bare[0]?.htmlPages ?? 0;
    const index = s.ours[0]?.indexBytes ?? 0;
    Object.assign(metrics, {
      [`${cat.name}.wallMs`]: wall,
      [`${cat.name}.bareWallMs`]: bareWall,
      [`${cat.name}.maxRss`]: rss,
      [`${cat.name}.bareMaxRss`]: bareRss,
      [`${cat.name}.treeRss`]: tree,
      [`${cat.name}.indexBytes`]: index,
      [`${cat.name}.credentials`]: cat.credentials,
      [`${cat.name}.indexBytesPer1000`]: (index / cat.credentials) * 1000,
      [`${cat.name}.pagefindMs`]: med(s.ours, (r) => r.pagefindMs),
      [`${cat.name}.contentCheckMs`]: med(s.ours, (r) => r.contentCheckMs),
      [`${cat.name}.rebuildOneMs`]: rebuilds.get(cat.name)?.wallMs ?? Number.NaN,
      [`${cat.name}.rebuildOneCheckMs`]: rebuilds.get(cat.name)?.contentCheckMs ?? Number.NaN,
    });
    rows.push([
      `${cat.name === 'seed' ? 'seed' : int(cat.credentials)} (${s.ours.length}+${s.bare.length} runs)`,
      ms(wall),
      ms(bareWall),
      ratio(wall, bareWall),
      bytes(rss),
      bytes(bareRss),
      ratio(rss, bareRss),
      bytes(tree),
      `${int(pages)} / ${int(barePages)}`,
      `${(pages / (wall / 1000)).toFixed(0)} / ${(barePages / (bareWall / 1000)).toFixed(0)}`,
      ms(rebuilds.get(cat.name)?.wallMs ?? Number.NaN),
    ]);
  }
  if (large) {
    const { cat, r } = large;
    Object.assign(metrics, {
      [`${cat.name}.wallMs`]: r.wallMs,
      [`${cat.name}.maxRss`]: r.maxRss ?? Number.NaN,
      [`${cat.name}.treeRss`]: r.treeRss,
      [`${cat.name}.contentCheckMs`]: r.contentCheckMs ?? Number.NaN,
      [`${cat.name}.pagefindMs`]: r.pagefindMs ?? Number.NaN,
      [`${cat.name}.credentials`]: cat.credentials,
    });
    rows.push([
      `${int(cat.credentials)} (ours only, 1 run)`,
      ms(r.wallMs),
      '–',
      '–',
      bytes(r.maxRss ?? Number.NaN),
      '–',
      '–',
      bytes(r.treeRss),
      `${int(r.htmlPages)} / –`,
      `${(r.htmlPages / (r.wallMs / 1000)).toFixed(0)} / –`,
      '–',
    ]);
  }
  const timeTable: Table = {
    title:
      'Full build: Stackable (content check + Astro + MDX + Pagefind) vs bare Astro + MDX, cold, medians',
    head: [
      'credentials',
      'ours',
      'bare',
      'ours/bare',
      'peak RSS ours',
      'bare',
      'ours/bare',
      'tree RSS ours',
      'HTML pages ours / bare',
      'pages/s ours / bare',
      'rebuild, one file edited',
    ],
    rows,
    note: "Peak RSS is the largest single process (kernel ru_maxrss via GNU time); tree RSS is the sampled sum over the build and its helpers (Pagefind). Both sides run Pagefind. Rebuild: ours again after one credential file is edited, with the cold build's caches kept (content check cache, Astro's content-layer cache). The large catalog is built once, ours alone, with a 20 GiB V8 heap limit (--max-old-space-size=20480; Node's default here is about 4.5 GB).",
  };
  const sizeTable: Table = {
    title: 'Build output (ours)',
    head: [
      'credentials',
      'output',
      'files',
      'Pagefind folder',
      'index (pf_* and /search/ table)',
      'index per 1,000 credentials',
      'content check',
      'Pagefind step',
      'bare output',
    ],
    rows: [...catalogs, ...(large ? [large.cat] : [])].map((cat) => {
      const s = results.get(cat.name) ?? { ours: large ? [large.r] : [], bare: [] };
      const o = s.ours[0] as BuildResult;
      return [
        cat.name === 'seed' ? 'seed' : int(cat.credentials),
        bytes(o.outputBytes),
        int(o.outputFiles),
        bytes(o.pagefindBytes),
        bytes(o.indexBytes),
        bytes((o.indexBytes / cat.credentials) * 1000),
        ms(med(s.ours, (r) => r.contentCheckMs)),
        ms(med(s.ours, (r) => r.pagefindMs)),
        bytes(s.bare[0]?.outputBytes ?? Number.NaN),
      ];
    }),
    note: 'Our output also holds, per credential, the OB 3.0 Achievement JSON and the badge SVG, and the stack, rubric, issuer and JSON-document pages the bare site does not make.',
  };
  return {
    part: 'build',
    at: new Date().toISOString(),
    tables: [timeTable, sizeTable],
    notes: [
      ...failures,
      `Generated catalogs: scripts/generate-catalog.ts, seed ${ctx.seed}; about 25 credentials per issuer, 10 per stack, 100 per assessment rubric.`,
      'The bare baseline (.bench/bare, written by scripts/bench/bare-site.ts) reads the same credential files with the same glob loader and no schema, renders title, summary and MDX body per credential, and runs Pagefind over its HTML after the build (as an Astro + Pagefind site such as Starlight does); it has no content check and no other page kinds.',
    ],
    metrics,
    figures: buildFigures(metrics),
  };
}
