/**
 * The adversarial corpus (test/fixtures/adversarial, issue 9): each case is a file and a
 * manifest entry with the verdict the verifier must give and the check and code that decide it.
 * Cases that name a network get a fetcher that records every address it is asked for, to prove
 * that nothing else is fetched. The corpus must also be what scripts/make-adversarial.ts makes.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CatalogIndex } from '../../../src/lib/catalog/index-json.ts';
import { CHECK_IDS } from '../../../src/lib/verify/report.ts';
import { verifyBadge } from '../../../src/lib/verify/verify.ts';
import type { Manifest } from '../../../scripts/lib/adversarial/index.ts';
import { makeCorpus } from '../../../scripts/lib/adversarial/index.ts';

const DIR = fileURLToPath(new URL('../../fixtures/adversarial/', import.meta.url));
const read = (rel: string) => readFileSync(DIR + rel);
const manifest = JSON.parse(read('manifest.json').toString('utf8')) as Manifest;
const registry = JSON.parse(read(manifest.registry).toString('utf8')) as CatalogIndex;
const NOW = new Date(manifest.now);

describe('adversarial corpus', () => {
  it('has cases in every family the issue names', () => {
    const families = new Set(manifest.cases.map((c) => c.id.split('/')[0]));
    expect([...families].sort()).toEqual([
      'alg',
      'claims',
      'data-url',
      'envelope',
      'fetch',
      'header',
      'issuer',
      'jsonld',
      'kid',
      'png',
      'status',
      'svg',
    ]);
  });

  for (const c of manifest.cases) {
    it(`${c.id}: ${c.expect.verdict} (${c.expect.check} ${c.expect.status}${c.expect.code ? ` ${c.expect.code}` : ''})`, async () => {
      const bytes = read(c.file);
      const input = c.file.endsWith('.png') ? new Uint8Array(bytes) : bytes.toString('utf8');
      const documents = new Map(
        Object.entries(c.documents ?? {}).map(([url, file]) => [url, read(file).toString('utf8')]),
      );
      const fetched: string[] = [];
      const fetch = async (url: string) => {
        fetched.push(url);
        return { status: 404, headers: { get: () => null }, text: async () => '' };
      };
      const report = await verifyBadge(input, {
        registry,
        now: NOW,
        resources: { documents, ...(c.network ? { fetch } : {}) },
      });
      const decisive = report.checks.find((x) => x.id === c.expect.check);
      expect(
        { verdict: report.verdict, status: decisive?.status, code: decisive?.code },
        `${c.description}\n${JSON.stringify(
          report.checks.filter((x) => x.status !== 'pass' && x.status !== 'skip'),
          null,
          1,
        ).slice(0, 1500)}`,
      ).toEqual({ verdict: c.expect.verdict, status: c.expect.status, code: c.expect.code });
      expect(report.checks.map((x) => x.id)).toEqual([...CHECK_IDS]);
      expect(fetched).toEqual(c.network?.fetched ?? []);
    });
  }

  it('is exactly what scripts/make-adversarial.ts generates (deterministic, from the keys in keys/)', async () => {
    const { files } = await makeCorpus(DIR);
    const stale = [...files]
      .filter(
        ([rel, content]) =>
          !read(rel).equals(
            typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content),
          ),
      )
      .map(([rel]) => rel);
    expect(stale, 'run: node scripts/make-adversarial.ts').toEqual([]);
  });
});
