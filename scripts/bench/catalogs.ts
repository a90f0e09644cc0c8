/**
 * Node-only: the catalogs the benchmark builds (the seed catalog and generated ones, reused
 * while the generator and seed content are unchanged) and the two kinds of build: ours, and
 * the bare Astro + MDX baseline.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeBareSite } from './bare-site.ts';
import { astroBin, type BenchContext } from './context.ts';
import { generateCatalog } from './generate.ts';
import { folderSize, runMeasured, type RunResult } from './proc.ts';

export interface Catalog {
  /** 'seed' or 'c<N>'. */
  name: string;
  credentials: number;
  content: string;
}

export interface BuildResult extends RunResult {
  out: string;
  htmlPages: number;
  outputBytes: number;
  outputFiles: number;
  pagefindBytes: number;
  /** Bytes of the index proper (pf_meta, pf_index, pf_fragment, filter files) and the facet table (/search/). */
  indexBytes: number;
  pagefindMs?: number;
  contentCheckMs?: number;
}

/** A fingerprint of everything a generated catalog depends on: the generator's code and the seed content. */
function generatorFingerprint(ctx: BenchContext): string {
  const h = createHash('sha256');
  const dir = join(ctx.repo, 'scripts', 'bench');
  for (const f of readdirSync(dir)
    .filter((x) => /^(gen|generate|text|catalog-words|prng)/.test(x))
    .sort())
    h.update(readFileSync(join(dir, f)));
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else h.update(`${p}:${statSync(p).size}`);
    }
  };
  walk(join(ctx.repo, 'content'));
  return h.digest('hex').slice(0, 16);
}

/** A fingerprint of what a build of `content` depends on: the content files and the site's code (src/, astro.config.mjs). */
function buildFingerprint(ctx: BenchContext, content: string): string {
  const h = createHash('sha256');
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const st = statSync(p);
        h.update(`${p}:${st.size}:${st.mtimeMs}\n`);
      }
    }
  };
  walk(content);
  walk(join(ctx.repo, 'src'));
  const config = join(ctx.repo, 'astro.config.mjs');
  h.update(`${statSync(config).size}:${statSync(config).mtimeMs}`);
  return h.digest('hex').slice(0, 16);
}

export function seedCatalog(ctx: BenchContext): Catalog {
  const content = join(ctx.repo, 'content');
  const credentials = readdirSync(join(content, 'credentials'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .reduce((n, d) => n + readdirSync(join(content, 'credentials', d.name)).length, 0);
  return { name: 'seed', credentials, content };
}

/** The generated catalog of `n` credentials, generated now unless an identical one is there. */
export async function generatedCatalog(ctx: BenchContext, n: number): Promise<Catalog> {
  const root = join(ctx.dir, 'catalogs', `c${n}`);
  const meta = join(root, 'META.json');
  const want = JSON.stringify({ credentials: n, seed: ctx.seed, fingerprint: generatorFingerprint(ctx) });
  if (!existsSync(meta) || readFileSync(meta, 'utf8') !== want) {
    ctx.log(`generating a catalog of ${n.toLocaleString('en-US')} credentials (seed ${ctx.seed})…`);
    const started = performance.now();
    rmSync(root, { recursive: true, force: true });
    const r = await generateCatalog({
      root,
      credentials: n,
      seed: ctx.seed,
      seedContent: join(ctx.repo, 'content'),
      onProgress: ctx.log,
      // Past 10,000 credentials the build's own content check (on every core) is the check.
      skipCheck: n > 10_000,
    });
    writeFileSync(meta, want);
    ctx.log(
      `  generated ${(r.bytes / 1e6).toFixed(1)} MB in ${Math.round(performance.now() - started)} ms${r.checkMs === undefined ? '' : `; content check passed in ${r.checkMs} ms`}`,
    );
  }
  return { name: `c${n}`, credentials: n, content: join(root, 'content') };
}

function countHtml(dir: string): number {
  let n = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.html')) n++;
    }
  };
  if (existsSync(dir)) walk(dir);
  return n;
}

function indexBytes(pagefind: string): number {
  let n = folderSize(join(pagefind, '..', 'search')).bytes;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.pf_(meta|index|fragment|filter)$/.test(e.name)) n += statSync(p).size;
    }
  };
  if (existsSync(pagefind)) walk(pagefind);
  return n;
}

/**
 * A cold build (output and caches removed first) of `catalog`, ours or the bare baseline; with
 * `warm`, the output and caches of the previous build are kept.
 */
export async function buildCatalog(
  ctx: BenchContext,
  catalog: Catalog,
  kind: 'ours' | 'bare',
  label: string,
  warm = false,
  /** A V8 heap limit for the build, in MiB (Node's default is about 4.5 GB here). */
  heapMb?: number,
): Promise<BuildResult> {
  const base = join(ctx.dir, 'build', catalog.name, kind);
  const out = join(base, 'dist');
  const cache = join(base, 'cache');
  if (!warm) rmSync(base, { recursive: true, force: true });
  const cwd = kind === 'ours' ? ctx.repo : writeBareSite(join(ctx.dir, 'bare'));
  const env = {
    ...process.env,
    STACKABLE_CONTENT: catalog.content,
    STACKABLE_OUT: out,
    STACKABLE_CACHE: cache,
    ...(heapMb
      ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${heapMb}`.trim() }
      : {}),
  };
  let lastReport = performance.now();
  const r = await runMeasured(process.execPath, [astroBin(ctx), 'build'], {
    cwd,
    env,
    onLine: (line) => {
      if (performance.now() - lastReport > 15_000 || /page\(s\) built|indexed \d+ pages/.test(line)) {
        lastReport = performance.now();
        ctx.log(
          `  ${label}: ${line
            .replace(/\x1b\[[0-9;]*m/g, '')
            .trim()
            .slice(0, 140)}`,
        );
      }
    },
  });
  if (r.code !== 0)
    throw new Error(`${label} failed (exit ${r.code}):\n${r.stderr.slice(-3000)}${r.stdout.slice(-2000)}`);
  const text = r.stdout + r.stderr;
  const pagefindMs = /indexed \d+ pages in (\d+) ms/.exec(text)?.[1];
  const checkMs = /content check passed in (\d+) ms/.exec(text)?.[1];
  const size = folderSize(out);
  const result: BuildResult = {
    ...r,
    stdout: '',
    stderr: '',
    out,
    htmlPages: countHtml(out),
    outputBytes: size.bytes,
    outputFiles: size.files,
    pagefindBytes: folderSize(join(out, 'pagefind')).bytes,
    indexBytes: indexBytes(join(out, 'pagefind')),
    ...(pagefindMs ? { pagefindMs: Number(pagefindMs) } : {}),
    ...(checkMs ? { contentCheckMs: Number(checkMs) } : {}),
  };
  writeFileSync(
    join(base, 'READY'),
    JSON.stringify({
      content: catalog.content,
      fingerprint: buildFingerprint(ctx, catalog.content),
      at: new Date().toISOString(),
    }),
  );
  return result;
}

/** The first credential file of a catalog (sorted by path): the one a rebuild edits. */
function firstCredential(content: string): string {
  const dir = join(content, 'credentials');
  const issuer = readdirSync(dir).sort()[0] ?? '';
  const file = readdirSync(join(dir, issuer)).sort()[0] ?? '';
  return join(dir, issuer, file);
}

/**
 * Our build again after one credential's body is edited, keeping the previous build's output and
 * caches: what an author waits for after changing one file. The file is put back afterwards,
 * with its modification time, so the catalog stays the one generated.
 */
export async function rebuildAfterOneEdit(ctx: BenchContext, catalog: Catalog): Promise<BuildResult> {
  const file = firstCredential(catalog.content);
  const before = readFileSync(file);
  const { atime, mtime } = statSync(file);
  writeFileSync(
    file,
    `${before.toString('utf8').trimEnd()}\n\nOne more sentence, added for the rebuild benchmark.\n`,
  );
  try {
    return await buildCatalog(ctx, catalog, 'ours', `rebuild ${catalog.name} after one edit`, true);
  } finally {
    writeFileSync(file, before);
    utimesSync(file, atime, mtime);
  }
}

/** The output folder of our latest build of `catalog`, building it now if there is none or the content or code changed since. */
export async function ensureBuilt(ctx: BenchContext, catalog: Catalog): Promise<string> {
  const base = join(ctx.dir, 'build', catalog.name, 'ours');
  const ready = join(base, 'READY');
  if (
    existsSync(ready) &&
    (JSON.parse(readFileSync(ready, 'utf8')) as { fingerprint?: string }).fingerprint ===
      buildFingerprint(ctx, catalog.content)
  )
    return join(base, 'dist');
  ctx.log(`building ${catalog.name} (needed by this part)…`);
  return (await buildCatalog(ctx, catalog, 'ours', `build ${catalog.name}`)).out;
}
