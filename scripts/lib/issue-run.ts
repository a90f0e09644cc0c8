/**
 * The issuing run behind `npm run issue` (also used by the benchmark): checks the catalog,
 * picks the key, reserves status indexes, signs, bakes and writes each badge, and keeps a
 * manifest so an interrupted batch resumes where it stopped.
 */
import { existsSync } from 'node:fs';
import { appendFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { bakePng, bakeSvg } from '../../src/lib/baking/index.ts';
import { badgeSvg, pngBadgeSvg } from '../../src/lib/badges/badge-svg.ts';
import { artworkPng } from '../../src/lib/catalog/artwork-file.ts';
import { passes } from '../../src/lib/catalog/rubric.ts';
import { buildAchievement } from '../../src/lib/ob3/achievement.ts';
import { buildCredential, type CredentialInput } from '../../src/lib/ob3/credential.ts';
import { profileRef } from '../../src/lib/ob3/profile.ts';
import { ed25519Multibase, signDataIntegrity } from '../../src/lib/ob3/sign-data-integrity.ts';
import { signCredentialJwt } from '../../src/lib/ob3/sign-jwt.ts';
import { siteUrls } from '../../src/lib/ob3/site.ts';
import { isStatusError } from '../../src/lib/status/index.ts';
import { loadValidCatalog } from './catalog.ts';
import { CliError } from './cli.ts';
import { contentDir, keysDir, siteRoot } from './paths.ts';
import { folderName, readRecipients, recipientKey, type RecipientRow } from './recipients.ts';
import { renderPng } from './render-png.ts';
import { signerFor } from './signing.ts';
import { openList, reserveIndex } from './status-store.ts';

export interface IssueOptions {
  credential: string;
  proof: 'jwt' | 'data-integrity';
  out: string;
  skipInvalid: boolean;
  results: string[];
  email?: string;
  recipientId?: string;
  csv?: string;
  name?: string;
  evidence?: string;
  validUntil?: string;
  keyFile?: string;
  keys?: string;
  content?: string;
  site?: string;
  /** No progress bar (tests, benchmark). */
  quiet?: boolean;
}

export interface ManifestEntry {
  folder: string;
  credentialId: string;
  list: string;
  statusIndex: number;
  issuedAt: string;
}

export interface Manifest {
  credential: string;
  issuer: string;
  proof: 'jwt' | 'data-integrity';
  recipients: Record<string, ManifestEntry>;
}

async function writeJsonAtomic(path: string, value: unknown): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}`;
  await writeFile(tmp, `${JSON.stringify(value, null, 2)}\n`);
  await rename(tmp, path);
}

function parseResults(
  specs: string[],
  rubric: Parameters<typeof passes>[0],
  achievementId: string,
): CredentialInput['results'] {
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

export async function issueBadges(opts: IssueOptions): Promise<string> {
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
  const profile = profileRef(issuer.id, issuer.data, urls);
  const results = parseResults(opts.results, rubric.data, achievement.id);
  const validUntil = opts.validUntil ? new Date(opts.validUntil) : undefined;
  if (validUntil && Number.isNaN(validUntil.getTime()))
    throw new CliError(`--valid-until "${opts.validUntil}" is not a date`);

  let rows: RecipientRow[];
  let skippedRows = 0;
  if (opts.csv) {
    const { rows: good, problems } = await readRecipients(opts.csv);
    if (problems.length) {
      const list = problems.map((p) => `  line ${p.line}: ${p.message}`).join('\n');
      if (!opts.skipInvalid)
        throw new CliError(
          `${opts.csv} has ${problems.length} malformed row(s); nothing was issued:\n${list}`,
          'Fix the rows, or re-run with --skip-invalid to issue the others.',
        );
      console.error(`Skipping ${problems.length} malformed row(s):\n${list}`);
      skippedRows = problems.length;
    }
    rows = good;
  } else {
    rows = [
      {
        line: 0,
        key: recipientKey({ email: opts.email, id: opts.recipientId }),
        ...(opts.email ? { email: opts.email } : {}),
        ...(opts.recipientId ? { id: opts.recipientId } : {}),
        ...(opts.name ? { name: opts.name } : {}),
        ...(opts.evidence ? { evidence: opts.evidence } : {}),
      },
    ];
  }

  await mkdir(opts.out, { recursive: true });
  const manifestPath = join(opts.out, 'manifest.json');
  // manifest.json is rewritten now and then; every badge is also appended to a journal at once,
  // so an interrupted run loses nothing and the per-badge cost stays flat.
  const journalPath = join(opts.out, 'manifest.journal.jsonl');
  const manifest: Manifest = existsSync(manifestPath)
    ? (JSON.parse(await readFile(manifestPath, 'utf8')) as Manifest)
    : { credential: entry.id, issuer: issuer.id, proof: opts.proof, recipients: {} };
  if (existsSync(journalPath)) {
    for (const line of (await readFile(journalPath, 'utf8')).split('\n')) {
      if (!line.trim()) continue;
      try {
        const { key, value } = JSON.parse(line) as { key: string; value: ManifestEntry };
        manifest.recipients[key] = value;
      } catch {
        // A line cut off by the interruption: that badge is issued again, with a new index.
      }
    }
  }
  if (manifest.credential !== entry.id)
    throw new CliError(
      `${opts.out} holds badges for ${manifest.credential}; use another --out for ${entry.id}`,
    );

  const stacks = [...catalog.stacks.values()]
    .filter((s) => s.data.credentials.includes(entry.id))
    .map((s) => s.data.title);
  // The issuer's own PNG artwork when the credential has one, else the generated badge.
  const own = entry.data.image ? artworkPng(content, entry.id, entry.data.image.src) : undefined;
  const art =
    own && entry.data.image
      ? pngBadgeSvg(Buffer.from(own).toString('base64'), entry.data.image.alt)
      : badgeSvg({
          title: entry.data.title,
          issuer: issuer.data.shortName ?? issuer.data.name,
          color: issuer.data.color,
          stacks,
        });
  const artPng = own ?? renderPng(art);
  let list = await openList(content, issuer.id, signer, urls);
  const vm = opts.proof === 'data-integrity' ? `${profile.id}#${ed25519Multibase(signer.privateJwk)}` : '';

  const todo = rows.filter(
    (r) =>
      !(
        manifest.recipients[r.key] &&
        existsSync(join(opts.out, manifest.recipients[r.key]?.folder ?? '', 'badge.png'))
      ),
  );
  const bar =
    !opts.quiet && opts.csv && process.stderr.isTTY
      ? new SingleBar(
          { format: 'Issuing |{bar}| {value}/{total} badges · {eta_formatted} left', hideCursor: true },
          Presets.shades_classic,
        )
      : undefined;
  bar?.start(todo.length, 0);
  let done = 0;
  for (const row of todo) {
    let slot;
    try {
      slot = await reserveIndex(list.path);
    } catch (e) {
      if (!isStatusError(e) || e.code !== 'FULL') throw e;
      list = await openList(content, issuer.id, signer, urls);
      slot = await reserveIndex(list.path);
    }
    const issuedAt = new Date();
    const credential = await buildCredential({
      achievement,
      issuer: profile,
      recipient: row.email
        ? { email: row.email, ...(row.name ? { name: row.name } : {}) }
        : { id: row.id ?? '', ...(row.name ? { name: row.name } : {}) },
      validFrom: issuedAt,
      ...((row.validUntil ?? validUntil) ? { validUntil: row.validUntil ?? validUntil } : {}),
      ...(row.evidence
        ? { evidence: [{ url: row.evidence, name: 'Evidence submitted for assessment' }] }
        : {}),
      ...(results?.length ? { results } : {}),
      status: { listUrl: urls.statusList(issuer.id, slot.list), index: slot.index },
    } as CredentialInput);
    const folder =
      manifest.recipients[row.key]?.folder ??
      folderName(row.key, Object.keys(manifest.recipients).length + 1);
    const dir = join(opts.out, folder);
    await mkdir(dir, { recursive: true });
    if (opts.proof === 'jwt') {
      const token = await signCredentialJwt(credential, signer, issuedAt);
      await Promise.all([
        writeFile(join(dir, 'badge.jwt'), `${token}\n`),
        writeFile(join(dir, 'credential.json'), `${JSON.stringify(credential, null, 2)}\n`),
        writeFile(join(dir, 'badge.svg'), bakeSvg(art, token)),
      ]);
      await writeFile(join(dir, 'badge.png'), bakePng(artPng, token));
    } else {
      const signed = await signDataIntegrity(
        credential as unknown as Record<string, unknown>,
        signer.privateJwk,
        vm,
        issuedAt,
      );
      const json = JSON.stringify(signed);
      await Promise.all([
        writeFile(join(dir, 'badge.json'), `${JSON.stringify(signed, null, 2)}\n`),
        writeFile(join(dir, 'badge.svg'), bakeSvg(art, json)),
      ]);
      await writeFile(join(dir, 'badge.png'), bakePng(artPng, json));
    }
    const value = {
      folder,
      credentialId: credential.id,
      list: slot.list,
      statusIndex: slot.index,
      issuedAt: issuedAt.toISOString(),
    };
    manifest.recipients[row.key] = value;
    await appendFile(journalPath, `${JSON.stringify({ key: row.key, value })}\n`);
    if (done % 100 === 99) await writeJsonAtomic(manifestPath, manifest);
    done++;
    bar?.increment();
  }
  bar?.stop();
  await writeJsonAtomic(manifestPath, manifest);
  await rm(journalPath, { force: true });
  const skippedDone = rows.length - todo.length;
  return [
    `Issued ${done} badge${done === 1 ? '' : 's'} for "${entry.data.title}" (${opts.proof === 'jwt' ? 'VC-JWT' : 'eddsa-rdfc-2022'}, key ${signer.published.kid}) into ${opts.out}.`,
    skippedDone ? `${skippedDone} recipient(s) already had a badge in ${manifestPath} and were skipped.` : '',
    skippedRows ? `${skippedRows} malformed row(s) were not issued.` : '',
    `Status list: ${list.path}. Commit it so the site publishes the list the badges point to.`,
  ]
    .filter(Boolean)
    .join('\n');
}
