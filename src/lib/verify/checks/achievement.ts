/** Whether the badge's achievement is a credential in this catalog, and from the same issuer. */
import type { CredentialView } from '../credential-view.ts';
import { str } from '../json.ts';
import type { RegistryIndex } from '../registry.ts';
import { clipText, type CatalogMatch, type ReportLog } from '../report.ts';

export function checkAchievement(
  v: CredentialView,
  registry: RegistryIndex,
  log: ReportLog,
  match: CatalogMatch,
): void {
  const id = v.achievement ? str(v.achievement.id) : undefined;
  const issuer = v.issuerId ? registry.issuerByProfile(v.issuerId) : undefined;
  const entry = id ? registry.credentialByAchievement(id) : undefined;
  if (!entry) {
    if (issuer) {
      log.add(
        'achievement',
        'fail',
        `The badge names an achievement that ${issuer.name} does not publish in this catalog.`,
        { detail: `achievement id: ${(id ?? '(none)').slice(0, 200)}`, code: 'ERR_ACHIEVEMENT_UNKNOWN' },
      );
    } else {
      log.add('achievement', 'warn', 'The achievement is not a credential in this catalog.', {
        detail: `achievement id: ${(id ?? '(none)').slice(0, 200)}`,
        code: 'WARN_ACHIEVEMENT_EXTERNAL',
      });
    }
    return;
  }
  match.credential = {
    id: entry.id,
    title: entry.title,
    page: entry.page,
    version: entry.version,
    status: entry.status,
  };
  if (!issuer || issuer.id !== entry.issuer) {
    log.add(
      'achievement',
      'fail',
      `“${entry.title}” is a credential of another issuer in this catalog, not of ${v.issuerName ? clipText(v.issuerName) : "the badge's issuer"}.`,
      { detail: `catalog issuer: ${entry.issuer}`, code: 'ERR_ACHIEVEMENT_ISSUER' },
    );
    return;
  }
  if (entry.status === 'draft') {
    log.add(
      'achievement',
      'fail',
      `“${entry.title}” is still a draft in this catalog and cannot have been earned.`,
      { code: 'ERR_ACHIEVEMENT_DRAFT' },
    );
    return;
  }
  const version = v.achievement ? str(v.achievement.version) : undefined;
  const notes = [
    entry.status === 'retired' ? 'It has since been retired; badges already awarded stay valid.' : '',
    version && version !== entry.version
      ? `It was awarded under version ${version}; the catalog now describes version ${entry.version}.`
      : '',
  ].filter(Boolean);
  log.add(
    'achievement',
    'pass',
    `This is “${entry.title}”, a credential in this catalog.${notes.length ? ` ${notes.join(' ')}` : ''}`,
    { detail: entry.page },
  );
}
