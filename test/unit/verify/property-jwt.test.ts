/**
 * Property tests of the verifier on VC-JWTs (issue 9): valid badges issued by the in-memory
 * catalog, then damaged — bit flips in a decoded segment, character edits, re-encodings
 * (base64, padding, white space, wrappers), rewritten headers (algorithm confusion, hostile
 * `kid`, `jku`/`x5u`/`crit`, duplicate members) and rewritten payloads. Whatever the input,
 * `verifyBadge` returns a well-formed, bounded report; nothing whose signed bytes changed is
 * "verified"; the same token in an honest wrapper still is.
 */
import { base64url } from 'jose';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzBadges, outcome, params, tally, verifyChecked } from '../../helpers/fuzz.ts';
import {
  applyJsonEdit,
  applyStringEdit,
  fraction,
  jsonEdit,
  oddString,
  stringEdit,
} from '../../helpers/mutate.ts';

const b64u = (s: string | Uint8Array) => base64url.encode(s);
const fromB64u = (s: string) => base64url.decode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);

/** The signed part of a compact JWS: the first two segments, as the verifier would read them. */
const signingInput = (input: string) => {
  const t = input.replace(/^\uFEFF/, '').trim();
  return /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+$/.test(t)
    ? t.split('.').slice(0, 2).join('.')
    : undefined;
};

const ALGS = [
  'none',
  'None',
  'nOnE',
  'NONE',
  'HS256',
  'HS512',
  'hs256',
  'RS256',
  'RS512',
  'PS256',
  'ES256',
  'ES384',
  'ES512',
  'ES256K',
  'EdDSA',
  'Ed25519',
  'Ed448',
  'RSA-OAEP',
  'dir',
  '',
  ' ES256',
  'ES256 ',
  'es256',
];
const ALG_VALUES: unknown[] = [...ALGS, null, 0, true, ['ES256'], { alg: 'ES256' }];
const KIDS = (kid: string): unknown[] => [
  `${kid}/../../riverbend-usd/keys/x.json`,
  kid.replace('/keys/', '/keys/../keys/'),
  kid.replace('/keys/', '/%2e%2e/keys/'),
  `${kid}?x=1`,
  `${kid}#frag`,
  `${kid}%00`,
  `${kid} `,
  kid.toUpperCase(),
  '../../../../etc/passwd',
  'file:///etc/passwd',
  'http://169.254.169.254/latest/meta-data/',
  'https://evil.example/jwks.json',
  'did:jwk:e30',
  'did:key:z6Mk',
  'did:web:evil.example',
  "'; DROP TABLE keys; --",
  '${jndi:ldap://x}',
  'a'.repeat(5000),
  '',
  null,
  42,
  [kid],
  { url: kid },
];
const HEADER_EXTRAS: Record<string, unknown>[] = [
  { jku: 'https://evil.example/jwks.json' },
  { x5u: 'https://evil.example/cert.pem' },
  { x5c: ['MIIB'] },
  { x5t: 'AAAA' },
  { crit: ['exp'] },
  { crit: [] },
  { crit: 'b64' },
  { b64: false },
  { typ: 'vp+jwt' },
  { typ: 'vc+jwt' },
  { cty: 'vc' },
  { zip: 'DEF' },
  { enc: 'A256GCM' },
  { jwk: { kty: 'oct', k: 'AAAA' } },
  { jwk: { kty: 'EC', crv: 'P-256', x: 'AAAA', y: 'AAAA', d: 'AAAA' } },
];

type HeaderEdit =
  | { kind: 'alg'; value: unknown }
  | { kind: 'kid'; index: number }
  | { kind: 'extra'; index: number }
  | { kind: 'drop'; key: 'alg' | 'kid' | 'typ' }
  | { kind: 'proto'; key: string; value: unknown }
  | { kind: 'duplicate'; alg: string };

const headerEdit: fc.Arbitrary<HeaderEdit> = fc.oneof(
  fc.record({ kind: fc.constant('alg' as const), value: fc.constantFrom(...ALG_VALUES) }),
  fc.record({ kind: fc.constant('kid' as const), index: fc.nat() }),
  fc.record({ kind: fc.constant('extra' as const), index: fc.nat() }),
  fc.record({
    kind: fc.constant('drop' as const),
    key: fc.constantFrom('alg' as const, 'kid' as const, 'typ' as const),
  }),
  fc.record({
    kind: fc.constant('proto' as const),
    key: fc.constantFrom('__proto__', 'constructor', 'prototype'),
    value: fc.constantFrom<unknown>({ alg: 'none' }, { crit: ['x'] }, 'x', null),
  }),
  fc.record({ kind: fc.constant('duplicate' as const), alg: fc.constantFrom(...ALGS) }),
);

function rewriteHeader(token: string, e: HeaderEdit): string {
  const [h = '', p = '', s = ''] = token.split('.');
  const header = JSON.parse(text(fromB64u(h))) as Record<string, unknown>;
  let json: string;
  switch (e.kind) {
    case 'alg':
      json = JSON.stringify({ ...header, alg: e.value });
      break;
    case 'kid': {
      const kids = KIDS(String(header.kid));
      json = JSON.stringify({ ...header, kid: kids[e.index % kids.length] });
      break;
    }
    case 'extra':
      json = JSON.stringify({ ...header, ...HEADER_EXTRAS[e.index % HEADER_EXTRAS.length] });
      break;
    case 'drop': {
      const { [e.key]: _gone, ...rest } = header;
      json = JSON.stringify(rest);
      break;
    }
    case 'proto':
      json = `{${JSON.stringify(e.key)}:${JSON.stringify(e.value)},${JSON.stringify(header).slice(1)}`;
      break;
    case 'duplicate':
      json = `${JSON.stringify(header).slice(0, -1)},"alg":${JSON.stringify(e.alg)}}`;
  }
  return `${b64u(json)}.${p}.${s}`;
}

type Reencode = {
  kind:
    | 'base64'
    | 'padding'
    | 'whitespace'
    | 'quotes'
    | 'bearer'
    | 'trailing-dot'
    | 'swap'
    | 'double-dot'
    | 'uppercase';
  segment: number;
  at: number;
};
const reencodeEdit: fc.Arbitrary<Reencode> = fc.record({
  kind: fc.constantFrom(
    'base64' as const,
    'padding' as const,
    'whitespace' as const,
    'quotes' as const,
    'bearer' as const,
    'trailing-dot' as const,
    'swap' as const,
    'double-dot' as const,
    'uppercase' as const,
  ),
  segment: fc.integer({ min: 0, max: 2 }),
  at: fraction,
});

function reencode(token: string, e: Reencode): string {
  const parts = token.split('.');
  const seg = parts[e.segment] ?? '';
  const i = Math.floor(e.at * seg.length);
  const withSeg = (v: string) => parts.map((x, k) => (k === e.segment ? v : x)).join('.');
  switch (e.kind) {
    case 'base64':
      return withSeg(Buffer.from(fromB64u(seg)).toString('base64'));
    case 'padding':
      return withSeg(`${seg}${'='.repeat(1 + (i % 2))}`);
    case 'whitespace':
      return withSeg(
        `${seg.slice(0, i)}${['\n', ' ', '\r\n', '\t', '\u00a0', '\u200b'][i % 6]}${seg.slice(i)}`,
      );
    case 'quotes':
      return `"${token}"`;
    case 'bearer':
      return `Bearer ${token}`;
    case 'trailing-dot':
      return `${token}.`;
    case 'swap':
      return [parts[1], parts[0], parts[2]].join('.');
    case 'double-dot':
      return parts.join('..');
    case 'uppercase':
      return withSeg(seg.slice(0, i) + seg.slice(i, i + 4).toUpperCase() + seg.slice(i + 4));
  }
}

type Mutation =
  | { kind: 'bitflip'; segment: number; at: number; bit: number }
  | { kind: 'edits'; edits: Parameters<typeof applyStringEdit>[1][] }
  | { kind: 'reencode'; e: Reencode }
  | { kind: 'header'; e: HeaderEdit }
  | { kind: 'payload'; e: Parameters<typeof applyJsonEdit>[1] }
  | { kind: 'payload-text'; e: Parameters<typeof applyStringEdit>[1] };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('bitflip' as const),
    segment: fc.integer({ min: 0, max: 2 }),
    at: fraction,
    bit: fc.integer({ min: 0, max: 7 }),
  }),
  fc.record({
    kind: fc.constant('edits' as const),
    edits: fc.array(stringEdit, { minLength: 1, maxLength: 3 }),
  }),
  fc.record({ kind: fc.constant('reencode' as const), e: reencodeEdit }),
  fc.record({ kind: fc.constant('header' as const), e: headerEdit }),
  fc.record({ kind: fc.constant('payload' as const), e: jsonEdit }),
  fc.record({ kind: fc.constant('payload-text' as const), e: stringEdit }),
);

function mutate(token: string, m: Mutation): string {
  const parts = token.split('.');
  switch (m.kind) {
    case 'bitflip': {
      const bytes = fromB64u(parts[m.segment] ?? '');
      const i = Math.min(bytes.length - 1, Math.floor(m.at * bytes.length));
      bytes[i] = (bytes[i] ?? 0) ^ (1 << m.bit);
      return parts.map((x, k) => (k === m.segment ? b64u(bytes) : x)).join('.');
    }
    case 'edits':
      return m.edits.reduce(applyStringEdit, token);
    case 'reencode':
      return reencode(token, m.e);
    case 'header':
      return rewriteHeader(token, m.e);
    case 'payload':
      return [parts[0], b64u(applyJsonEdit(JSON.parse(text(fromB64u(parts[1] ?? ''))), m.e)), parts[2]].join(
        '.',
      );
    case 'payload-text':
      return [parts[0], b64u(applyStringEdit(text(fromB64u(parts[1] ?? '')), m.e)), parts[2]].join('.');
  }
}

describe('property: mutated VC-JWTs', async () => {
  const badges = await fuzzBadges();
  const tokens = [badges.jwtEs256, badges.jwtEdDsa];

  it('never throw, stay bounded, and are never "verified" once their signed bytes changed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 1 }), mutation, async (which, m) => {
        const token = tokens[which] ?? '';
        const input = mutate(token, m);
        const report = await verifyChecked('jwt-mutations', input, badges);
        tally('jwt-mutations', `${m.kind}${m.kind === 'header' ? `/${m.e.kind}` : ''} → ${outcome(report)}`);
        const signed = signingInput(input);
        if (signed === undefined || signed !== signingInput(token)) {
          expect(report.verdict, `signed bytes changed: ${m.kind}`).not.toBe('verified');
        } else if (report.verdict === 'verified') {
          // Only the signature segment may differ, and only in how the same bytes are written.
          expect(
            Buffer.from(fromB64u(input.trim().split('.')[2] ?? '')).equals(
              Buffer.from(fromB64u(token.split('.')[2] ?? '')),
            ),
          ).toBe(true);
        }
      }),
      params(220),
    );
  });

  it('the unchanged token in an honest wrapper (white space, BOM, data: URL, envelope) still verifies', async () => {
    const wrap = fc.constantFrom(
      (t: string) => `  ${t}\n`,
      (t: string) => `\uFEFF${t}`,
      (t: string) => `data:application/jwt,${t}`,
      (t: string) => `data:application/vc+jwt;base64,${Buffer.from(t).toString('base64')}`,
      (t: string) => `data:,${encodeURIComponent(t)}`,
      (t: string) =>
        JSON.stringify({
          '@context': ['https://www.w3.org/ns/credentials/v2'],
          type: 'EnvelopedVerifiableCredential',
          id: `data:application/vc+jwt,${t}`,
        }),
      (t: string) => new TextEncoder().encode(t),
    );
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 1 }), wrap, async (which, w) => {
        const report = await verifyChecked('jwt-wrappers', w(tokens[which] ?? ''), badges);
        expect(report.verdict).toBe('verified');
      }),
      params(14),
    );
  });

  it('random strings shaped like tokens are never "verified"', async () => {
    const segment = fc.oneof(
      fc
        .base64String({ maxLength: 200 })
        .map((s) => s.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')),
      oddString(40).map((s) => b64u(s)),
      fc.jsonValue().map((v) => b64u(JSON.stringify(v))),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(segment, { minLength: 1, maxLength: 5 }),
        fc.constantFrom('.', '..', '. '),
        async (segments, sep) => {
          const report = await verifyChecked('jwt-random', segments.join(sep), badges);
          expect(report.verdict).not.toBe('verified');
        },
      ),
      params(120),
    );
  });
});
