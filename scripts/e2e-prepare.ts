/**
 * Prepares the end-to-end test site in .e2e/: a copy of the catalog in which the issuer tools
 * (the real CLIs) make keys, issue badges (VC-JWT and eddsa-rdfc-2022, baked PNG and SVG) and
 * revoke one; then a production build of that copy into .e2e/dist, which the Playwright suite
 * serves with `astro preview`. The repository's own content/ is never touched.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const E2E = resolve('.e2e');
const content = join(E2E, 'content');
const keys = join(E2E, 'keys');
const badges = join(E2E, 'badges');
const env = {
  ...process.env,
  STACKABLE_CONTENT: content,
  STACKABLE_KEYS: keys,
  STACKABLE_OUT: join(E2E, 'dist'),
  STACKABLE_CACHE: join(E2E, 'cache'),
};
const node = process.execPath;

function cli(script: string, ...args: string[]): string {
  // Output goes to .e2e/prepare.log; a failing tool throws with its own error message.
  const out = execFileSync(node, [join('scripts', script), ...args], {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return out;
}

const started = performance.now();
rmSync(E2E, { recursive: true, force: true });
mkdirSync(E2E, { recursive: true });
cpSync('content', content, { recursive: true });

// The seed issuers publish sample keys (scripts/make-samples.ts); the test keys sign from now on.
cli('keygen.ts', '--issuer', 'riverbend-usd', '--default');
cli('keygen.ts', '--issuer', 'open-practice-collaborative', '--alg', 'EdDSA', '--default');
cli('keygen.ts', '--issuer', 'lakemont-cli', '--alg', 'RS256', '--default');

cli(
  'issue.ts',
  '--credential',
  'riverbend-usd/hinge-questions',
  '--email',
  'ada@example.org',
  '--name',
  'Ada Lovelace',
  '--out',
  join(badges, 'valid'),
);
cli(
  'issue.ts',
  '--credential',
  'riverbend-usd/success-criteria',
  '--email',
  'bob@example.org',
  '--name',
  'Bob Moses',
  '--out',
  join(badges, 'revoked'),
);
cli(
  'issue.ts',
  '--credential',
  'open-practice-collaborative/community-circles',
  '--email',
  'cy@example.org',
  '--name',
  'Cy Young',
  '--proof',
  'data-integrity',
  '--out',
  join(badges, 'data-integrity'),
);
cli(
  'issue.ts',
  '--credential',
  'lakemont-cli/lateral-reading',
  '--recipient',
  'did:example:dee',
  '--name',
  'Dee Dee',
  '--out',
  join(badges, 'rs256'),
);
// The educator's passport: one educator's badges for all four credentials of an ordered stack.
for (const slug of ['success-criteria', 'hinge-questions', 'exit-ticket-analysis', 'actionable-feedback'])
  cli(
    'issue.ts',
    '--credential',
    `riverbend-usd/${slug}`,
    '--email',
    'pat@example.org',
    '--name',
    'Pat Rivera',
    '--out',
    join(badges, 'passport', slug),
  );
// With the verify page's samples (public/samples/), whose verified token is Sam Rivera's hinge
// questions badge: Sam's other three credentials of that stack, for the passport's mixed set.
for (const slug of ['success-criteria', 'exit-ticket-analysis', 'actionable-feedback'])
  cli(
    'issue.ts',
    '--credential',
    `riverbend-usd/${slug}`,
    '--email',
    'sam.rivera@example.org',
    '--name',
    'Sam Rivera',
    '--out',
    join(badges, 'sam', slug),
  );
// For the interoperability tests (test/e2e/interop.spec.ts): an EdDSA VC-JWT, and a revoked
// Data Integrity badge (revoking it re-signs both forms of the list).
cli(
  'issue.ts',
  '--credential',
  'open-practice-collaborative/community-circles',
  '--email',
  'eve@example.org',
  '--name',
  'Eve Tardos',
  '--out',
  join(badges, 'eddsa-jwt'),
);
cli(
  'issue.ts',
  '--credential',
  'open-practice-collaborative/community-circles',
  '--email',
  'fay@example.org',
  '--name',
  'Fay Ajzenberg',
  '--proof',
  'data-integrity',
  '--out',
  join(badges, 'data-integrity-revoked'),
);
cli('revoke.ts', '--badge', join(badges, 'revoked', '0001-bob-example-org', 'badge.jwt'));
cli('revoke.ts', '--badge', join(badges, 'data-integrity-revoked', '0001-fay-example-org', 'badge.json'));

execFileSync(node, [join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
  env,
  stdio: ['ignore', 'ignore', 'inherit'],
});
writeFileSync(join(E2E, 'READY'), new Date().toISOString());
console.log(`e2e site ready in .e2e/dist (${Math.round(performance.now() - started)} ms)`);
