/**
 * Whether the badge's issuer is registered in this catalog, and if not, whether it imitates one
 * that is (checks/lookalike.ts, loaded on demand: its confusables table is large).
 */
import { pass, problem, type CheckUnit } from '../pipeline/check.ts';
import { clipText } from '../report.ts';
import type { CredentialSubject } from '../subject.ts';

export const issuerCheck: CheckUnit<CredentialSubject, 'issuer'> = {
  id: 'issuer',
  async run({ view: v }, { registry }) {
    const issuer = v.issuerId ? registry.issuerByProfile(v.issuerId) : undefined;
    if (issuer) return pass(`${issuer.name} is registered in this catalog.`, issuer.profile);
    // If the look-alike module cannot load, the plain warning stands.
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
    if (!imitation)
      return problem(
        'WARN_ISSUER_UNKNOWN',
        `${who} is not registered in this catalog, so the catalog does not vouch for it.${hidden}`,
        detail,
      );
    const real = imitation.issuer;
    return problem(
      'WARN_ISSUER_LOOKALIKE',
      `${who} is not registered in this catalog. Its ${imitation.by} looks like that of ${real.name}, which is registered here, but this badge does not come from ${real.name}.${hidden}`,
      `${detail}; registered look-alike: ${real.profile}`,
    );
  },
};
