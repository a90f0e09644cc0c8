/**
 * node scripts/verdict-corpus.ts [--out FILE]
 *
 * The verdict this verifier gives every badge of the project's corpora: the adversarial corpus
 * (test/fixtures/adversarial, with its registry, clock and documents) and every badge-like file
 * of the external test vectors (test/fixtures/vectors, with no registry and a fixed clock). One
 * line per badge: its id, the verdict, and the codes of the rows that did not pass. Run it on two
 * versions and diff the outputs to list every verdict change between them.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { verifyBadge } from '../src/lib/verify/verify.ts';

interface Case {
  id: string;
  file: string;
  documents?: Record<string, string>;
  network?: unknown;
}

const ROOT = join(import.meta.dirname, '..');
const ADV = join(ROOT, 'test/fixtures/adversarial');
const VECTORS = join(ROOT, 'test/fixtures/vectors');
const BADGE_FILE = /\.(json|jwt|jws|png|svg)$/;

const { values } = parseArgs({ options: { out: { type: 'string' } } });

const lines: string[] = [];
const row = (id: string, r: Awaited<ReturnType<typeof verifyBadge>>) =>
  lines.push(
    `${id}\t${r.verdict}\t${r.checks
      .filter((c) => c.status === 'fail' || c.status === 'warn')
      .map((c) => `${c.id}:${c.code ?? c.status}`)
      .join(' ')}`,
  );
const input = (path: string) =>
  path.endsWith('.png') ? new Uint8Array(readFileSync(path)) : readFileSync(path, 'utf8');

const manifest = JSON.parse(readFileSync(join(ADV, 'manifest.json'), 'utf8')) as {
  now: string;
  registry: string;
  cases: Case[];
};
const registry = JSON.parse(readFileSync(join(ADV, manifest.registry), 'utf8')) as never;
const fetch = () => Promise.resolve({ status: 404, headers: { get: () => null }, text: async () => '' });
for (const c of manifest.cases) {
  const documents = new Map(
    Object.entries(c.documents ?? {}).map(([url, f]) => [url, readFileSync(join(ADV, f), 'utf8')]),
  );
  const r = await verifyBadge(input(join(ADV, c.file)), {
    registry,
    now: new Date(manifest.now),
    resources: { documents, ...(c.network ? { fetch } : {}) },
  });
  row(`adversarial/${c.id}`, r);
}

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : BADGE_FILE.test(d.name) ? [join(dir, d.name)] : [],
  );
for (const file of walk(VECTORS).sort()) {
  const r = await verifyBadge(input(file), { now: new Date('2026-06-01T00:00:00Z') });
  row(`vectors/${relative(VECTORS, file)}`, r);
}

const text = `${lines.join('\n')}\n`;
if (values.out) writeFileSync(values.out, text);
else process.stdout.write(text);
