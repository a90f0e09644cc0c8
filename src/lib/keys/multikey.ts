/**
 * A public key as a Multikey `publicKeyMultibase` (W3C Controlled Identifiers, "Multikey":
 * https://www.w3.org/TR/cid-1.0/#Multikey): `z` + base58btc(multicodec prefix ‖ key bytes).
 * Ed25519 is the raw 32-byte key (prefix 0xed01); P-256 and P-384 are the SEC1 compressed
 * point (prefixes 0x8024 and 0x8124). Other keys (RSA) have no Multikey form here: they are
 * published as `JsonWebKey` instead (docs/architecture.md, "Issuer identities").
 */
import { base58, base64url } from '@scure/base';

const PREFIX: Record<string, [number, number]> = {
  Ed25519: [0xed, 0x01],
  'P-256': [0x80, 0x24],
  'P-384': [0x81, 0x24],
};

const b64 = (s: string) => base64url.decode(s + '='.repeat((4 - (s.length % 4)) % 4));

/** The Multikey form of a public JWK, or undefined when Multikey cannot express it (RSA). */
export function multikeyOf(jwk: { kty?: string; crv?: string; x?: string; y?: string }): string | undefined {
  const prefix = jwk.crv ? PREFIX[jwk.crv] : undefined;
  if (!prefix || !jwk.x) return undefined;
  let key: Uint8Array;
  if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519') key = b64(jwk.x);
  else if (jwk.kty === 'EC' && jwk.y) {
    const x = b64(jwk.x);
    const y = b64(jwk.y);
    key = new Uint8Array(1 + x.length);
    // SEC1 compressed point: 0x02 for an even y, 0x03 for an odd one, then x.
    key[0] = 0x02 | ((y.at(-1) ?? 0) & 1);
    key.set(x, 1);
  } else return undefined;
  const bytes = new Uint8Array(2 + key.length);
  bytes.set(prefix);
  bytes.set(key, 2);
  return `z${base58.encode(bytes)}`;
}
