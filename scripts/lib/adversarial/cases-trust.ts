/**
 * Corpus cases on whom a badge speaks for: look-alike issuer names and ids, badges claiming a
 * catalog issuer while signed by someone else (JWT and Data Integrity), and status lists of the
 * wrong issuer or purpose, or indexes outside the list.
 */
import { ed25519Multibase, signDataIntegrity } from '../../../src/lib/ob3/sign-data-integrity.ts';
import { expectVerdict as v, type CorpusCase } from './case.ts';
import { header, ISSUED, ISSUER, jws, keyOf, OTHER, urls, type World } from './world.ts';

const EXTERNAL_ISSUER = 'https://riverbend-usd.example.net/issuer';

export async function trustCases(w: World): Promise<CorpusCase[]> {
  const ed = keyOf(w.keys, 'riverbend-ed25519');
  const harbor = keyOf(w.keys, 'harbor-ed25519');
  const evil = keyOf(w.keys, 'attacker-ed25519');
  const evilDid = `did:key:${ed25519Multibase(evil.privateJwk)}`;

  /** A badge of an issuer the catalog does not know, signed by that issuer's own key (embedded). */
  async function selfSigned(issuer: { id: string; name: string }): Promise<string> {
    const { credentialStatus: _s, ...cred } = await w.credential({ noStatus: true });
    const subject = cred.credentialSubject as { achievement: Record<string, unknown> };
    const own = {
      ...cred,
      issuer: { id: issuer.id, type: ['Profile'], name: issuer.name },
      credentialSubject: {
        ...subject,
        achievement: {
          ...subject.achievement,
          id: 'https://riverbend-usd.example.net/achievements/hinge-questions',
          creator: { id: issuer.id, type: ['Profile'], name: issuer.name },
        },
      },
    };
    return jws({ alg: 'EdDSA', jwk: evil.publicJwk, typ: 'JWT' }, w.payload(own), evil);
  }
  const lookalike = (
    name: string,
    description: string,
    issuer: { id: string; name: string },
  ): Promise<CorpusCase> =>
    selfSigned(issuer).then((content) => ({
      id: `issuer/${name}`,
      description,
      content,
      ext: 'jwt',
      expect: v('warnings', 'issuer', 'warn', 'WARN_ISSUER_LOOKALIKE'),
    }));
  const payload = w.payload(await w.credential());
  const revokedPayload = (statusIndex: number, extra: Record<string, unknown> = {}) =>
    w.credential({ statusIndex }).then((c) => w.payload({ ...c, ...extra }));
  const entry = (list: string, index: string, purpose = 'revocation', issuer = ISSUER) => ({
    id: `${w.listUrl(issuer, list)}#${index}`,
    type: 'BitstringStatusListEntry',
    statusPurpose: purpose,
    statusListIndex: index,
    statusListCredential: w.listUrl(issuer, list),
  });
  const statusCase = (
    name: string,
    description: string,
    credentialStatus: unknown,
    expect: CorpusCase['expect'],
    documents?: Record<string, string>,
  ): Promise<CorpusCase> =>
    jws(header(ISSUER, ed), { ...payload, credentialStatus }, ed).then((content) => ({
      id: `status/${name}`,
      description,
      content,
      ext: 'jwt',
      expect,
      ...(documents ? { documents } : {}),
    }));
  const evilList = await jws(
    { alg: 'EdDSA', jwk: evil.publicJwk },
    JSON.parse(
      Buffer.from(String(w.registry.issuers[0]?.statusLists[0]?.jwt.split('.')[1]), 'base64url').toString(),
    ) as object,
    evil,
  );
  const vm = (base: string, k: typeof ed) => `${base}#${ed25519Multibase(k.privateJwk)}`;

  return Promise.all<CorpusCase>([
    lookalike(
      'homoglyph-name',
      'Claims "Riverbend Unified School District" spelt with Cyrillic і, с, signed by its own key: a valid signature from an issuer the catalog does not know, flagged as a look-alike.',
      { id: EXTERNAL_ISSUER, name: 'Rіverbend Unіfіed Sсhool Dіstrіct' },
    ),
    lookalike('same-name-other-id', 'The registered name exactly, under another id.', {
      id: EXTERNAL_ISSUER,
      name: 'Riverbend Unified School District',
    }),
    lookalike('rtl-override-name', 'The name wrapped in right-to-left override and zero-width characters.', {
      id: EXTERNAL_ISSUER,
      name: '\u202eRiverbend\u200b Unified School District\u202c',
    }),
    lookalike('homoglyph-id', "An issuer id that only looks like the catalog's profile URL (Cyrillic і).", {
      id: urls.profile(ISSUER).replace('riverbend', 'rіverbend'),
      name: 'Board of Trustees',
    }),
    selfSigned({ id: EXTERNAL_ISSUER, name: 'Hillcrest \u202eymedacA' }).then((content) => ({
      id: 'issuer/rtl-override-unrelated-name',
      description:
        'A name that imitates no registered issuer but hides a right-to-left override (it reads "Hillcrest Academy"): look-alike evidence of its own.',
      content,
      ext: 'jwt',
      expect: v('warnings', 'issuer', 'warn', 'WARN_ISSUER_HIDDEN_CHARACTERS'),
    })),
    selfSigned({ id: EXTERNAL_ISSUER, name: 'Hillcrest Academy' }).then((content) => ({
      id: 'issuer/unrelated-self-signed',
      description:
        'An honest badge of an issuer the catalog does not know: a valid signature, not vouched for.',
      content,
      ext: 'jwt',
      expect: v('warnings', 'issuer', 'warn', 'WARN_ISSUER_UNKNOWN'),
    })),
    jws({ alg: 'EdDSA', jwk: evil.publicJwk, typ: 'JWT' }, payload, evil).then((content) => ({
      id: 'issuer/catalog-id-header-jwk',
      description: "Claims Riverbend's id, signed by a key embedded in the header.",
      content,
      ext: 'jwt',
      expect: v('invalid', 'key', 'fail', 'ERR_KEY_NOT_PUBLISHED'),
    })),
    jws({ alg: 'EdDSA', kid: `${evilDid}#${evilDid.slice(8)}`, typ: 'JWT' }, payload, evil).then(
      (content) => ({
        id: 'issuer/catalog-id-did-key',
        description: "Claims Riverbend's id, signed by a did:key that Riverbend does not control.",
        content,
        ext: 'jwt',
        expect: v('invalid', 'key', 'fail', 'ERR_KEY_CONTROLLER'),
      }),
    ),
    jws(header(OTHER, harbor), { ...payload, credentialSubject: payload.credentialSubject }, harbor).then(
      (content) => ({
        id: 'issuer/catalog-id-other-catalog-key',
        description: "Claims Riverbend's id, signed (validly) by Harbor's published key.",
        content,
        ext: 'jwt',
        expect: v('invalid', 'key', 'fail', 'ERR_KEY_ISSUER_MISMATCH'),
      }),
    ),
    w
      .credential()
      .then((c) => signDataIntegrity(c, evil.privateJwk, vm(urls.profile(ISSUER), evil), ISSUED))
      .then((d) => ({
        id: 'issuer/di-fragment-key-under-catalog-id',
        description:
          "A Data Integrity proof whose verification method is Riverbend's profile URL with the attacker's key as fragment.",
        content: JSON.stringify(d),
        ext: 'json',
        expect: v('invalid', 'key', 'fail', 'ERR_KEY_NOT_PUBLISHED'),
      })),
    w
      .credential()
      .then((c) => signDataIntegrity(c, evil.privateJwk, `${evilDid}#${evilDid.slice(8)}`, ISSUED))
      .then((d) => ({
        id: 'issuer/di-did-key-under-catalog-id',
        description: "A Data Integrity proof by a did:key, in a credential claiming Riverbend's id.",
        content: JSON.stringify(d),
        ext: 'json',
        expect: v('invalid', 'key', 'fail', 'ERR_KEY_CONTROLLER'),
      })),
    // Status lists
    revokedPayload(9)
      .then((p) => jws(header(ISSUER, ed), p, ed))
      .then((content) => ({
        id: 'status/revoked',
        description: 'Revoked in the signed status list (the baseline).',
        content,
        ext: 'jwt',
        expect: v('invalid', 'status', 'fail', 'ERR_REVOKED'),
      })),
    statusCase(
      'wrong-issuer-list',
      "Points at Harbor's status list (signed by Harbor).",
      entry('revocation-1', '9', 'revocation', OTHER),
      v('warnings', 'status', 'warn', 'WARN_STATUS_SIGNER'),
    ),
    statusCase(
      'wrong-purpose-list',
      'A revocation entry pointing at a suspension list.',
      entry('suspension-1', '9'),
      v('invalid', 'status', 'fail', 'ERR_STATUS_PURPOSE'),
    ),
    statusCase(
      'index-past-end',
      'statusListIndex 131072 in a list of 131,072 entries.',
      entry('revocation-1', '131072'),
      v('invalid', 'status', 'fail', 'ERR_STATUS_RANGE'),
    ),
    statusCase(
      'index-huge',
      'statusListIndex 2^32.',
      entry('revocation-1', '4294967296'),
      v('invalid', 'status', 'fail', 'ERR_STATUS_ENTRY'),
    ),
    statusCase(
      'index-negative',
      'statusListIndex -1.',
      entry('revocation-1', '-1'),
      v('invalid', 'status', 'fail', 'ERR_STATUS_ENTRY'),
    ),
    statusCase(
      'index-not-decimal',
      'statusListIndex 0x9.',
      entry('revocation-1', '0x9'),
      v('invalid', 'status', 'fail', 'ERR_STATUS_ENTRY'),
    ),
    statusCase(
      'revoked-entry-second',
      'A harmless "message" entry first, the revocation entry (revoked) second.',
      [entry('revocation-1', '7', 'message'), entry('revocation-1', '9')],
      v('invalid', 'status', 'fail', 'ERR_REVOKED'),
    ),
    statusCase(
      'list-signed-by-attacker',
      "Points at a list elsewhere that claims Riverbend as issuer but is signed by the attacker's key.",
      {
        ...entry('revocation-1', '9'),
        id: 'https://evil.example/status/1#9',
        statusListCredential: 'https://evil.example/status/1',
      },
      v('warnings', 'status', 'warn', 'WARN_STATUS_SIGNER'),
      { 'https://evil.example/status/1': evilList },
    ),
    statusCase(
      'list-unreachable',
      'Points at a list elsewhere while fetching is off: unknown, never "not revoked".',
      { ...entry('revocation-1', '9'), statusListCredential: 'https://evil.example/status/2' },
      v('warnings', 'status', 'warn', 'ERR_FETCH_NOT_ALLOWED'),
    ),
  ]);
}
