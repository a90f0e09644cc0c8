/**
 * node scripts/make-adversarial.ts [--check]
 *
 * Writes the adversarial corpus to test/fixtures/adversarial/: one file per case under cases/,
 * manifest.json (each case's expected verdict, deciding check and code), registry.json (the
 * catalog the cases are checked against). Throwaway keys are made once into keys/ and reused,
 * and every signature is deterministic, so running it again changes nothing. With --check,
 * writes nothing and exits 1 if any file differs from what it would write.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { makeCorpus } from './lib/adversarial/index.ts';

const DIR = fileURLToPath(new URL('../test/fixtures/adversarial/', import.meta.url));
const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });

const { files, manifest } = await makeCorpus(DIR);
const stale: string[] = [];
for (const [rel, content] of files) {
  const path = join(DIR, rel);
  const want = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  const have = await readFile(path).catch(() => undefined);
  if (have?.equals(want)) continue;
  stale.push(rel);
  if (!values.check) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, want);
  }
}
if (values.check) {
  console.log(
    stale.length
      ? `${stale.length} corpus file(s) out of date: ${stale.join(', ')}\nRun: node scripts/make-adversarial.ts`
      : `corpus up to date: ${manifest.cases.length} cases`,
  );
  process.exit(stale.length ? 1 : 0);
}
console.log(`${manifest.cases.length} cases; ${stale.length} file(s) written to ${DIR}`);
