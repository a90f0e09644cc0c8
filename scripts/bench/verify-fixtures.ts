/**
 * Node-only: the badges the verification benchmark checks, made with the real issuer CLIs in a
 * copy of the seed catalog (as scripts/e2e-prepare.ts does): ES256, EdDSA and RS256 VC-JWTs,
 * their baked PNG and SVG, and an eddsa-rdfc-2022 Data Integrity credential; then a build of
 * that copy, whose /verify/ page and status lists the browser side uses.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { JWK } from 'jose';
import { CONTEXTS } from '../../src/lib/verify/data-integrity/contexts.ts';
import { compactRegistry } from '../../src/lib/verify/registry.ts';
import { registryFromContent } from '../lib/registry.ts';
import { astroBin, type BenchContext } from './context.ts';
import type { VerifyFixtures } from './browser/verify-sides.ts';

export const SITE = 'https://stackable.example/';

const ISSUES = [
  {
    issuer: 'riverbend-usd',
    alg: 'ES256',
    credential: 'riverbend-usd/hinge-questions',
    out: 'es256',
    proof: 'jwt',
  },
  {
    issuer: 'open-practice-collaborative',
    alg: 'EdDSA',
    credential: 'open-practice-collaborative/community-circles',
    out: 'eddsa',
    proof: 'jwt',
  },
  {
    issuer: 'lakemont-cli',
    alg: 'RS256',
    credential: 'lakemont-cli/lateral-reading',
    out: 'rs256',
    proof: 'jwt',
  },
  {
    issuer: 'open-practice-collaborative',
    alg: 'EdDSA',
    credential: 'open-practice-collaborative/community-circles',
    out: 'di',
    proof: 'data-integrity',
  },
] as const;

function badgeDir(base: string): string {
  const sub = readdirSync(base, { withFileTypes: true }).find((d) => d.isDirectory());
  if (!sub) throw new Error(`no badge in ${base}`);
  return join(base, sub.name);
}

export async function prepareVerifyFixtures(
  ctx: BenchContext,
): Promise<{ fixtures: VerifyFixtures; dist: string }> {
  const root = join(ctx.dir, 'verify');
  const content = join(root, 'content');
  const keys = join(root, 'keys');
  const badges = join(root, 'badges');
  const dist = join(root, 'dist');
  const env = {
    ...process.env,
    STACKABLE_CONTENT: content,
    STACKABLE_KEYS: keys,
    STACKABLE_OUT: dist,
    STACKABLE_CACHE: join(root, 'cache'),
    STACKABLE_SITE: SITE,
  };
  const cli = (script: string, ...args: string[]) =>
    execFileSync(process.execPath, [join(ctx.repo, 'scripts', script), ...args], {
      env,
      cwd: ctx.repo,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });

  ctx.log('verify: making keys and badges with the issuer CLIs in .bench/verify…');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync(join(ctx.repo, 'content'), content, { recursive: true });
  for (const [issuer, alg] of new Map(ISSUES.map((i) => [i.issuer, i.alg])))
    cli('keygen.ts', '--issuer', issuer, '--alg', alg, '--default');
  for (const i of ISSUES)
    cli(
      'issue.ts',
      '--credential',
      i.credential,
      '--email',
      `${i.out}@example.org`,
      '--name',
      `Bench ${i.out}`,
      '--proof',
      i.proof,
      '--out',
      join(badges, i.out),
    );
  ctx.log('verify: building that catalog copy…');
  execFileSync(process.execPath, [astroBin(ctx), 'build'], {
    env,
    cwd: ctx.repo,
    stdio: ['ignore', 'ignore', 'pipe'],
  });

  const registry = compactRegistry(await registryFromContent(content, SITE));
  const privateKey = (issuer: string) => {
    const dir = join(keys, issuer);
    const file = readdirSync(dir).find((f) => f.endsWith('.json'));
    if (!file) throw new Error(`no key for ${issuer}`);
    const {
      d: _d,
      p: _p,
      q: _q,
      dp: _dp,
      dq: _dq,
      qi: _qi,
      ...pub
    } = JSON.parse(readFileSync(join(dir, file), 'utf8')) as JWK;
    return pub;
  };
  const profile = (issuer: string) => `${SITE}issuers/${issuer}/profile.json`;
  const out: VerifyFixtures['badges'] = [];
  for (const i of ISSUES.filter((x) => x.proof === 'jwt')) {
    const dir = badgeDir(join(badges, i.out));
    const jwt = readFileSync(join(dir, 'badge.jwt'), 'utf8').trim();
    const jwk = privateKey(i.issuer);
    out.push({
      format: `VC-JWT ${i.alg}`,
      text: jwt,
      jwt,
      jwk,
      alg: i.alg,
      issuerProfile: profile(i.issuer),
    });
    if (i.alg === 'ES256') {
      out.push({
        format: 'baked PNG (ES256 VC-JWT)',
        base64: readFileSync(join(dir, 'badge.png')).toString('base64'),
        jwt,
        jwk,
        alg: i.alg,
        issuerProfile: profile(i.issuer),
      });
      out.push({
        format: 'baked SVG (ES256 VC-JWT)',
        text: readFileSync(join(dir, 'badge.svg'), 'utf8'),
        jwt,
        jwk,
        alg: i.alg,
        issuerProfile: profile(i.issuer),
      });
    }
  }
  const di = ISSUES.find((x) => x.proof === 'data-integrity');
  const diDir = badgeDir(join(badges, di?.out ?? 'di'));
  const diJson = readFileSync(join(diDir, 'badge.json'), 'utf8');
  const diJwk = privateKey(di?.issuer ?? '');
  out.push({
    format: 'Data Integrity eddsa-rdfc-2022 (JSON)',
    text: diJson,
    jwk: diJwk,
    alg: 'EdDSA',
    issuerProfile: profile(di?.issuer ?? ''),
  });

  // verifier-core's static documents: contexts, the JSON Schema it checks against, the status
  // lists as the site publishes them, and the issuer's key as a controller document.
  const documents: Record<string, string> = {};
  for (const [url, doc] of CONTEXTS) documents[url] = JSON.stringify(doc);
  documents['https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json'] =
    readFileSync(join(ctx.repo, 'test', 'fixtures', 'schemas', 'achievementcredential.json'), 'utf8');
  const credential = JSON.parse(diJson) as {
    proof: { verificationMethod: string }[];
    credentialStatus?: { statusListCredential?: string } | { statusListCredential?: string }[];
  };
  const vm = credential.proof[0]?.verificationMethod ?? '';
  const [controller = '', multibase = ''] = vm.split('#');
  documents[vm] = JSON.stringify({
    '@context': 'https://w3id.org/security/multikey/v1',
    id: vm,
    type: 'Multikey',
    controller,
    publicKeyMultibase: multibase,
  });
  documents[controller] = JSON.stringify({
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: controller,
    assertionMethod: [vm],
  });
  for (const s of [credential.credentialStatus ?? []].flat()) {
    const url = s.statusListCredential;
    if (!url?.startsWith(SITE)) continue;
    const file = join(dist, url.slice(SITE.length));
    if (existsSync(file)) documents[url] = readFileSync(file, 'utf8');
  }
  return { fixtures: { registry, badges: out, documents }, dist };
}
