/**
 * The bad pull-request corpus (test/fixtures/bad-prs): each case is a folder of files, relative to
 * the repository root, that a pull request adds or changes, overlaid on the base branch, plus a
 * `case.json`. The base branch is the fixture catalog (test/fixtures/catalog) with the
 * `_base/` overlay (a second issuer, with keys). `materialize` writes a case out as a real
 * folder, so symbolic links, odd file names and binary images are read by the real reader.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Change } from '../../src/lib/catalog/namespace.ts';
import { PNG_SIGNATURE } from '../../src/lib/catalog/rules/images.ts';
import { FIXTURE_ROOT } from './content.ts';

export const CORPUS = fileURLToPath(new URL('../fixtures/bad-prs/', import.meta.url));
const BASE_OVERLAY = join(CORPUS, '_base');

export interface ExpectedProblem {
  code: string;
  file: string;
  line: number;
  field?: string;
  /** A fragment the message must contain. */
  message: string;
  severity?: 'error' | 'warning';
}

export interface CaseSpec {
  title: string;
  /** The pull request author's GitHub login. */
  author: string;
  /** Files the pull request deletes. */
  delete?: string[];
  /**
   * The change list the guard sees, when it is not simply "every file in the case is added or
   * modified, every deleted file deleted" (a rename, for instance).
   */
  changes?: Change[];
  /** Files made at test time: PNGs of a given size (signature, then zeros), or text of a given size. */
  generate?: ({ path: string; png: number } | { path: string; text: number })[];
  /** Symbolic links the pull request adds. */
  symlinks?: { path: string; target: string }[];
  /** Files whose names cannot live in the repository (back-slashes and the like). */
  inline?: { path: string; text: string }[];
  expected: ExpectedProblem[];
}

export interface Materialized {
  root: string;
  spec: CaseSpec;
  changes: Change[];
  baseIssuers: Map<string, string>;
  headIssuers: Map<string, string>;
  baseRecognizers: Map<string, string>;
  headRecognizers: Map<string, string>;
  /** Stack files the pull request adds or changes, as it leaves them. */
  headStacks: Map<string, string>;
  cleanup: () => Promise<void>;
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out.push(relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
  }
  return out.sort();
}

/** Every file of a materialized case, as the guard's tree scan reads tracked files. */
export async function trackedTexts(root: string): Promise<{ path: string; text: string }[]> {
  const out: { path: string; text: string }[] = [];
  for (const path of await listFiles(root)) {
    const bytes = await readFile(join(root, path));
    out.push({ path, text: bytes.includes(0) ? bytes.toString('latin1') : bytes.toString('utf8') });
  }
  return out;
}

export const caseNames = async () => (await readdir(CORPUS)).filter((n) => /^\d+-/.test(n)).sort();

/** The base branch alone (no case), written out. */
export async function materializeBase(): Promise<{ root: string; cleanup: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'stackable-base-'));
  await cp(join(FIXTURE_ROOT, 'content'), join(root, 'content'), { recursive: true });
  await cp(BASE_OVERLAY, root, { recursive: true });
  return { root, cleanup: () => rm(root, { recursive: true, force: true }) };
}

export async function materialize(name: string): Promise<Materialized> {
  const dir = join(CORPUS, name);
  const spec = JSON.parse(await readFile(join(dir, 'case.json'), 'utf8')) as CaseSpec;
  const { root, cleanup } = await materializeBase();
  const basePaths = new Set(await listFiles(root));
  const baseIssuers = new Map<string, string>();
  const baseRecognizers = new Map<string, string>();
  for (const p of basePaths) {
    if (p.startsWith('content/issuers/')) baseIssuers.set(p, await readFile(join(root, p), 'utf8'));
    if (p.startsWith('content/recognizers/')) baseRecognizers.set(p, await readFile(join(root, p), 'utf8'));
  }

  const changes: Change[] = [];
  const write = async (path: string, data: string | Uint8Array) => {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), data);
    changes.push({ status: basePaths.has(path) ? 'M' : 'A', path, mode: '100644' });
  };
  for (const p of (await listFiles(dir)).filter((p) => p !== 'case.json'))
    await write(p, await readFile(join(dir, p)));
  for (const f of spec.inline ?? []) await write(f.path, f.text);
  for (const g of spec.generate ?? []) {
    if ('text' in g) {
      await write(
        g.path,
        `---\ntitle: Padded\n---\n\n${'All work and no play. '.repeat(Math.ceil(g.text / 22))}`.slice(
          0,
          g.text,
        ),
      );
      continue;
    }
    const bytes = new Uint8Array(g.png);
    bytes.set(PNG_SIGNATURE);
    await write(g.path, bytes);
  }
  for (const s of spec.symlinks ?? []) {
    await mkdir(dirname(join(root, s.path)), { recursive: true });
    await symlink(s.target, join(root, s.path));
    changes.push({ status: 'A', path: s.path, mode: '120000' });
  }
  for (const p of spec.delete ?? []) {
    await rm(join(root, p));
    changes.push({ status: 'D', path: p });
  }
  const headIssuers = new Map<string, string>();
  const headRecognizers = new Map<string, string>();
  const headStacks = new Map<string, string>();
  for (const c of spec.changes ?? changes) {
    if (c.status === 'D') continue;
    if (c.path.startsWith('content/issuers/'))
      headIssuers.set(c.path, await readFile(join(root, c.path), 'utf8'));
    if (c.path.startsWith('content/recognizers/'))
      headRecognizers.set(c.path, await readFile(join(root, c.path), 'utf8'));
    if (c.path.startsWith('content/stacks/'))
      headStacks.set(c.path, await readFile(join(root, c.path), 'utf8'));
  }
  return {
    root,
    spec,
    changes: spec.changes ?? changes,
    baseIssuers,
    headIssuers,
    baseRecognizers,
    headRecognizers,
    headStacks,
    cleanup,
  };
}
