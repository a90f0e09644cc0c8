/**
 * Issuers' published keys: public only, identified by their RFC 7638 thumbprint, of the type
 * their algorithm needs, with a coherent validity window.
 */
import { calculateJwkThumbprint, type JWK } from 'jose';
import type { Catalog } from '../model.ts';
import { problemAt } from '../model.ts';
import type { Problem } from '../problems.ts';
import { PRIVATE_JWK_MEMBERS } from '../schema/issuer.ts';
import type { ParsedSource } from '../source.ts';

const KEY_TYPE_FOR_ALG: Record<string, { kty: string; crv?: string }> = {
  ES256: { kty: 'EC', crv: 'P-256' },
  EdDSA: { kty: 'OKP', crv: 'Ed25519' },
  RS256: { kty: 'RSA' },
  PS256: { kty: 'RSA' },
};

/**
 * Finds private-key material anywhere in a file's frontmatter, whatever the schema says:
 * an object with `kty` and a private member, or a PEM private key in any string.
 */
export function findPrivateKeyMaterial(source: ParsedSource): Problem[] {
  const out: Problem[] = [];
  const at = { file: source.path, locate: source.locate };
  const walk = (v: unknown, path: PropertyKey[]) => {
    if (typeof v === 'string') {
      if (/-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/.test(v)) {
        out.push(
          problemAt(at, path, {
            code: 'private-key',
            message: 'contains a PEM private key',
            hint: 'Private keys never enter the repository. Remove it, treat the key as compromised, and make a new one with npm run keygen.',
          }),
        );
      }
      return;
    }
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, [...path, i]));
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if ('kty' in o) {
        for (const m of PRIVATE_JWK_MEMBERS) {
          if (m in o) {
            out.push(
              problemAt(at, [...path, m], {
                code: 'private-key',
                message: `is a private key member ("${m}"): this file publishes a private key`,
                hint: 'Private keys never enter the repository. Remove the member, treat the key as compromised, and rotate it with npm run keygen -- --rotate.',
              }),
            );
          }
        }
      }
      for (const [k, x] of Object.entries(o)) walk(x, [...path, k]);
    }
  };
  walk(source.data, []);
  return out;
}

export async function checkIssuerKeys(c: Catalog): Promise<Problem[]> {
  const out: Problem[] = [];
  const owners = new Map<string, string>();
  for (const issuer of c.issuers.values()) {
    for (const [i, key] of issuer.data.keys.entries()) {
      const at = (path: PropertyKey[]) => ['keys', i, ...path];
      const want = KEY_TYPE_FOR_ALG[key.alg];
      if (want && (key.jwk.kty !== want.kty || (want.crv && key.jwk.crv !== want.crv))) {
        out.push(
          problemAt(issuer, at(['jwk', 'kty']), {
            code: 'key',
            message: `is ${key.jwk.kty}${key.jwk.crv ? ` ${key.jwk.crv}` : ''}, but ${key.alg} needs ${want.kty}${want.crv ? ` ${want.crv}` : ''}`,
          }),
        );
      }
      if (key.jwk.alg && key.jwk.alg !== key.alg) {
        out.push(
          problemAt(issuer, at(['jwk', 'alg']), {
            code: 'key',
            message: `is "${key.jwk.alg}" but the key is published for "${key.alg}"`,
          }),
        );
      }
      if (key.validUntil && key.validUntil <= key.validFrom) {
        out.push(problemAt(issuer, at(['validUntil']), { code: 'key', message: 'is not after validFrom' }));
      }
      let thumbprint: string | undefined;
      try {
        thumbprint = await calculateJwkThumbprint(key.jwk as JWK, 'sha256');
      } catch (e) {
        out.push(
          problemAt(issuer, at(['jwk']), {
            code: 'key',
            message: `is not a usable public key: ${(e as Error).message}`,
          }),
        );
      }
      if (thumbprint && thumbprint !== key.kid) {
        out.push(
          problemAt(issuer, at(['kid']), {
            code: 'key-tampered',
            message: `does not match the key: its RFC 7638 thumbprint is ${thumbprint}`,
            hint: 'The kid names the key in every badge it signed; if the key material changed, this is a different key. Publish new keys with npm run keygen.',
          }),
        );
      }
      const owner = owners.get(key.kid);
      if (owner)
        out.push(
          problemAt(issuer, at(['kid']), {
            code: 'duplicate',
            message: `is already published by issuer "${owner}"`,
            hint: 'Each key belongs to exactly one issuer.',
          }),
        );
      owners.set(key.kid, issuer.id);
    }
  }
  return out;
}
