/**
 * Property tests of the verifier on JSON (issue 9): random JSON and credential-shaped objects
 * with hostile member names and values; a valid Data Integrity badge damaged at the value level
 * (`__proto__`/`constructor`/`prototype` members, huge numbers, deep nesting, odd Unicode,
 * duplicate member names) and at the text level; and the same badge re-serialized without
 * changing its meaning (member order, white space, \u escapes), which must still verify. A Data
 * Integrity proof signs a JSON-LD graph, so "unchanged" means the same canonical N-Quads.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzBadges, outcome, params, tally, verifyChecked } from '../../helpers/fuzz.ts';
import {
  applyJsonEdit,
  applyStringEdit,
  HOSTILE_KEYS,
  hostileValue,
  jsonEdit,
  oddString,
  reencodeJson,
  reencoding,
  stringEdit,
} from '../../helpers/mutate.ts';

const CONTEXTS = [
  'https://www.w3.org/ns/credentials/v2',
  'https://www.w3.org/2018/credentials/v1',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
  'https://w3id.org/openbadges/v2',
  'https://evil.example/context.jsonld',
  'data:application/json,{}',
];

/** Objects that look enough like credentials to get past the first checks. */
const credentialLike = fc.record(
  {
    '@context': fc.oneof(fc.subarray(CONTEXTS), fc.constantFrom(...CONTEXTS), hostileValue),
    type: fc.oneof(
      fc.subarray([
        'VerifiableCredential',
        'OpenBadgeCredential',
        'EnvelopedVerifiableCredential',
        'Assertion',
        'VerifiablePresentation',
      ]),
      hostileValue,
    ),
    id: fc.oneof(
      fc.constantFrom(
        'urn:uuid:1',
        'data:application/vc+jwt,e30.e30.e30',
        'data:application/jwt,{}',
        'https://evil.example/a',
      ),
      oddString(),
    ),
    issuer: fc.oneof(
      fc.constantFrom(
        'https://stackable.example/issuers/riverbend-usd/profile.json',
        'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK',
      ),
      fc.record({ id: oddString(), name: oddString() }),
      hostileValue,
    ),
    validFrom: fc.oneof(
      fc.constantFrom('2025-03-01T12:00:00Z', '+275760-09-13T00:00:00Z', '9999-12-31T23:59:59Z'),
      oddString(),
    ),
    credentialSubject: fc.oneof(
      fc.record({
        type: fc.constant(['AchievementSubject']),
        achievement: fc.record({ id: oddString(), name: oddString() }),
      }),
      hostileValue,
    ),
    credentialStatus: fc.oneof(
      fc.record({
        type: fc.constantFrom('BitstringStatusListEntry', '1EdTechRevocationList', '__proto__'),
        statusPurpose: fc.constantFrom('revocation', 'suspension', 'constructor'),
        statusListIndex: fc.oneof(fc.constantFrom('-1', '1e9', '4294967296', '007', ' 1'), oddString()),
        statusListCredential: fc.constantFrom(
          'https://stackable.example/issuers/riverbend-usd/status/revocation-1',
          'https://evil.example/list',
        ),
      }),
      hostileValue,
    ),
    proof: fc.oneof(
      fc.record({
        type: fc.constantFrom(
          'DataIntegrityProof',
          'Ed25519Signature2020',
          'JsonWebSignature2020',
          'constructor',
        ),
        cryptosuite: fc.constantFrom(
          'eddsa-rdfc-2022',
          'eddsa-jcs-2022',
          'ecdsa-rdfc-2019',
          'constructor',
          '__proto__',
          'toString',
        ),
        proofPurpose: fc.constantFrom('assertionMethod', 'authentication'),
        verificationMethod: fc.constantFrom(
          'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK#z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK',
          'https://stackable.example/issuers/riverbend-usd/profile.json#z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK',
          'did:web:evil.example#k',
        ),
        proofValue: fc.oneof(fc.constant(`z${'1'.repeat(64)}`), oddString()),
      }),
      hostileValue,
    ),
    __proto__: hostileValue,
    constructor: hostileValue,
    prototype: hostileValue,
  },
  { requiredKeys: ['@context'] },
);

describe('property: JSON', async () => {
  const badges = await fuzzBadges();

  it('random JSON values (hostile member names included) never throw and are never "verified"', async () => {
    const key = fc.oneof(fc.constantFrom(...HOSTILE_KEYS), oddString(8));
    const value = fc.letrec((tie) => ({
      v: fc.oneof(
        { depthSize: 'small' },
        hostileValue,
        fc.dictionary(key, tie('v'), { maxKeys: 6 }),
        fc.array(tie('v'), { maxLength: 6 }),
      ),
    })).v;
    await fc.assert(
      fc.asyncProperty(fc.oneof(value, fc.jsonValue()), fc.integer({ min: 0, max: 2 }), async (v, space) => {
        const report = await verifyChecked('json-random', JSON.stringify(v, null, space) ?? 'null', badges);
        expect(report.verdict).not.toBe('verified');
      }),
      params(150),
    );
  });

  it('credential-shaped objects with hostile members are never "verified"', async () => {
    await fc.assert(
      fc.asyncProperty(credentialLike, async (c) => {
        const text = JSON.stringify(c);
        const report = await verifyChecked('json-credential-like', text, badges);
        tally('json-credential-like', outcome(report));
        expect(report.verdict).not.toBe('verified');
      }),
      params(120),
    );
  });

  it('a Data Integrity badge edited at the value level is "verified" only while its signed graph is unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(jsonEdit, { minLength: 1, maxLength: 3 }), async (edits) => {
        let doc: unknown = badges.di;
        let text = '';
        for (const e of edits) {
          text = applyJsonEdit(doc, e);
          try {
            doc = JSON.parse(text);
          } catch {
            break; // a text-level edit made it unparsable: verify that text as it is
          }
        }
        const report = await verifyChecked('di-value-edits', text, badges);
        tally('di-value-edits', outcome(report));
      }),
      params(90),
    );
  });

  it('a Data Integrity badge edited as text (characters, deep nesting) is "verified" only while its signed graph is unchanged', async () => {
    const nest = fc.record({
      depth: fc.constantFrom(10, 63, 64, 65, 200, 10_000, 200_000),
      array: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.array(stringEdit, { minLength: 1, maxLength: 3 }).map((edits) => ({ edits })),
          nest.map((n) => ({ nest: n })),
        ),
        async (m) => {
          const text =
            'edits' in m
              ? m.edits.reduce(applyStringEdit, badges.diText)
              : m.nest.array
                ? `${'['.repeat(m.nest.depth)}${badges.diText}${']'.repeat(m.nest.depth)}`
                : `${'{"a":'.repeat(m.nest.depth)}${badges.diText}${'}'.repeat(m.nest.depth)}`;
          const report = await verifyChecked('di-text-edits', text, badges);
          tally('di-text-edits', `${'edits' in m ? 'edits' : `nest ${m.nest.depth}`} → ${outcome(report)}`);
        },
      ),
      params(70),
    );
  });

  it('the same badge re-serialized (member order, white space, \\u escapes) still verifies', async () => {
    await fc.assert(
      fc.asyncProperty(reencoding, async (r) => {
        const report = await verifyChecked('di-reencoded', reencodeJson(badges.di, r), badges);
        expect(report.verdict).toBe('verified');
      }),
      params(12),
    );
  });
});
