/**
 * A verifiable credential in a JWT: Open Badges 3.0 (the credential is the payload), W3C
 * `vc+jwt` (https://www.w3.org/TR/vc-jose-cose/), or VC 1.1 (the `vc` claim). Its proof is the
 * JWS signature, with the key its header names.
 */
import { parseDateTime, viewCredential } from '../credential-view.ts';
import { isRecord } from '../json.ts';
import type { ParsedJws } from '../jws.ts';
import { pass, problem, SIGNATURE_GATE, type CheckUnit } from '../pipeline/check.ts';
import { verifyJwsWithHeaderKey } from '../proof-jws.ts';
import { FORMAT_PHRASES, type Format } from '../report.ts';
import type { CredentialSubject } from '../subject.ts';
import { credentialChecks } from '../checks/index.ts';
import { tokenDates } from '../checks/claims.ts';
import { readAs, type BadgeFormat } from './format.ts';

/** Which JWT profile a token follows, from its header and payload. */
export function jwtFormat(jws: ParsedJws): Format | 'presentation' | undefined {
  const p = jws.payload;
  if (!isRecord(p)) return undefined;
  const typ = typeof jws.header.typ === 'string' ? jws.header.typ.toLowerCase() : '';
  if (
    typ === 'vp+jwt' ||
    isRecord(p.vp) ||
    (Array.isArray(p.type) && p.type.includes('VerifiablePresentation'))
  )
    return 'presentation';
  if (isRecord(p.vc)) return 'vc1-jwt';
  if (!('@context' in p)) return undefined;
  if (typ === 'vc+jwt' || jws.header.cty === 'vc') return 'vc-jose-jwt';
  return 'ob3-vc-jwt';
}

const jwsProof: CheckUnit<CredentialSubject, 'proof'> = {
  id: 'proof',
  gate: SIGNATURE_GATE,
  async run(s, ctx) {
    if (!s.token) throw new Error('a VC-JWT subject without its token');
    const { alg, key } = await verifyJwsWithHeaderKey(s.token.jws, ctx.registry, ctx.resources);
    const claimed = tokenDates(s.token.payload);
    return {
      ...pass(
        `The ${alg} signature is valid: the badge has not been changed since it was signed.`,
        [`key thumbprint ${key.thumbprint}`, ...key.notes].join('; '),
      ),
      learned: { signer: { key, issuedAt: claimed.iat ?? claimed.nbf ?? parseDateTime(s.view.validFrom) } },
    };
  },
};

export const vcJwt: BadgeFormat<ParsedJws, CredentialSubject> = {
  read(jws, container) {
    const format = jwtFormat(jws);
    if (format === 'presentation')
      return {
        ok: false,
        row: problem(
          'ERR_PRESENTATION',
          'This is a verifiable presentation (a wrapper around credentials). Paste one of the badges inside it instead.',
        ),
      };
    if (!format || !isRecord(jws.payload))
      return {
        ok: false,
        row: problem(
          'ERR_NOT_A_BADGE',
          'This is a signed token, but it does not carry a credential.',
          `header: ${JSON.stringify(jws.header).slice(0, 300)}`,
        ),
      };
    const payload = jws.payload;
    const credential = format === 'vc1-jwt' && isRecord(payload.vc) ? payload.vc : payload;
    return {
      ok: true,
      subject: {
        format,
        view: viewCredential(credential),
        credential,
        token: { jws, payload },
      },
      row: readAs(FORMAT_PHRASES[format], container, `header: ${JSON.stringify(jws.header).slice(0, 500)}`),
    };
  },
  checks: credentialChecks(jwsProof),
};
