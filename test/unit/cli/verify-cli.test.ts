/**
 * npm run verify as a user runs it: with --fetch it still sends nothing to the loopback
 * interface, the local network or a metadata service, whatever address a badge names; and it
 * words the recipient step for the command line, not for the web page.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { exportJWK, generateKeyPair } from 'jose';
import { afterAll, describe, expect, it } from 'vitest';
import { signCredentialJwt } from '../../../src/lib/ob3/sign-jwt.ts';
import { REPO_ROOT } from '../../helpers/content.ts';

const exec = promisify(execFile);
type Report = { checks: { id: string; status: string; code?: string }[] };
const dir = mkdtempSync(join(tmpdir(), 'stackable-verify-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function verify(...args: string[]) {
  try {
    const r = await exec(process.execPath, [join(REPO_ROOT, 'scripts/verify.ts'), ...args], {
      cwd: REPO_ROOT,
    });
    return { code: 0, out: r.stdout };
  } catch (e) {
    const x = e as { code: number; stdout: string };
    return { code: x.code, out: x.stdout };
  }
}

describe('npm run verify', () => {
  it('with --fetch, sends nothing to addresses a badge names on this machine or its network', async () => {
    let hits = 0;
    const server = createServer((_, res) => {
      hits++;
      res.end('{}');
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const port = (server.address() as AddressInfo).port;
    const files = [
      `http://127.0.0.1:${port}/assertions/1`,
      `https://127.0.0.1:${port}/assertions/2`,
      `https://localhost:${port}/assertions/3`,
      'https://169.254.169.254/latest/meta-data/',
    ].map((url, i) => {
      const f = join(dir, `hosted-${i}.txt`);
      writeFileSync(f, `${url}\n`);
      return f;
    });
    const r = await verify('--fetch', '--json', ...files);
    server.close();
    expect(hits).toBe(0);
    // Refused before any request: nothing could be checked, so the badge is unverified, and the
    // report says why nothing was fetched.
    const reports = JSON.parse(r.out) as {
      verdict: string;
      checks: { id: string; status: string; code?: string; message: string }[];
    }[];
    expect(reports).toHaveLength(4);
    for (const report of reports) {
      expect(report.verdict).toBe('unverified');
      const proof = report.checks.find((c) => c.id === 'proof');
      expect(proof).toMatchObject({ status: 'warn', code: 'ERR_FETCH_NOT_ALLOWED' });
      expect(proof?.message).toMatch(/not fetched: /i);
      // Not checked for want of a signature, not for want of --email.
      expect(report.checks.find((c) => c.id === 'recipient')?.message).toMatch(/^Not checked: /);
    }
    expect(r.code).toBe(3);
  }, 60_000);

  it('verifies a VC-JWT whose kid is a did:web key, with the DID document supplied by --map', async () => {
    const did = 'did:web:badges.example.edu';
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const token = await signCredentialJwt(
      {
        '@context': ['https://www.w3.org/ns/credentials/v2'],
        id: 'urn:uuid:5b1f4c1e-0000-4000-8000-000000000001',
        type: ['VerifiableCredential'],
        issuer: did,
        validFrom: '2025-01-01T00:00:00Z',
        credentialSubject: { id: 'did:example:someone' },
      } as never,
      { alg: 'ES256', kid: `${did}#key-1`, privateJwk: await exportJWK(privateKey) },
    );
    const badge = join(dir, 'did-web.jwt');
    const doc = join(dir, 'did.json');
    writeFileSync(badge, token);
    writeFileSync(
      doc,
      JSON.stringify({
        id: did,
        verificationMethod: [
          {
            id: `${did}#key-1`,
            type: 'JsonWebKey',
            controller: did,
            publicKeyJwk: await exportJWK(publicKey),
          },
        ],
        assertionMethod: [`${did}#key-1`],
      }),
    );
    const proof = async (...args: string[]) => {
      const out = JSON.parse((await verify('--json', ...args, badge)).out) as Report | Report[];
      return (Array.isArray(out) ? out[0] : out)?.checks.find((c) => c.id === 'proof');
    };
    expect(await proof('--map', `https://badges.example.edu/.well-known/did.json=${doc}`)).toMatchObject({
      status: 'pass',
    });
    expect(await proof()).toMatchObject({ status: 'warn', code: 'ERR_FETCH_NOT_ALLOWED' });
  }, 60_000);

  it('asks for --email on the command line, where the page asks to type an address', async () => {
    const r = await verify(join(REPO_ROOT, 'test/fixtures/vectors/1edtech/simple-jwt.png'));
    expect(r.out).toContain(
      'Recipient: Give --email ADDRESS to check the badge was awarded to that address.',
    );
    expect(r.out).not.toContain('this browser');
  }, 60_000);
});
