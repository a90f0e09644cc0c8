/**
 * Running one check alone, without verifyBadge: a subject made from a credential as a format would
 * read it, a context over the in-memory catalog (helpers/issuer.ts), and the signer a proof check
 * would have learned.
 */
import { calculateJwkThumbprint } from 'jose';
import type { VerifyContext } from '../../src/lib/verify/context.ts';
import { viewCredential } from '../../src/lib/verify/credential-view.ts';
import type { ResolvedKey } from '../../src/lib/verify/jws-key.ts';
import type { CheckUnit, Outcome } from '../../src/lib/verify/pipeline/check.ts';
import { RegistryIndex } from '../../src/lib/verify/registry.ts';
import type { CredentialSubject, Signer } from '../../src/lib/verify/subject.ts';
import { contextFor, type VerifyOptions } from '../../src/lib/verify/verify.ts';
import type { TestCatalog, TestKey } from './issuer.ts';

export const NOW = new Date('2026-06-01T00:00:00Z');

export function contextOf(cat: TestCatalog | undefined, extra: VerifyOptions = {}): VerifyContext {
  return contextFor({ ...(cat ? { registry: new RegistryIndex(cat.registry) } : {}), now: NOW, ...extra });
}

export function subjectOf(
  credential: Record<string, unknown>,
  extra: Partial<CredentialSubject> = {},
): CredentialSubject {
  const view = viewCredential(credential);
  return {
    format: view.isOpenBadge ? 'ob3-vc-jwt' : 'vc-jose-jwt',
    view,
    credential,
    ...extra,
  };
}

/** The signer a proof check learns for a catalog key (`registry` from the same catalog as `ctx`). */
export function catalogSigner(key: TestKey, ctx: VerifyContext, issuedAt?: number): Signer {
  const kid = key.signer.kid;
  const catalog = ctx.registry.keyByKid(kid);
  if (!catalog) throw new Error(`not a catalog key: ${kid}`);
  const jwk: ResolvedKey['jwk'] = catalog.key.jwk;
  return {
    key: {
      jwk,
      thumbprint: catalog.key.thumbprint,
      source: 'catalog',
      kid,
      catalog,
      notes: [],
    },
    issuedAt: issuedAt ?? Date.parse('2025-03-01T12:00:00Z'),
  };
}

/** The signer for a key this catalog does not publish, as a header jwk or a DID names it. */
export async function foreignSigner(
  jwk: ResolvedKey['jwk'],
  over: Partial<ResolvedKey> = {},
  issuedAt?: number,
): Promise<Signer> {
  return {
    key: {
      jwk,
      thumbprint: await calculateJwkThumbprint(jwk, 'sha256'),
      source: 'header-jwk',
      notes: [],
      ...over,
    },
    issuedAt,
  };
}

/** Runs one check on its own. */
export const runAlone = <S>(check: CheckUnit<S>, subject: S, ctx: VerifyContext): Promise<Outcome<S>> =>
  Promise.resolve(check.run(subject, ctx));
