/**
 * Property tests of the verifier on arbitrary input and on badges signed by keys the catalog
 * does not publish (issue 9): random text and bytes, data: URLs (nested, percent- and
 * base64-encoded), and self-signed badges whose issuer name or id is odd Unicode or a look-alike
 * of a registered issuer. None is ever "verified"; look-alikes are flagged as such.
 */
import { CompactSign, exportJWK, generateKeyPair, importJWK } from 'jose';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzBadges, outcome, params, tally, verifyChecked } from '../../helpers/fuzz.ts';
import { applyJsonEdit, jsonEdit, oddString } from '../../helpers/mutate.ts';
import { ISSUER, urls } from '../../helpers/issuer.ts';

const PREFIXES = [
  '',
  'data:',
  'data:,',
  'data:;base64,',
  'data:image/png;base64,',
  'data:application/vc+jwt,',
  '{',
  '[',
  '<',
  '<svg xmlns="http://www.w3.org/2000/svg">',
  'eyJ',
  'https://',
  'http://localhost/',
  '\uFEFF',
  '\u0089PNG\r\n\u001a\n',
];

/** Look-alike substitutions for the letters of "Riverbend Unified School District". */
const HOMOGLYPHS: Record<string, string[]> = {
  i: ['і', 'ı', 'ɩ'],
  e: ['е', 'ҽ'],
  o: ['о', 'ο', '0', 'օ'],
  c: ['с', 'ϲ'],
  s: ['ѕ'],
  d: ['ԁ'],
  h: ['һ'],
  n: ['ո'],
  r: ['г'],
  D: ['Ꭰ'],
  S: ['Ѕ', 'Ꮪ'],
  R: ['Ꭱ', 'Ʀ'],
  U: ['Ս'],
  ' ': ['\u00a0', '  ', '\u2009'],
};

describe('property: arbitrary input and self-signed badges', async () => {
  const badges = await fuzzBadges();
  const { publicKey, privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const jwk = await exportJWK(publicKey);
  const base = await badges.catalog.credential();
  const registered = badges.catalog.registry.issuers[0];
  if (!registered) throw new Error('fixture issuer missing');

  /** A badge signed by a key the catalog does not publish, with the given issuer. */
  async function selfSigned(issuer: { id: string; name: string }): Promise<string> {
    const { credentialStatus: _s, ...cred } = base;
    const subject = cred.credentialSubject as { achievement: Record<string, unknown> };
    const payload = {
      ...cred,
      issuer: { id: issuer.id, type: ['Profile'], name: issuer.name },
      credentialSubject: {
        ...subject,
        achievement: { ...subject.achievement, id: 'https://elsewhere.example/achievements/1' },
      },
      iss: issuer.id,
      jti: cred.id,
      nbf: Date.parse(String(cred.validFrom)) / 1000,
    };
    return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
      .setProtectedHeader({ alg: 'EdDSA', jwk })
      .sign(privateKey);
  }

  it('random text and bytes, with or without a telling prefix, are never "verified"', async () => {
    const input = fc.oneof(
      fc
        .tuple(
          fc.constantFrom(...PREFIXES),
          fc.oneof(oddString(200), fc.string({ unit: 'binary', maxLength: 300 })),
        )
        .map(([p, s]) => p + s),
      fc.uint8Array({ maxLength: 2048 }),
      fc
        .uint8Array({ maxLength: 512 })
        .map((b) => Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...b)),
    );
    await fc.assert(
      fc.asyncProperty(input, async (x) => {
        const report = await verifyChecked('random-input', x, badges);
        tally('random-input', outcome(report));
        expect(report.verdict).not.toBe('verified');
      }),
      params(200),
    );
  });

  it('data: URLs, however nested or encoded, never unwrap more than once and only verify the unchanged token', async () => {
    const layer = fc.constantFrom('plain', 'percent', 'base64', 'envelope');
    await fc.assert(
      fc.asyncProperty(
        fc.array(layer, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 1 }),
        async (layers, which) => {
          let text = which ? badges.jwtEdDsa : badges.jwtEs256;
          for (const l of layers) {
            if (l === 'plain') text = `data:application/jwt,${text}`;
            else if (l === 'percent') text = `data:,${encodeURIComponent(text)}`;
            else if (l === 'base64') text = `data:text/plain;base64,${Buffer.from(text).toString('base64')}`;
            else
              text = JSON.stringify({
                '@context': ['https://www.w3.org/ns/credentials/v2'],
                type: ['EnvelopedVerifiableCredential'],
                id: `data:application/vc+jwt,${text}`,
              });
          }
          const report = await verifyChecked('data-urls', text, badges);
          tally('data-urls', `${layers.length} layer${layers.length > 1 ? 's' : ''} → ${outcome(report)}`);
          // One data: URL, or an envelope, is a wrapper; a data: URL inside a data: URL is refused.
          const dataUrls = layers.filter((l) => l !== 'envelope').length;
          if (dataUrls >= 2 && layers.at(-1) !== 'envelope' && layers.indexOf('envelope') === -1)
            expect(report.verdict).toBe('unreadable');
        },
      ),
      params(40),
    );
  });

  it('self-signed badges with odd Unicode issuer names or ids are never "verified", and say the issuer is not registered', async () => {
    const id = fc.oneof(
      fc.constant('https://elsewhere.example/issuer'),
      oddString(30),
      fc.constant(registered.profile),
      fc.constant(`${registered.profile}\u200b`),
    );
    await fc.assert(
      fc.asyncProperty(id, oddString(60), async (issuerId, name) => {
        const report = await verifyChecked(
          'self-signed-unicode',
          await selfSigned({ id: issuerId, name }),
          badges,
        );
        tally('self-signed-unicode', outcome(report));
        expect(report.verdict).not.toBe('verified');
        const issuer = report.checks.find((c) => c.id === 'issuer');
        const key = report.checks.find((c) => c.id === 'key');
        if (issuerId === registered.profile)
          expect(key).toMatchObject({ status: 'fail', code: 'ERR_KEY_NOT_PUBLISHED' });
        else if (issuer?.status !== 'skip') expect(issuer?.status).toBe('warn');
        expect(report.catalog.issuer === undefined || issuerId === registered.profile).toBe(true);
      }),
      params(80),
    );
  });

  it("badges the catalog's own key signed, with hostile content, never break the checks after the signature", async () => {
    // Mutations rarely get past the signature; these do, so every later check sees hostile data.
    const key = badges.catalog.keys[1];
    if (!key) throw new Error('no EdDSA key');
    const signer = await importJWK(key.privateJwk, 'EdDSA');
    const payload = JSON.parse(
      Buffer.from(badges.jwtEdDsa.split('.')[1] ?? '', 'base64url').toString('utf8'),
    ) as unknown;
    const big = fc.record({
      path: fc.constantFrom(
        'name',
        'issuer',
        'credentialSubject',
        'credentialStatus',
        'validUntil',
        'endorsement',
        'endorsementJwt',
        'evidence',
      ),
      size: fc.constantFrom(10_000, 200_000),
    });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.array(jsonEdit, { minLength: 1, maxLength: 3 }), big), async (m) => {
        const text = Array.isArray(m)
          ? m.reduce<string>((t, e) => {
              try {
                return applyJsonEdit(JSON.parse(t), e);
              } catch {
                return t;
              }
            }, JSON.stringify(payload))
          : JSON.stringify({
              ...(payload as object),
              [m.path]:
                m.path === 'endorsementJwt'
                  ? Array.from({ length: 30 }, () => badges.jwtEs256)
                  : 'Ꭱ\u202e'.repeat(m.size / 2),
            });
        const token = await new CompactSign(new TextEncoder().encode(text))
          .setProtectedHeader({ alg: 'EdDSA', kid: key.signer.kid, typ: 'JWT' })
          .sign(signer);
        const report = await verifyChecked('catalog-signed-hostile', token, badges, true);
        tally('catalog-signed-hostile', outcome(report));
      }),
      params(80),
    );
  });

  it("a look-alike of a registered issuer's name is flagged as such, never shown as registered", async () => {
    const spoof = fc.array(fc.nat(), { minLength: 1, maxLength: 4 }).map((picks) => {
      const chars = [...registered.name];
      const spots = chars.map((c, i) => (HOMOGLYPHS[c] ? i : -1)).filter((i) => i >= 0);
      for (const p of picks) {
        const i = spots[p % spots.length] ?? 0;
        const options = HOMOGLYPHS[chars[i] ?? ''] ?? [];
        chars[i] = options[p % options.length] ?? chars[i] ?? '';
      }
      return chars.join('');
    });
    const dressing = fc.constantFrom(
      (s: string) => s,
      (s: string) => s.toUpperCase(),
      (s: string) => `\u202a${s}\u202c`,
      (s: string) => `${s}.`,
      (s: string) => s.replace(' ', '\u200b '),
    );
    await fc.assert(
      fc.asyncProperty(spoof, dressing, async (name, dress) => {
        const report = await verifyChecked(
          'lookalike',
          await selfSigned({ id: 'https://riverbend-usd.example.net/issuer', name: dress(name) }),
          badges,
        );
        expect(report.verdict).toBe('warnings');
        expect(report.checks.find((c) => c.id === 'issuer')).toMatchObject({
          status: 'warn',
          code: 'WARN_ISSUER_LOOKALIKE',
        });
        expect(report.catalog.issuer).toBeUndefined();
      }),
      params(40),
    );
    expect(urls.profile(ISSUER)).toBe(registered.profile);
  });
});
