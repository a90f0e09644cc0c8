/**
 * Whether the badge's achievement is a credential in this catalog, and from the same issuer. The
 * catalog credential found is learned for the report ("Credential in catalog").
 */
import { str } from '../json.ts';
import { pass, problem, skip, type CheckUnit, type Outcome } from '../pipeline/check.ts';
import { clipText } from '../report.ts';
import type { CredentialSubject } from '../subject.ts';

export const achievementCheck: CheckUnit<CredentialSubject, 'achievement'> = {
  id: 'achievement',
  run({ view: v }, { registry }): Outcome<CredentialSubject> {
    if (v.types.includes('EndorsementCredential') && !v.achievement)
      return skip('An endorsement names no achievement; it endorses what its subject names.');
    const id = v.achievement ? str(v.achievement.id) : undefined;
    const issuer = v.issuerId ? registry.issuerByProfile(v.issuerId) : undefined;
    const entry = id ? registry.credentialByAchievement(id) : undefined;
    if (!entry) {
      if (issuer) {
        return problem(
          'ERR_ACHIEVEMENT_UNKNOWN',
          `The badge names an achievement that ${issuer.name} does not publish in this catalog.`,
          `achievement id: ${(id ?? '(none)').slice(0, 200)}`,
        );
      }
      return problem(
        'WARN_ACHIEVEMENT_EXTERNAL',
        'The achievement is not a credential in this catalog.',
        `achievement id: ${(id ?? '(none)').slice(0, 200)}`,
      );
    }
    const learned = {
      listed: {
        id: entry.id,
        title: entry.title,
        page: entry.page,
        version: entry.version,
        status: entry.status,
      },
    };
    if (!issuer || issuer.id !== entry.issuer) {
      return {
        ...problem(
          'ERR_ACHIEVEMENT_ISSUER',
          `“${entry.title}” is a credential of another issuer in this catalog, not of ${v.issuerName ? clipText(v.issuerName) : "the badge's issuer"}.`,
          `catalog issuer: ${entry.issuer}`,
        ),
        learned,
      };
    }
    if (entry.status === 'draft') {
      return {
        ...problem(
          'ERR_ACHIEVEMENT_DRAFT',
          `“${entry.title}” is still a draft in this catalog and cannot have been earned.`,
        ),
        learned,
      };
    }
    const version = v.achievement ? str(v.achievement.version) : undefined;
    const notes = [
      entry.status === 'retired' ? 'It has since been retired; badges already awarded stay valid.' : '',
      version && version !== entry.version
        ? `It was awarded under version ${version}; the catalog now describes version ${entry.version}.`
        : '',
    ].filter(Boolean);
    return {
      ...pass(
        `This is “${entry.title}”, a credential in this catalog.${notes.length ? ` ${notes.join(' ')}` : ''}`,
        entry.page,
      ),
      learned,
    };
  },
};
