/**
 * Key provenance under the catalog's trust model (DESIGN.md): the signing key must be one the
 * named issuer publishes here, and it must have been in force when the badge was issued. A key
 * from anywhere else can still make a valid signature — reported plainly as not vouched for.
 */
import { keyInForce } from '../../keys/in-force.ts';
import type { CredentialView } from '../credential-view.ts';
import { SOURCE_LABELS, type ResolvedKey } from '../jws-key.ts';
import type { RegistryIndex } from '../registry.ts';
import { clipText, type ReportLog } from '../report.ts';

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function checkKey(
  v: CredentialView,
  key: ResolvedKey,
  issuedAt: number | undefined,
  registry: RegistryIndex,
  log: ReportLog,
): void {
  const claimed = v.issuerId ? registry.issuerByProfile(v.issuerId) : undefined;
  const c = key.catalog;
  if (c) {
    if (!claimed || claimed.id !== c.issuer.id) {
      log.add(
        'key',
        'fail',
        `The badge was signed with a key that belongs to ${c.issuer.name}, but it names ${clipText(v.issuerName ?? v.issuerId ?? 'another issuer')} as its issuer.`,
        {
          detail: `key ${c.key.kid}; issuer ${clipText(v.issuerId ?? '(none)', 300)}`,
          code: 'ERR_KEY_ISSUER_MISMATCH',
        },
      );
      return;
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
      log.add(
        'key',
        'fail',
        `${c.issuer.name} revoked this signing key on ${day(Date.parse(c.key.revoked.date))} (${c.key.revoked.reason}). Nothing it signed can be trusted.`,
        { detail: c.key.kid, code: 'ERR_KEY_REVOKED' },
      );
      return;
    }
    if (issuedAt === undefined) {
      log.add(
        'key',
        'warn',
        `The key is ${c.issuer.name}'s, but the badge gives no issuance date to check it against.`,
        { detail: c.key.kid, code: 'WARN_NO_ISSUANCE_DATE' },
      );
      return;
    }
    const state = keyInForce(window, new Date(issuedAt));
    if (!state.ok) {
      const why =
        state.reason === 'retired'
          ? `was retired on ${day(state.since.getTime())}`
          : `only came into force on ${day(state.since.getTime())}`;
      log.add(
        'key',
        'fail',
        `The badge says it was issued on ${day(issuedAt)}, but ${c.issuer.name}'s key ${why}.`,
        {
          detail: `${c.key.kid}; in force ${c.key.validFrom} – ${c.key.validUntil ?? 'now'}`,
          code: 'ERR_KEY_NOT_IN_FORCE',
        },
      );
      return;
    }
    log.add(
      'key',
      'pass',
      `Signed with a key ${c.issuer.name} publishes in this catalog, in force when the badge was issued.`,
      {
        detail: `${c.key.kid} (${c.key.alg}), in force from ${c.key.validFrom}${c.key.validUntil ? ` to ${c.key.validUntil}` : ''}`,
      },
    );
    return;
  }
  if (key.controller && key.controller !== v.issuerId) {
    log.add(
      'key',
      'fail',
      `The key that signed the badge is controlled by ${key.controller.slice(0, 120)}, not by the issuer the badge names, so the signature does not speak for that issuer.`,
      {
        detail: `issuer ${(v.issuerId ?? '(none)').slice(0, 200)}; verification method ${(key.kid ?? '').slice(0, 200)}`,
        code: 'ERR_KEY_CONTROLLER',
      },
    );
    return;
  }
  if (claimed) {
    log.add(
      'key',
      'fail',
      `The badge claims to come from ${claimed.name}, but it was signed with ${SOURCE_LABELS[key.source]}, not one ${claimed.name} publishes.`,
      {
        detail: `thumbprint ${key.thumbprint}; ${claimed.name} publishes ${claimed.keys.length} key(s)`,
        code: 'ERR_KEY_NOT_PUBLISHED',
      },
    );
    return;
  }
  log.add(
    'key',
    'warn',
    `Signed with ${SOURCE_LABELS[key.source]}. This catalog does not publish that key, so it cannot say who holds it.`,
    {
      detail: `${key.kid ? `kid ${key.kid.slice(0, 200)}; ` : ''}thumbprint ${key.thumbprint}`,
      code: 'WARN_KEY_UNKNOWN',
    },
  );
}

export async function checkIssuer(v: CredentialView, registry: RegistryIndex, log: ReportLog): Promise<void> {
  const issuer = v.issuerId ? registry.issuerByProfile(v.issuerId) : undefined;
  if (issuer) {
    log.add('issuer', 'pass', `${issuer.name} is registered in this catalog.`, { detail: issuer.profile });
    return;
  }
  // Loaded on demand (its confusables table is large); if it cannot load, the plain warning stands.
  const lookalike = await import('./lookalike.ts').catch(() => undefined);
  const name = v.issuerName ? (lookalike?.visible(v.issuerName) ?? v.issuerName) : undefined;
  const who = name ? `“${clipText(name)}”` : 'The issuer';
  const hidden =
    v.issuerName && lookalike?.hasInvisible(v.issuerName)
      ? ' Its name contains invisible or text-direction characters.'
      : '';
  const detail = `issuer id: ${(v.issuerId ?? '(none)').slice(0, 200)}`;
  const imitation = lookalike?.imitatedIssuer(
    { id: v.issuerId, name: v.issuerName },
    registry.registry.issuers,
  );
  if (imitation) {
    const real = imitation.issuer;
    log.add(
      'issuer',
      'warn',
      `${who} is not registered in this catalog. Its ${imitation.by} looks like that of ${real.name}, which is registered here, but this badge does not come from ${real.name}.${hidden}`,
      { detail: `${detail}; registered look-alike: ${real.profile}`, code: 'WARN_ISSUER_LOOKALIKE' },
    );
  } else {
    log.add(
      'issuer',
      'warn',
      `${who} is not registered in this catalog, so the catalog does not vouch for it.${hidden}`,
      { detail, code: 'WARN_ISSUER_UNKNOWN' },
    );
  }
}
