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
cli('revoke.ts', '--badge', join(badges, 'revoked', '0001-bob-example-org', 'badge.jwt'));

execFileSync(node, [join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
  env,
  stdio: ['ignore', 'ignore', 'inherit'],
});
writeFileSync(join(E2E, 'READY'), new Date().toISOString());
console.log(`e2e site ready in .e2e/dist (${Math.round(performance.now() - started)} ms)`);
