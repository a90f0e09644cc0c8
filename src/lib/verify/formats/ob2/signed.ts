/**
 * A signed Open Badges 2.0 assertion: a JWS whose key is a CryptographicKey linked both ways with
 * the issuer Profile (the key names the issuer as its owner; the issuer lists the key). Everything
 * linked is fetched only through the resource policy, so offline it is "could not check".
 */
import { importSPKI } from 'jose';
import type { VerifyContext } from '../../context.ts';
import { VerifyError } from '../../errors.ts';
import { asList, idOf, isRecord, str } from '../../json.ts';
import type { ParsedJws } from '../../jws.ts';
import { pass, problem, SIGNATURE_GATE, type CheckUnit, type Outcome } from '../../pipeline/check.ts';
import { verifyJws } from '../../proof-jws.ts';
import { FORMAT_PHRASES } from '../../report.ts';
import { readAs, type BadgeFormat } from '../format.ts';
import { OB2_CHECKS } from './checks.ts';
import { linked } from './documents.ts';
import { ob2View, type Ob2Subject } from './subject.ts';
import { verificationOf } from './verification.ts';

/** The assertion's key, `creator` or the issuer's first, with whether it is linked both ways. */
async function signedKey(
  a: Record<string, unknown>,
  issuer: Record<string, unknown>,
  ctx: VerifyContext,
): Promise<{ keyId: string; pem: string; linkedBothWays: boolean }> {
  const declared = asList(issuer.publicKey)
    .map(idOf)
    .filter((x): x is string => Boolean(x));
  const keyId = verificationOf(a)?.creator ?? declared[0];
  if (!keyId)
    throw new VerifyError('ERR_KEY_MISSING', 'the assertion names no key, and its issuer declares none');
  const key = await linked(keyId, ctx.resources, 'signing key');
  const pem = str(key.publicKeyPem);
  if (!pem || pem.length > 10_000)
    throw new VerifyError('ERR_KEY_INVALID', 'the key document has no PEM public key');
  return { keyId, pem, linkedBothWays: idOf(key.owner) === idOf(issuer) && declared.includes(keyId) };
}

const signedProof: CheckUnit<Ob2Subject, 'proof'> = {
  id: 'proof',
  gate: {
    failed: SIGNATURE_GATE.failed,
    unknown: "Not checked: the issuer's documents could not be fetched, so nothing else can be trusted.",
  },
  async run(s, ctx): Promise<Outcome<Ob2Subject>> {
    const a = s.assertion ?? {};
    if (!s.jws) throw new Error('a signed assertion without its token');
    const { alg, key } = await verifyJws(
      s.jws,
      async () => {
        const badge = await linked(a.badge, ctx.resources, 'badge class');
        const issuer = await linked(badge.issuer, ctx.resources, 'issuer profile');
        return { badge, issuer, ...(await signedKey(a, issuer, ctx)) };
      },
      (k, alg) => importSPKI(k.pem, alg),
    );
    const { badge, issuer, keyId, linkedBothWays } = key;
    return {
      ...pass(`The ${alg} signature is valid with the issuer's key.`, keyId),
      learned: { badge, issuer, keyId, linkedBothWays, view: ob2View(a, badge, issuer) },
    };
  },
};

const linkedKey: CheckUnit<Ob2Subject, 'key'> = {
  id: 'key',
  run: (s) =>
    s.linkedBothWays
      ? pass("The key is declared in the issuer's profile and names the issuer as its owner.", s.keyId)
      : problem(
          'ERR_KEY_NOT_PUBLISHED',
          "The key that signed the badge is not linked both ways with the issuer's profile, so it does not speak for that issuer.",
          s.keyId,
        ),
};

export const ob2Signed: BadgeFormat<ParsedJws, Ob2Subject> = {
  read(jws, container) {
    const a = isRecord(jws.payload) ? jws.payload : {};
    return {
      ok: true,
      subject: { format: 'ob2-signed', assertion: a, credential: a, view: ob2View(a), jws },
      row: readAs(FORMAT_PHRASES['ob2-signed'], container),
    };
  },
  checks: { ...OB2_CHECKS, proof: signedProof, key: linkedKey },
};
