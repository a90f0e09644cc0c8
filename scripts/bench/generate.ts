/**
 * Node-only: writes a synthetic catalog into `<root>/content`: generated issuers, credentials,
 * stacks and assessment rubrics, plus the seed catalog's glossary and quality rubric (which
 * every catalog needs), then runs the content check over the result. Deterministic: the same
 * options and seed content give the same files.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { checkCatalog } from '../../src/lib/catalog/check.ts';
import { readContentFiles } from '../../src/lib/catalog/read-content.ts';
import { parseSource } from '../../src/lib/catalog/source.ts';
import { generateCredentials, generateStacks } from './gen-credentials.ts';
import { generateIssuers, generateRubrics, type GeneratedEntry } from './gen-orgs.ts';
import { generateRecognizers } from './gen-recognizers.ts';
import { createRng } from './prng.ts';
import { bodyProse, proseModel, trainingSentences } from './text.ts';

export interface GenerateOptions {
  /** Folder that receives `content/` (replaced if it exists). */
  root: string;
  credentials: number;
  issuers?: number;
  stacks?: number;
  rubrics?: number;
  seed?: number | string;
  /** The seed catalog to learn prose from and copy the glossary and quality rubric from. */
  seedContent?: string;
  /** Skip the content check (it is on by default). */
  skipCheck?: boolean;
  onProgress?: (message: string) => void;
}

export interface GenerateResult {
  content: string;
  counts: {
    issuers: number;
    credentials: number;
    stacks: number;
    rubrics: number;
    glossary: number;
    recognizers: number;
  };
  bytes: number;
  vocabulary: number;
  checkMs?: number;
  warnings: number;
}

/** Default sizes for a catalog of `credentials`: about 25 credentials per issuer, 10 per stack, 100 per rubric. */
export function defaultSizes(credentials: number) {
  return {
    issuers: Math.max(3, Math.round(credentials / 25)),
    stacks: Math.max(1, Math.round(credentials / 10)),
    rubrics: Math.max(2, Math.round(credentials / 100)),
  };
}

function render(entry: GeneratedEntry<unknown>): string {
  const data = Object.fromEntries(
    Object.entries(entry.data as Record<string, unknown>).filter(([, v]) => v !== undefined),
  );
  return `---\n${stringify(data, { lineWidth: 100 })}---\n\n${entry.body}\n`;
}

export async function generateCatalog(opts: GenerateOptions): Promise<GenerateResult> {
  const seedContent = opts.seedContent ?? 'content';
  const log = opts.onProgress ?? (() => {});
  const sizes = {
    ...defaultSizes(opts.credentials),
    ...Object.fromEntries(
      Object.entries({ issuers: opts.issuers, stacks: opts.stacks, rubrics: opts.rubrics }).filter(
        ([, v]) => v !== undefined,
      ),
    ),
  };
  const rng = createRng(opts.seed ?? 1);

  // Learn prose from the seed credentials, issuers and stacks (bodies and long frontmatter text).
  const seedFiles = await readContentFiles(
    dirname(seedContent),
    seedContent.split(/[/\\]/).at(-1) ?? 'content',
  );
  const prose: string[] = [];
  for (const f of seedFiles.filter((x) => /\/(credentials|issuers|stacks)\//.test(x.path))) {
    const parsed = parseSource(f).source;
    if (!parsed) continue;
    prose.push(bodyProse(parsed.body));
    const d = parsed.data as Record<string, unknown>;
    for (const k of ['summary', 'competency', 'keyMethod', 'access', 'resubmission'])
      if (typeof d[k] === 'string') prose.push(d[k]);
  }
  const model = proseModel(trainingSentences(prose.join(' ')));

  const content = join(opts.root, 'content');
  rmSync(content, { recursive: true, force: true });
  for (const dir of ['issuers', 'credentials', 'stacks', 'rubrics', 'status'])
    mkdirSync(join(content, dir), { recursive: true });
  cpSync(join(seedContent, 'glossary'), join(content, 'glossary'), { recursive: true });
  cpSync(
    join(seedContent, 'rubrics', 'quality-assurance.mdx'),
    join(content, 'rubrics', 'quality-assurance.mdx'),
  );
  const qualitySource = parseSource({
    path: 'content/rubrics/quality-assurance.mdx',
    text: readFileSync(join(seedContent, 'rubrics', 'quality-assurance.mdx'), 'utf8'),
  }).source;
  const qualityData = qualitySource?.data as { criteria: { id: string }[]; levels: { id: string }[] };
  const quality = {
    criteria: qualityData.criteria.map((k) => k.id),
    levels: qualityData.levels.map((l) => l.id),
  };

  let bytes = 0;
  const write = (path: string, entry: GeneratedEntry<unknown>) => {
    const text = render(entry);
    bytes += Buffer.byteLength(text);
    writeFileSync(path, text);
  };

  const issuers = generateIssuers(rng.fork('issuers'), model, sizes.issuers);
  for (const i of issuers) write(join(content, 'issuers', `${i.id}.md`), i);
  const rubrics = generateRubrics(
    rng.fork('rubrics'),
    model,
    sizes.rubrics,
    issuers.map((i) => i.id),
  );
  for (const r of rubrics) write(join(content, 'rubrics', `${r.id}.mdx`), r);
  const refs = issuers.map((i) => ({
    id: i.id,
    name: String(i.data.name),
    short: String(i.data.shortName ?? i.data.name),
  }));
  const credentials = generateCredentials(
    rng.fork('credentials'),
    model,
    opts.credentials,
    refs,
    rubrics.map((r) => r.id),
    quality,
  );
  const folders = new Set<string>();
  for (const [n, c] of credentials.entries()) {
    if (!folders.has(c.issuer)) {
      mkdirSync(join(content, 'credentials', c.issuer), { recursive: true });
      folders.add(c.issuer);
    }
    write(join(content, 'credentials', `${c.id}.mdx`), c);
    if ((n + 1) % 2000 === 0) log(`  wrote ${n + 1} of ${credentials.length} credentials`);
  }
  const stacks = generateStacks(rng.fork('stacks'), model, sizes.stacks, credentials, refs);
  for (const s of stacks) write(join(content, 'stacks', `${s.id}.mdx`), s);
  const recognition = generateRecognizers(
    rng.fork('recognizers'),
    model,
    Math.max(1, Math.round(issuers.length / 10)),
    issuers.map((i) => i.id),
    stacks.map((s) => s.id),
  );
  mkdirSync(join(content, 'recognizers'), { recursive: true });
  for (const r of recognition.recognizers) write(join(content, 'recognizers', `${r.id}.md`), r);
  for (const p of recognition.policies) {
    mkdirSync(join(content, 'policies', p.id.split('/')[0] ?? ''), { recursive: true });
    write(join(content, 'policies', `${p.id}.md`), p);
  }
  writeFileSync(
    join(content, 'README.md'),
    `Synthetic catalog generated for benchmarks (seed ${String(opts.seed ?? 1)}, ${opts.credentials} credentials). Not real content.\n`,
  );

  const counts = {
    issuers: issuers.length,
    credentials: credentials.length,
    stacks: stacks.length,
    rubrics: rubrics.length + 1,
    glossary: readdirSync(join(content, 'glossary')).length,
    recognizers: recognition.recognizers.length,
  };
  const result: GenerateResult = { content, counts, bytes, vocabulary: model.vocabulary, warnings: 0 };
  if (!opts.skipCheck) {
    const started = performance.now();
    const { problems, ok } = await checkCatalog(await readContentFiles(opts.root));
    result.checkMs = Math.round(performance.now() - started);
    result.warnings = problems.filter((p) => p.severity === 'warning').length;
    if (!ok || problems.length) {
      const sample = problems
        .slice(0, 10)
        .map((p) => `${p.file}:${p.line} ${p.field ?? ''} ${p.message}`)
        .join('\n');
      throw new Error(
        `The generated catalog does not pass the content check (${problems.length} problems):\n${sample}`,
      );
    }
  }
  return result;
}
