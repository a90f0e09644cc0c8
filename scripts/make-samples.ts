/**
 * node scripts/make-samples.ts
 *
 * Makes the sample badges in public/samples/ that the verify page offers under "Try a sample",
 * and gives the seed issuers real signing keys to make them with. On a scratch copy of the
 * catalog, the project's own tools make a key pair for each seed issuer (keygen --rotate: keys
 * from an earlier run are retired, and the badges they signed keep verifying), issue badges,
 * and revoke one; the few samples the tools refuse to make on purpose (a badge already expired,
 * a tampered one, one from an issuer outside the catalog, a look-alike, a forgery, a proof this
 * verifier cannot check) are made from those with the same library code. Then only the public
 * halves (the issuer files) and the signed status lists are copied back into content/, and the
 * scratch copy, with every private key in it, is deleted: nobody holds the seed issuers'
 * private keys, so nobody can sign another badge in their name.
 *
 * Commit content/issuers/*.md, content/status/ and public/samples/ afterwards.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { buildCredential } from '../src/lib/ob3/credential.ts';
import { ed25519Multibase } from '../src/lib/ob3/sign-data-integrity.ts';
import { signCredentialJwt } from '../src/lib/ob3/sign-jwt.ts';
import { loadIssuing } from './lib/issue-load.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SAMPLES = join(ROOT, 'public', 'samples');
const SEED: [issuer: string, alg: string][] = [
  ['riverbend-usd', 'ES256'],
  ['open-practice-collaborative', 'EdDSA'],
  ['lakemont-cli', 'ES256'],
];

export interface Sample {
  file: string;
  /** The button's words. */
  label: string;
  /** The verdict the verifier must give (checked by the unit and end-to-end tests). */
  verdict: 'verified' | 'warnings' | 'unverified' | 'invalid' | 'unreadable';
  about: string;
}

const scratch = mkdtempSync(join(tmpdir(), 'stackable-samples-'));
const content = join(scratch, 'content');
const keys = join(scratch, 'keys');
const out = join(scratch, 'out');
const env = { ...process.env, STACKABLE_CONTENT: content, STACKABLE_KEYS: keys };
const cli = (script: string, ...args: string[]) =>
  execFileSync(process.execPath, [join(ROOT, 'scripts', script), ...args], {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
const only = (dir: string) => join(dir, readdirSync(dir).find((f) => /^\d{4}-/.test(f)) ?? '');
const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
const payloadOf = (jwt: string) =>
  JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;

/** A throwaway Ed25519 key named by its did:key: for the samples that come from outside the catalog. */
async function didKeySigner() {
  const { privateKey } = await generateKeyPair('EdDSA', { extractable: true });
  const privateJwk: JWK = await exportJWK(privateKey);
  const mb = ed25519Multibase(privateJwk);
  return { did: `did:key:${mb}`, signer: { alg: 'EdDSA' as const, kid: `did:key:${mb}#${mb}`, privateJwk } };
}

try {
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  for (const [issuer, alg] of SEED) cli('keygen.ts', '--issuer', issuer, '--alg', alg, '--rotate');

  cli(
    'issue.ts',
    '--credential',
    'riverbend-usd/hinge-questions',
    '--email',
    'sam.rivera@example.org',
    '--name',
    'Sam Rivera',
    '--out',
    join(out, 'verified'),
  );
  cli(
    'issue.ts',
    '--credential',
    'riverbend-usd/success-criteria',
    '--email',
    'jo.park@example.org',
    '--name',
    'Jo Park',
    '--out',
    join(out, 'revoked'),
  );
  cli('revoke.ts', '--badge', join(only(join(out, 'revoked')), 'badge.jwt'));
  cli(
    'issue.ts',
    '--credential',
    'open-practice-collaborative/community-circles',
    '--email',
    'lee.chen@example.org',
    '--name',
    'Lee Chen',
    '--proof',
    'data-integrity',
    '--out',
    join(out, 'di'),
  );

  const verified = only(join(out, 'verified'));
  const jwt = readFileSync(join(verified, 'badge.jwt'), 'utf8').trim();
  const unsigned = JSON.parse(readFileSync(join(verified, 'credential-unsigned.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const di = JSON.parse(readFileSync(join(only(join(out, 'di')), 'badge.json'), 'utf8')) as Record<
    string,
    unknown
  >;

  // Expired: a record re-created after its validity ended (validFrom and validUntil in the past).
  const lakemont = await loadIssuing({
    credential: 'lakemont-cli/lateral-reading',
    proof: 'jwt',
    out,
    skipInvalid: false,
    results: [],
    keys,
    content,
  });
  const expired = await signCredentialJwt(
    await buildCredential({
      achievement: lakemont.achievement,
      issuer: lakemont.profile,
      recipient: { email: 'max.okafor@example.org', name: 'Max Okafor' },
      validFrom: new Date('2025-01-15T00:00:00Z'),
      validUntil: new Date('2026-01-15T00:00:00Z'),
    }),
    lakemont.signer,
  );

  // Tampered: the genuine token with its credential changed after signing (the name of the earner).
  const changed = payloadOf(jwt);
  const subject = changed.credentialSubject as Record<string, unknown>;
  changed.credentialSubject = { ...subject, name: 'Mallory Moss' };
  const [head, , sig] = jwt.split('.');
  const tampered = `${head}.${b64(changed)}.${sig}`;

  // From outside the catalog: an honest badge of an issuer this catalog does not register.
  const { credentialStatus: _status, ...base } = unsigned;
  const achievement = (subject.achievement ?? {}) as Record<string, unknown>;
  const outsider = await didKeySigner();
  const elsewhere = (issuer: Record<string, unknown>, achievementId: string) => ({
    ...base,
    issuer,
    credentialSubject: {
      ...subject,
      achievement: { ...achievement, id: achievementId, creator: issuer },
    },
  });
  const outside = await signCredentialJwt(
    elsewhere(
      { id: outsider.did, type: ['Profile'], name: 'Northfield Teachers Academy' },
      'https://northfield-academy.example/achievements/hinge-questions',
    ) as never,
    outsider.signer,
  );
  // A look-alike: the registered name spelt with a Cyrillic "і", by an issuer outside the catalog.
  const mimic = await didKeySigner();
  const lookalike = await signCredentialJwt(
    elsewhere(
      { id: mimic.did, type: ['Profile'], name: 'Rіverbend Unified School District' },
      'https://riverbend-usd.example.net/achievements/hinge-questions',
    ) as never,
    mimic.signer,
  );
  // A forgery: Riverbend's own credential and issuer id, signed by someone else's key.
  const forger = await didKeySigner();
  const forged = await signCredentialJwt(unsigned as never, forger.signer);
  // A proof this verifier cannot check: the Data Integrity sample relabelled as bbs-2023.
  const proofs = [di.proof].flat() as Record<string, unknown>[];
  const unverifiable = { ...di, proof: proofs.map((p) => ({ ...p, cryptosuite: 'bbs-2023' })) };

  rmSync(SAMPLES, { recursive: true, force: true });
  mkdirSync(SAMPLES, { recursive: true });
  const write = (file: string, data: string | Uint8Array) => writeFileSync(join(SAMPLES, file), data);
  write('verified.jwt', `${jwt}\n`);
  write('verified.png', readFileSync(join(verified, 'badge.png')));
  write('verified.svg', readFileSync(join(verified, 'badge.svg')));
  write('data-integrity.json', `${JSON.stringify(di, null, 2)}\n`);
  write('revoked.jwt', readFileSync(join(only(join(out, 'revoked')), 'badge.jwt')));
  write('expired.jwt', `${expired}\n`);
  write('tampered.jwt', `${tampered}\n`);
  write('outside-catalog.jwt', `${outside}\n`);
  write('lookalike.jwt', `${lookalike}\n`);
  write('forged.jwt', `${forged}\n`);
  write('unverifiable.json', `${JSON.stringify(unverifiable, null, 2)}\n`);
  const samples: Sample[] = [
    {
      file: 'verified.jwt',
      label: 'Verified (token)',
      verdict: 'verified',
      about:
        'A badge of Riverbend Unified School District, as the issue tool writes it: a VC-JWT. The earner’s email is sam.rivera@example.org.',
    },
    {
      file: 'verified.png',
      label: 'Verified (PNG image)',
      verdict: 'verified',
      about: 'The same badge baked into its PNG artwork.',
    },
    {
      file: 'verified.svg',
      label: 'Verified (SVG image)',
      verdict: 'verified',
      about: 'The same badge baked into its SVG artwork.',
    },
    {
      file: 'data-integrity.json',
      label: 'Data Integrity proof',
      verdict: 'verified',
      about: 'A badge of the Open Practice Collaborative with an embedded eddsa-rdfc-2022 proof.',
    },
    {
      file: 'revoked.jwt',
      label: 'Revoked',
      verdict: 'invalid',
      about: 'A genuine badge its issuer has since revoked in its signed status list.',
    },
    {
      file: 'expired.jwt',
      label: 'Expired',
      verdict: 'invalid',
      about: 'A genuine badge of Lakemont whose validity ended on 15 January 2026.',
    },
    {
      file: 'tampered.jwt',
      label: 'Tampered',
      verdict: 'invalid',
      about: 'The verified token with the earner’s name changed after it was signed.',
    },
    {
      file: 'forged.jwt',
      label: 'Forged',
      verdict: 'invalid',
      about: 'Riverbend’s badge, word for word, signed by someone else’s key.',
    },
    {
      file: 'lookalike.jwt',
      label: 'Look-alike issuer',
      verdict: 'warnings',
      about:
        'A genuine signature by an issuer outside the catalog whose name imitates Riverbend’s (a Cyrillic “і”).',
    },
    {
      file: 'outside-catalog.jwt',
      label: 'Issuer outside the catalog',
      verdict: 'warnings',
      about: 'An honest badge with a genuine signature from an issuer this catalog does not register.',
    },
    {
      file: 'unverifiable.json',
      label: 'Proof that cannot be checked',
      verdict: 'unverified',
      about: 'The Data Integrity badge relabelled as bbs-2023, a proof this verifier cannot check.',
    },
  ];
  write('samples.json', `${JSON.stringify(samples, null, 2)}\n`);

  // Only public material goes back: the issuer files with their public keys, and the signed status lists.
  for (const [issuer] of SEED)
    cpSync(join(content, 'issuers', `${issuer}.md`), join(ROOT, 'content', 'issuers', `${issuer}.md`));
  cpSync(join(content, 'status'), join(ROOT, 'content', 'status'), { recursive: true });
  console.log(
    `${samples.length} samples in public/samples/; public keys in content/issuers/; private keys deleted.`,
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
