/**
 * Every external vector in test/fixtures/vectors gives its expected result (see each folder's
 * README.md there; copies in test/fixtures/vectors). Signatures must match the published
 * expectation exactly; the verdict then follows this catalog's trust model: a valid signature
 * from an issuer the catalog does not publish is "warnings", never "verified".
 */
import { describe, expect, it } from 'vitest';
import { verifyBadge } from '../../../src/lib/verify/verify.ts';
import type { Report } from '../../../src/lib/verify/report.ts';
import { joseKeyDocuments, ob20Documents, vectorBytes, vectorText } from '../../helpers/vectors.ts';

const NOW = new Date('2026-11-23T12:00:00Z');
const status = (r: Report) => Object.fromEntries(r.checks.map((c) => [c.id, c.status]));

interface Case {
  name: string;
  source: string;
  input: () => string | Uint8Array;
  documents?: () => Map<string, string>;
  verdict: Report['verdict'];
  format: Report['format'];
  expect: Partial<Record<string, string>>;
  codes?: Partial<Record<string, string>>;
}

const BSL_LIST =
  'https://raw.githubusercontent.com/1EdTech/digital-credentials-public-validator/refs/heads/main/inspector-vc/src/test/resources/ob30/bit-string-list/testlist';

const CASES: Case[] = [
  // W3C VC-JOSE-COSE (vectors/w3c-vc-jose-cose/README.md)
  {
    name: 'vc+jwt ES256 minimal',
    source: 'suite test 6: valid',
    input: () => vectorText('w3c-vc-jose-cose/credential-jose-minimal.txt'),
    documents: joseKeyDocuments,
    verdict: 'warnings',
    format: 'vc-jose-jwt',
    expect: { proof: 'pass', structure: 'warn', key: 'warn', issuer: 'warn', claims: 'pass', dates: 'pass' },
  },
  {
    name: 'vc+jwt ES512 with unknown extensions',
    source: 'valid with the P-521 key named by kid',
    input: () => vectorText('w3c-vc-jose-cose/credential-jose-unknown-extensions.txt'),
    documents: joseKeyDocuments,
    verdict: 'warnings',
    format: 'vc-jose-jwt',
    expect: { proof: 'pass' },
  },
  {
    name: 'vc+jwt EdDSA issuer match',
    source: 'suite test 8: valid',
    input: () => vectorText('w3c-vc-jose-cose/credential-issuer-match-signed.txt'),
    documents: joseKeyDocuments,
    verdict: 'warnings',
    format: 'vc-jose-jwt',
    expect: { proof: 'pass', claims: 'pass' },
  },
  {
    name: 'vc+jwt bad signature',
    source: 'suite test 12: failure',
    input: () => vectorText('w3c-vc-jose-cose/credential-jose-bad-signature.txt'),
    documents: joseKeyDocuments,
    verdict: 'invalid',
    format: 'vc-jose-jwt',
    expect: { proof: 'fail', key: 'skip', dates: 'skip' },
    codes: { proof: 'ERR_SIGNATURE_INVALID' },
  },
  {
    name: 'vp+jwt presentation',
    source: 'presentations are out of scope: paste a credential',
    input: () => vectorText('w3c-vc-jose-cose/presentation-jose-multiple.txt'),
    documents: joseKeyDocuments,
    verdict: 'unreadable',
    format: 'unknown',
    expect: { format: 'fail' },
    codes: { format: 'ERR_PRESENTATION' },
  },
  // 1EdTech validator fixtures (vectors/1edtech/README.md)
  {
    name: 'baked PNG VC-JWT (RS256, header jwk)',
    source: 'testSimplePNGJWTValid: valid',
    input: () => vectorBytes('1edtech/simple-jwt.png'),
    verdict: 'warnings',
    format: 'ob3-vc-jwt',
    expect: {
      format: 'pass',
      structure: 'pass',
      proof: 'pass',
      key: 'warn',
      issuer: 'warn',
      claims: 'pass',
      dates: 'pass',
      status: 'skip',
      achievement: 'warn',
    },
  },
  {
    name: 'baked SVG VC-JWT',
    source: 'testSimpleJsonSVGJWTValid: valid',
    input: () => vectorText('1edtech/simple-jwt.svg'),
    verdict: 'warnings',
    format: 'ob3-vc-jwt',
    expect: { proof: 'pass', claims: 'pass', dates: 'pass' },
  },
  {
    name: 'baked PNG VC 1.1 JWT (vc claim)',
    source: 'testSimpleV1PNGJWTValid: valid with warnings',
    input: () => vectorBytes('1edtech/simple-jwt_v1.png'),
    verdict: 'warnings',
    format: 'vc1-jwt',
    expect: { proof: 'pass', claims: 'pass', dates: 'pass' },
  },
  {
    name: 'extracted PNG token as text',
    source: 'same token as simple-jwt.png',
    input: () => vectorText('1edtech/extracted/simple-jwt.png.jws'),
    verdict: 'warnings',
    format: 'ob3-vc-jwt',
    expect: { proof: 'pass' },
  },
  {
    name: 'JSON eddsa-rdfc-2022, issuer fragment key',
    source: 'testSimpleJsonValid: valid',
    input: () => vectorText('1edtech/simple.json'),
    verdict: 'warnings',
    format: 'ob3-json-data-integrity',
    expect: { structure: 'pass', proof: 'pass', key: 'warn', issuer: 'warn', claims: 'skip', dates: 'pass' },
  },
  {
    name: 'JSON with a bad proof value',
    source: 'testSimpleJsonInvalidProofValue: invalid',
    input: () => vectorText('1edtech/simple-err-proof-value.json'),
    verdict: 'invalid',
    format: 'ob3-json-data-integrity',
    expect: { proof: 'fail', dates: 'skip' },
    codes: { proof: 'ERR_SIGNATURE_INVALID' },
  },
  {
    name: 'JSON expired',
    source: 'testSimpleJsonExpired: invalid (expired)',
    input: () => vectorText('1edtech/simple-err-expired.json'),
    verdict: 'invalid',
    format: 'ob3-json-data-integrity',
    expect: { proof: 'pass', dates: 'fail' },
    codes: { dates: 'ERR_EXPIRED' },
  },
  {
    name: 'revoked by Bitstring Status List',
    source: 'testBitstringStatusListRevoked: invalid (revoked)',
    input: () => vectorText('1edtech/bit-string-list/credential-status-revoked.json'),
    documents: () => new Map([[BSL_LIST, vectorText('1edtech/bit-string-list/testlist')]]),
    verdict: 'invalid',
    format: 'ob3-json-data-integrity',
    expect: { proof: 'pass', status: 'fail' },
    codes: { status: 'ERR_REVOKED' },
  },
  {
    name: 'revocation list unreachable',
    source: 'unknown is never a pass',
    input: () => vectorText('1edtech/bit-string-list/credential-status-revoked.json'),
    verdict: 'warnings',
    format: 'ob3-json-data-integrity',
    expect: { proof: 'pass', status: 'warn' },
    codes: { status: 'ERR_FETCH_NOT_ALLOWED' },
  },
  {
    name: 'OB 2.0 signed assertion',
    source: 'OB20Tests.testSimpleJWTValid: valid',
    input: () => vectorText('1edtech/ob20/simple.jwt'),
    documents: ob20Documents,
    verdict: 'warnings',
    format: 'ob2-signed',
    expect: { proof: 'pass', key: 'pass', issuer: 'warn', dates: 'pass', status: 'skip' },
  },
  {
    name: 'OB 2.0 signed assertion offline',
    source: 'issuer documents unavailable: could not check',
    input: () => vectorText('1edtech/ob20/simple.jwt'),
    verdict: 'unverified',
    format: 'ob2-signed',
    expect: { proof: 'warn' },
    codes: { proof: 'ERR_FETCH_NOT_ALLOWED' },
  },
  // OB 3.0 implementation guide (vectors/ob3-impl-guide/README.md)
  {
    name: 'implementation-guide eddsa-rdfc-2022',
    source: 'valid (published vector)',
    input: () => vectorText('ob3-impl-guide/signed-credential.json'),
    verdict: 'warnings',
    format: 'ob3-json-data-integrity',
    expect: { proof: 'pass', key: 'warn' },
  },
  // W3C vc-di-eddsa (vectors/w3c-vc-di-eddsa/README.md): valid signatures, controller ≠ issuer by design
  {
    name: 'W3C eddsa-rdfc-2022',
    source: 'signature valid; controller≠issuer fails',
    input: () => vectorText('w3c-vc-di-eddsa/eddsa-rdfc-2022/signedDataInt.json'),
    verdict: 'invalid',
    format: 'vc-json-data-integrity',
    expect: { structure: 'warn', proof: 'pass', key: 'fail' },
    codes: { key: 'ERR_KEY_CONTROLLER' },
  },
  {
    name: 'W3C eddsa-jcs-2022',
    source: 'signature valid with plain JCS',
    input: () => vectorText('w3c-vc-di-eddsa/eddsa-jcs-2022/signedJCS.json'),
    verdict: 'invalid',
    format: 'vc-json-data-integrity',
    expect: { proof: 'pass', key: 'fail' },
  },
  {
    name: 'W3C Ed25519Signature2020',
    source: 'signature valid; deprecated suite warns',
    input: () => vectorText('w3c-vc-di-eddsa/Ed25519Signature2020/signedEdSig.json'),
    verdict: 'invalid',
    format: 'vc-json-data-integrity',
    expect: { proof: 'warn', key: 'fail' },
    codes: { proof: 'WARN_DEPRECATED_SUITE' },
  },
];

describe('external test vectors', () => {
  for (const c of CASES) {
    it(`${c.name} (${c.source})`, async () => {
      const r = await verifyBadge(c.input(), {
        now: NOW,
        resources: { documents: c.documents?.() ?? new Map() },
      });
      expect({ verdict: r.verdict, format: r.format }).toEqual({ verdict: c.verdict, format: c.format });
      expect(status(r)).toMatchObject(c.expect);
      for (const [id, code] of Object.entries(c.codes ?? {}))
        expect(r.checks.find((x) => x.id === id)?.code).toBe(code);
      // Every check is reported, in the documented order, with a plain sentence.
      expect(r.checks.map((x) => x.id)).toEqual([
        'format',
        'structure',
        'proof',
        'key',
        'issuer',
        'claims',
        'dates',
        'status',
        'achievement',
        'endorsements',
        'recipient',
      ]);
      for (const x of r.checks) expect(x.message.length).toBeGreaterThan(10);
    });
  }
});
