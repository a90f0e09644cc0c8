/**
 * The private key finder on its own: JWKs in every notation (JSON, escaped JSON, YAML, code),
 * PEM blocks, multibase private keys and private-key member names, each with its line and
 * column; and the public keys, prose and code it must leave alone.
 */
import { base58 } from '@scure/base';
import { describe, expect, it } from 'vitest';
import { findPrivateKeys, privateKeyLines } from '../../../src/lib/secrets/private-keys.ts';
import { D, PEM_BODY, pemBegin, pemEnd, X, Y } from '../../fixtures/secrets/test-keys.ts';

const kinds = (text: string) => findPrivateKeys(text).map((f) => [f.kind, f.line, f.column, f.what]);

describe('JSON Web Keys', () => {
  it('finds a private JWK in JSON on one line, with the column of the member', () => {
    const text = `Intro\n\n{"kty":"EC","crv":"P-256","x":"${X}","y":"${Y}","d":"${D}"}\n`;
    const col = text.split('\n')[2]?.indexOf('"d"') ?? -1;
    expect(kinds(text)).toEqual([['jwk', 3, col + 2, 'the private JWK member "d"']]);
  });

  it('finds it pretty-printed, in YAML, in code and escaped inside a JSON string', () => {
    expect(kinds(`{\n  "kty": "OKP",\n  "crv": "Ed25519",\n  "x": "${X}",\n  "d": "${D}"\n}`)).toEqual([
      ['jwk', 5, 4, 'the private JWK member "d"'],
    ]);
    expect(kinds(`jwk:\n  kty: EC\n  crv: P-256\n  d: ${D}\n`)).toEqual([
      ['jwk', 4, 3, 'the private JWK member "d"'],
    ]);
    expect(kinds(`const key = { kty: 'EC', x: '${X}', d: '${D}' };`)).toHaveLength(1);
    expect(kinds(`{"payload":"{\\"kty\\":\\"EC\\",\\"d\\":\\"${D}\\"}"}`)).toHaveLength(1);
  });

  it('finds every private member of an RSA key and a symmetric key', () => {
    const rsa = `{"kty":"RSA","n":"${X}","e":"AQAB","d":"${D}","p":"${X}","q":"${Y}","dp":"${D}","dq":"${X}","qi":"${Y}"}`;
    expect(findPrivateKeys(rsa).map((f) => f.what)).toEqual(
      ['d', 'p', 'q', 'dp', 'dq', 'qi'].map((m) => `the private JWK member "${m}"`),
    );
    expect(kinds(`{"kty":"oct","k":"GawgguFyGrWKav7AX4VKUg"}`)).toHaveLength(1);
    // An RSA key written without kty is still a key: n and e say so.
    expect(kinds(`n: ${X}\ne: AQAB\nd: ${D}\n`)).toHaveLength(1);
  });

  it('leaves public keys, names in code and prose alone', () => {
    expect(findPrivateKeys(`{"kty":"EC","crv":"P-256","x":"${X}","y":"${Y}"}`)).toEqual([]);
    expect(findPrivateKeys(`const jwk = { kty: 'EC', d: privateKeyMaterial, k: key.secretPart };`)).toEqual(
      [],
    );
    expect(findPrivateKeys(`d: ${D}\n(no key type anywhere near)`)).toEqual([]);
    expect(findPrivateKeys('The "d" member of a JWK (kty EC) is its private scalar.')).toEqual([]);
  });
});

describe('PEM, multibase and named members', () => {
  it('finds PEM private keys of every label, also with escaped line breaks', () => {
    const body = PEM_BODY;
    for (const label of ['', 'RSA ', 'EC ', 'OPENSSH ', 'ENCRYPTED '])
      expect(kinds(`x\n${pemBegin(label)}\n${body}\n${pemEnd(label)}`)).toEqual([
        ['pem', 2, 1, `a PEM ${label}private key`],
      ]);
    expect(kinds(`{"pem":"${pemBegin()}\\n${body}"}`)).toHaveLength(1);
    expect(findPrivateKeys(`Never paste "${pemBegin()}" into a file.`)).toEqual([]);
  });

  it('finds multibase private keys (ed25519-priv, p256-priv) but not public ones', () => {
    const key = (code: [number, number]) => {
      const b = new Uint8Array(34);
      b.set(code);
      for (let i = 2; i < 34; i++) b[i] = (i * 37) & 0xff;
      return `z${base58.encode(b)}`;
    };
    expect(kinds(`secret: ${key([0x80, 0x26])}`)).toEqual([['multibase', 1, 9, 'a multibase private key']]);
    expect(kinds(`k = "${key([0x86, 0x26])}"`)).toHaveLength(1);
    expect(findPrivateKeys(`publicKeyMultibase: ${key([0xed, 0x01])}`)).toEqual([]);
  });

  it('finds members named for private keys holding a literal', () => {
    expect(kinds(`"privateKeyBase58": "3Lk8nT5q7b3cE9ZgA1uWqYx2Rk4mP6sV"`)).toEqual([
      ['named', 1, 2, 'a "privateKeyBase58" member'],
    ]);
    expect(findPrivateKeys('privateKeyMultibase: ed25519Multibase(signer.privateJwk)')).toEqual([]);
  });

  it('reports one finding per line', () => {
    const rsa = `{"kty":"RSA","n":"${X}","e":"AQAB","d":"${D}","p":"${X}"}`;
    expect(privateKeyLines(rsa)).toHaveLength(1);
    expect(privateKeyLines(`${rsa}\n${rsa}`).map((f) => f.line)).toEqual([1, 2]);
  });
});
