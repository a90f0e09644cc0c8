/**
 * Key provenance under the catalog's trust model (docs/architecture.md, "Trust model"): the
 * signing key must be one the named issuer publishes here, and it must have been in force when
 * the badge was issued. A key from anywhere else can still make a valid signature — reported
 * plainly as not vouched for.
 */
import { keyInForce } from '../../keys/in-force.ts';
import type { CredentialView } from '../credential-view.ts';
import { SOURCE_LABELS, type ResolvedKey } from '../jws-key.ts';
import { pass, problem, skip, type CheckUnit, type Outcome } from '../pipeline/check.ts';
import type { RegistryIndex } from '../registry.ts';
import { clipText } from '../report.ts';
import type { CredentialSubject } from '../subject.ts';

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const keyCheck: CheckUnit<CredentialSubject, 'key'> = {
  id: 'key',
  run: (s, ctx) =>
    s.signer
      ? keyProvenance(s.view, s.signer.key, s.signer.issuedAt, ctx.registry)
      : skip('Not checked: no signature was checked.'),
};

function keyProvenance(
  v: CredentialView,
  key: ResolvedKey,
  issuedAt: number | undefined,
  registry: RegistryIndex,
): Outcome<never> {
  const claimed = v.issuerId ? registry.issuerByProfile(v.issuerId) : undefined;
  const c = key.catalog;
  if (c) {
    if (!claimed || claimed.id !== c.issuer.id) {
      return problem(
        'ERR_KEY_ISSUER_MISMATCH',
        `The badge was signed with a key that belongs to ${c.issuer.name}, but it names ${clipText(v.issuerName ?? v.issuerId ?? 'another issuer')} as its issuer.`,
        `key ${c.key.kid}; issuer ${clipText(v.issuerId ?? '(none)', 300)}`,
      );
    }
    // JWT dates have one-second resolution; compare the key window at the same resolution.
    const window = {
      validFrom: new Date(Math.floor(Date.parse(c.key.validFrom) / 1000) * 1000),
      ...(c.key.validUntil ? { validUntil: new Date(c.key.validUntil) } : {}),
      ...(c.key.revoked
        ? { revoked: { date: new Date(c.key.revoked.date), reason: c.key.revoked.reason } }
        : {}),
    };
    if (c.key.revoked) {
      return problem(
        'ERR_KEY_REVOKED',
        `${c.issuer.name} revoked this signing key on ${day(Date.parse(c.key.revoked.date))} (${c.key.revoked.reason}). Nothing it signed can be trusted.`,
        c.key.kid,
      );
    }
    if (issuedAt === undefined) {
      return problem(
        'WARN_NO_ISSUANCE_DATE',
        `The key is ${c.issuer.name}'s, but the badge gives no issuance date to check it against.`,
        c.key.kid,
      );
    }
    const state = keyInForce(window, new Date(issuedAt));
    if (!state.ok) {
      const why =
        state.reason === 'retired'
          ? `was retired on ${day(state.since.getTime())}`
          : `only came into force on ${day(state.since.getTime())}`;
      return problem(
        'ERR_KEY_NOT_IN_FORCE',
        `The badge says it was issued on ${day(issuedAt)}, but ${c.issuer.name}'s key ${why}.`,
        `${c.key.kid}; in force ${c.key.validFrom} – ${c.key.validUntil ?? 'now'}`,
      );
    }
    return pass(
      `Signed with a key ${c.issuer.name} publishes in this catalog, in force when the badge was issued.`,
      `${c.key.kid} (${c.key.alg}), in force from ${c.key.validFrom}${c.key.validUntil ? ` to ${c.key.validUntil}` : ''}`,
    );
  }
  if (key.controller && key.controller !== v.issuerId) {
    return problem(
      'ERR_KEY_CONTROLLER',
      `The key that signed the badge is controlled by ${key.controller.slice(0, 120)}, not by the issuer the badge names, so the signature does not speak for that issuer.`,
      `issuer ${(v.issuerId ?? '(none)').slice(0, 200)}; verification method ${(key.kid ?? '').slice(0, 200)}`,
    );
  }
  if (claimed) {
    return problem(
      'ERR_KEY_NOT_PUBLISHED',
      `The badge claims to come from ${claimed.name}, but it was signed with ${SOURCE_LABELS[key.source]}, not one ${claimed.name} publishes.`,
      `thumbprint ${key.thumbprint}; ${claimed.name} publishes ${claimed.keys.length} key(s)`,
    );
  }
  return problem(
    'WARN_KEY_UNKNOWN',
    `Signed with ${SOURCE_LABELS[key.source]}. This catalog does not publish that key, so it cannot say who holds it.`,
    `${key.kid ? `kid ${key.kid.slice(0, 200)}; ` : ''}thumbprint ${key.thumbprint}`,
  );
}
