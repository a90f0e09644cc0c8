/**
 * The first step of an issuing run: everything the run needs before any badge is made, checked
 * once — the catalog entry (active), its issuer, rubric and signing key, the Achievement and
 * issuer reference every badge carries, the rubric results, and the badge artwork.
 */
import { credentialArtwork } from '../../src/lib/badges/artwork.ts';
import { passes } from '../../src/lib/catalog/rubric.ts';
import { buildAchievement } from '../../src/lib/ob3/achievement.ts';
import type { CredentialInput } from '../../src/lib/ob3/credential.ts';
import { paths } from '../../src/lib/catalog/urls.ts';
import { issuerRef } from '../../src/lib/ob3/profile.ts';
import { siteUrls, type SiteUrls } from '../../src/lib/ob3/site.ts';
import { loadValidCatalog } from './catalog.ts';
import { CliError } from './cli.ts';
import type { IssueOptions } from './issue-run.ts';
import { contentDir, keysDir, siteRoot } from './paths.ts';
import { renderPng } from './render-png.ts';
import { signerFor, type IssuerSigner } from './signing.ts';

export interface Issuing {
  content: string;
  credential: { id: string; title: string };
  issuerId: string;
  urls: SiteUrls;
  signer: IssuerSigner;
  achievement: ReturnType<typeof buildAchievement>;
  profile: ReturnType<typeof issuerRef>;
  results: CredentialInput['results'];
  validUntil: Date | undefined;
  /** The badge artwork to bake: SVG, and PNG (the issuer's own, or the SVG rendered). */
  art: { svg: string; png: Uint8Array };
  /** The Data Integrity verification method, for --proof data-integrity. */
  verificationMethod: string;
  /** The status list URL a badge names: the JWT list, or its Data Integrity form for Data Integrity badges. */
  statusUrl: (list: string) => string;
}

type Rubric = Parameters<typeof passes>[0];

function parseResults(specs: string[], rubric: Rubric, achievementId: string): CredentialInput['results'] {
  const scores: Record<string, string> = {};
  for (const spec of specs) {
    const [criterion = '', level = ''] = spec.split('=');
    if (!rubric.criteria.some((k) => k.id === criterion))
      throw new CliError(
        `--result ${spec}: "${criterion}" is not a criterion of the rubric`,
        `Criteria: ${rubric.criteria.map((k) => k.id).join(', ')}.`,
      );
    if (!rubric.levels.some((l) => l.id === level))
      throw new CliError(
        `--result ${spec}: "${level}" is not a level of the rubric`,
        `Levels: ${rubric.levels.map((l) => l.id).join(', ')}.`,
      );
    scores[criterion] = level;
  }
  if (Object.keys(scores).length === rubric.criteria.length && !passes(rubric, scores)) {
    throw new CliError("these results do not meet the rubric's pass rule, so no badge is issued");
  }
  return Object.entries(scores).map(([criterion, level]) => ({
    resultDescription: `${achievementId}#rubric-${criterion}`,
    achievedLevel: `${achievementId}#rubric-${criterion}-${level}`,
  }));
}

export async function loadIssuing(opts: IssueOptions): Promise<Issuing> {
  const content = contentDir(opts.content);
  const catalog = await loadValidCatalog(content);
  const entry = catalog.credentials.get(opts.credential);
  if (!entry) {
    const near = [...catalog.credentials.keys()]
      .filter((k) => k.includes(opts.credential.split('/').at(-1) ?? ''))
      .slice(0, 5);
    throw new CliError(
      `unknown credential "${opts.credential}"`,
      near.length
        ? `Did you mean ${near.join(', ')}?`
        : 'Credential ids are "<issuer>/<slug>", as in content/credentials/.',
    );
  }
  if (entry.data.status !== 'active')
    throw new CliError(
      `"${entry.data.title}" is ${entry.data.status}; only active credentials can be issued`,
    );
  const issuer = catalog.issuers.get(entry.data.issuer);
  const rubric = catalog.rubrics.get(entry.data.rubric);
  if (!issuer || !rubric) throw new CliError('the catalog is inconsistent; run npm run check');
  const urls = siteUrls(siteRoot(opts.site));
  const signer = await signerFor(issuer, urls, {
    ...(opts.keyFile ? { keyFile: opts.keyFile } : {}),
    keys: keysDir(opts.keys),
    ...(opts.proof === 'data-integrity' ? { alg: 'EdDSA' as const } : {}),
  });
  if (opts.proof === 'data-integrity' && signer.alg !== 'EdDSA') {
    throw new CliError(
      `--proof data-integrity signs with eddsa-rdfc-2022, which needs an Ed25519 key; ${issuer.id}'s key in force is ${signer.alg}`,
      `Add one with npm run keygen -- --issuer ${issuer.id} --alg EdDSA.`,
    );
  }
  const titles = new Map([...catalog.credentials.values()].map((c) => [c.id, c.data.title]));
  const achievement = buildAchievement(
    { id: entry.id, data: entry.data, issuer: issuer.data, rubric: rubric.data, titles },
    urls,
  );
  const profile = issuerRef(issuer.id, issuer.data, urls);
  const validUntil = opts.validUntil ? new Date(opts.validUntil) : undefined;
  if (validUntil && Number.isNaN(validUntil.getTime()))
    throw new CliError(`--valid-until "${opts.validUntil}" is not a date`);
  const stacks = [...catalog.stacks.values()]
    .filter((s) => s.data.credentials.includes(entry.id))
    .map((s) => s.data.title);
  const { svg, png } = credentialArtwork(content, { id: entry.id, ...entry.data }, issuer.data, stacks);
  return {
    content,
    credential: { id: entry.id, title: entry.data.title },
    issuerId: issuer.id,
    urls,
    signer,
    achievement,
    profile,
    results: parseResults(opts.results, rubric.data, achievement.id),
    validUntil,
    art: { svg, png: png ?? renderPng(svg) },
    verificationMethod: opts.proof === 'data-integrity' ? signer.kid : '',
    statusUrl: (list) =>
      opts.proof === 'data-integrity'
        ? urls.absolute(paths.statusListJson(issuer.id, list))
        : urls.statusList(issuer.id, list),
  };
}
