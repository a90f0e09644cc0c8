/**
 * Whether the badge's issuer is registered in this catalog, and if not, whether it imitates one
 * that is (checks/lookalike.ts, loaded on demand: its confusables table is large). A name that
 * hides characters (text-direction controls, invisible characters) is look-alike evidence of its
 * own. Also run when the signature could not be checked: then a registered issuer is only what
 * the badge claims.
 */
import type { HiddenCharacter } from '../../text/invisible.ts';
import { pass, problem, skip, type CheckUnit } from '../pipeline/check.ts';
import { clipText } from '../report.ts';
import type { CredentialSubject } from '../subject.ts';

const hiddenList = (hidden: readonly HiddenCharacter[]) =>
  [...new Set(hidden.map((h) => h.label))].slice(0, 5).join(', ');

export const issuerCheck: CheckUnit<CredentialSubject, 'issuer'> = {
  id: 'issuer',
  async run({ view: v, signer }, { registry }) {
    const issuer = v.issuerId ? registry.issuerByProfile(v.issuerId) : undefined;
    if (issuer && !signer)
      return skip(
        `Not confirmed: the badge names ${issuer.name}, which is registered in this catalog, but without a checked signature that is only a claim.`,
      );
    if (issuer) return pass(`${issuer.name} is registered in this catalog.`, issuer.profile);
    // If the look-alike module cannot load, the plain warning stands.
    const lookalike = await import('./lookalike.ts').catch(() => undefined);
    const name = v.issuerName ? (lookalike?.visible(v.issuerName) ?? v.issuerName) : undefined;
    const who = name ? `“${clipText(name)}”` : 'The issuer';
    const detail = `issuer id: ${(v.issuerId ?? '(none)').slice(0, 200)}`;
    const evidence = lookalike?.lookalikeEvidence(
      { id: v.issuerId, name: v.issuerName },
      registry.registry.issuers,
    );
    const hidden = evidence?.hidden.length
      ? ` Its name hides characters (${hiddenList(evidence.hidden)}) that make it read differently from what it is.`
      : '';
    const real = evidence?.imitation?.issuer;
    if (real && evidence.imitation)
      return problem(
        'WARN_ISSUER_LOOKALIKE',
        `${who} is not registered in this catalog. Its ${evidence.imitation.by} looks like that of ${real.name}, which is registered here, but this badge does not come from ${real.name}.${hidden}`,
        `${detail}; registered look-alike: ${real.profile}`,
      );
    if (hidden)
      return problem(
        'WARN_ISSUER_HIDDEN_CHARACTERS',
        `${who} is not registered in this catalog, and its name is disguised:${hidden} Treat it as an imitation.`,
        `${detail}; hidden: ${hiddenList(evidence?.hidden ?? [])}`,
      );
    return problem(
      'WARN_ISSUER_UNKNOWN',
      `${who} is not registered in this catalog, so the catalog does not vouch for it.`,
      detail,
    );
  },
};
