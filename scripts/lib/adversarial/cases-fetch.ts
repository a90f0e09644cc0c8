/**
 * Corpus cases on what a badge can make the verifier fetch (issue 17, item 4): a hosted
 * assertion, a key URL, a did:web document, a status list and an endorsement's key, each at a
 * cloud metadata address, the loopback interface (also as an IPv4-mapped IPv6 literal) or a
 * local name. Every case runs with a fetcher that records what it is asked for: nothing may
 * reach it, and each check says "could not check", never a pass.
 */
import { signDataIntegrity } from '../../../src/lib/ob3/sign-data-integrity.ts';
import { expectVerdict as v, type CorpusCase } from './case.ts';
import { header, ISSUED, ISSUER, jws, keyOf, type World } from './world.ts';

/** Hosts no badge may make the verifier contact, by a name for the case id. */
const HOSTS: [string, string][] = [
  ['metadata', '169.254.169.254'],
  ['loopback', '127.0.0.1'],
  ['mapped-loopback', '[::ffff:127.0.0.1]'],
  ['local-name', 'printer.local'],
];

const none = { fetched: [] as string[] };

export async function fetchCases(w: World): Promise<CorpusCase[]> {
  const ed = keyOf(w.keys, 'riverbend-ed25519');
  const evil = keyOf(w.keys, 'attacker-ed25519');
  const credential = await w.credential();
  const payload = w.payload(credential);
  const cases: Promise<CorpusCase>[] = [];
  for (const [name, host] of HOSTS) {
    cases.push(
      Promise.resolve({
        id: `fetch/hosted-assertion-${name}`,
        description: `An Open Badges 2.0 hosted assertion at https://${host}/: not fetched.`,
        content: `https://${host}/assertions/1\n`,
        ext: 'txt',
        expect: v('unverified', 'proof', 'warn', 'ERR_FETCH_NOT_ALLOWED'),
        network: none,
      }),
      jws({ alg: 'EdDSA', kid: `https://${host}/keys/1`, typ: 'JWT' }, payload, evil).then((content) => ({
        id: `fetch/key-url-${name}`,
        description: `A kid at https://${host}/: the key is not fetched, so the signature cannot be checked.`,
        content,
        ext: 'jwt',
        expect: v('unverified', 'proof', 'warn', 'ERR_FETCH_NOT_ALLOWED'),
        network: none,
      })),
      jws(
        header(ISSUER, ed),
        {
          ...payload,
          credentialStatus: {
            id: `https://${host}/status/1#9`,
            type: 'BitstringStatusListEntry',
            statusPurpose: 'revocation',
            statusListIndex: '9',
            statusListCredential: `https://${host}/status/1`,
          },
        },
        ed,
      ).then((content) => ({
        id: `fetch/status-list-${name}`,
        description: `A genuine badge whose status list is at https://${host}/: not fetched, so its status is unknown.`,
        content,
        ext: 'jwt',
        expect: v('warnings', 'status', 'warn', 'ERR_FETCH_NOT_ALLOWED'),
        network: none,
      })),
    );
    if (!host.startsWith('['))
      cases.push(
        signDataIntegrity(
          { ...credential, issuer: { id: `did:web:${host}`, type: ['Profile'], name: 'Web Academy' } },
          evil.privateJwk,
          `did:web:${host}#key-1`,
          ISSUED,
        ).then((signed) => ({
          id: `fetch/did-web-${name}`,
          description: `A Data Integrity proof by did:web:${host}: its DID document is not fetched.`,
          content: JSON.stringify(signed),
          ext: 'json',
          expect: v('unverified', 'proof', 'warn', 'ERR_FETCH_NOT_ALLOWED'),
          network: none,
        })),
      );
  }
  cases.push(
    jws({ alg: 'EdDSA', kid: 'https://printer.local/keys/endorser', typ: 'JWT' }, { ...payload }, evil).then(
      (endorsement) =>
        jws(header(ISSUER, ed), { ...payload, endorsementJwt: [endorsement] }, ed).then((content) => ({
          id: 'fetch/endorsement-key-local-name',
          description:
            "A genuine badge carrying an endorsement whose key is at printer.local: not fetched, so the endorsement is unknown and the badge's other checks stand.",
          content,
          ext: 'jwt',
          expect: v('warnings', 'endorsements', 'warn', 'WARN_ENDORSEMENT'),
          network: none,
        })),
    ),
  );
  return Promise.all(cases);
}
