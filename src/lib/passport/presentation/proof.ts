/**
 * The holder's proof of a presentation, checked by the verifier's own signature code: a VP-JWT
 * through `verifyJws` (the algorithm allow-list, then the key), a JSON presentation through
 * `verifyDataIntegrity` with the proof purpose a holder signs for, `authentication`.
 */
import { calculateJwkThumbprint, importJWK, type JWK } from 'jose';
import { jwkFromDidJwk, jwkFromDidKey } from '../../verify/did.ts';
import { VerifyError } from '../../verify/errors.ts';
import { asList, str } from '../../verify/json.ts';
import { resolveJwsKey, type ResolvedKey } from '../../verify/jws-key.ts';
import { assertPublicJwk } from '../../verify/public-jwk.ts';
import { pass, problem, type CheckUnit, type Outcome } from '../../verify/pipeline/check.ts';
import { verifyJws } from '../../verify/proof-jws.ts';
import type { VerifyContext } from '../../verify/context.ts';
import type { PresentationSubject } from './subject.ts';

export const HOLDER_GATE = {
  failed: "Not checked: the holder's signature failed.",
  unknown: "Not checked: the holder's signature could not be checked.",
};

/**
 * A VP-JWT's key: what its header names (as for any token), or, when the header names none, the
 * holder's own `did:key` or `did:jwk` in `iss` (the key is the identifier itself).
 */
async function holderJwtKey(s: PresentationSubject, ctx: VerifyContext): Promise<ResolvedKey> {
  if (s.presentation.kind !== 'jwt') throw new Error('not a VP-JWT');
  const { jws, payload } = s.presentation;
  if (jws.header.kid !== undefined || jws.header.jwk !== undefined)
    return resolveJwsKey(jws, ctx.registry, ctx.resources);
  const iss = str(payload.iss) ?? '';
  let jwk: JWK;
  if (iss.startsWith('did:key:')) jwk = await jwkFromDidKey(iss);
  else if (iss.startsWith('did:jwk:')) jwk = assertPublicJwk(jwkFromDidJwk(iss), 'the did:jwk key');
  else
    throw new VerifyError(
      'ERR_KEY_MISSING',
      'its header has no kid or jwk, and its iss is no did:key or did:jwk',
    );
  const source = iss.startsWith('did:key:') ? 'did:key' : 'did:jwk';
  return { jwk, thumbprint: await calculateJwkThumbprint(jwk, 'sha256'), source, controller: iss, notes: [] };
}

async function jwtProof(s: PresentationSubject, ctx: VerifyContext): Promise<Outcome<PresentationSubject>> {
  if (s.presentation.kind !== 'jwt') throw new Error('not a VP-JWT');
  const { alg, key } = await verifyJws(
    s.presentation.jws,
    () => holderJwtKey(s, ctx),
    (k, a) => importJWK({ ...k.jwk, alg: a }, a),
  );
  return {
    ...pass(
      `The holder's ${alg} signature on the presentation is valid.`,
      key.kid ? `kid ${key.kid.slice(0, 200)}` : undefined,
    ),
    learned: { signer: { key, ...(key.controller ? { controller: key.controller } : {}) } },
  };
}

async function dataIntegrityProof(
  s: PresentationSubject,
  ctx: VerifyContext,
): Promise<Outcome<PresentationSubject>> {
  const vp = s.presentation.vp;
  if (!asList(vp.proof).length)
    return problem(
      'ERR_NO_PROOF',
      'The presentation carries no signature by its holder, so it shows nothing about who handed these badges over.',
    );
  const { verifyDataIntegrity } = await import('../../verify/data-integrity/index.ts');
  const r = await verifyDataIntegrity(vp, ctx.registry, ctx.resources, 'authentication');
  return {
    ...pass(
      `The holder's ${r.suite.name} signature on the presentation is valid.`,
      `verification method ${r.method.methodId.slice(0, 200)}`,
    ),
    learned: {
      signer: { key: r.method, ...(r.method.controller ? { controller: r.method.controller } : {}) },
    },
  };
}

export const holderProof: CheckUnit<PresentationSubject, 'proof'> = {
  id: 'proof',
  gate: HOLDER_GATE,
  run: (s, ctx) => (s.presentation.kind === 'jwt' ? jwtProof(s, ctx) : dataIntegrityProof(s, ctx)),
};
