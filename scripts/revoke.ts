/**
 * npm run revoke -- (--badge FILE | --issuer <id> --list <list> --index <n>) [--key FILE]
 *
 * Revokes a badge: sets its bit in the issuer's W3C Bitstring Status List and re-signs the list
 * with the issuer's key. Commit the changed file in content/status/ and deploy; verifiers then
 * see the badge as revoked. Revocation cannot be undone.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { readInput } from '../src/lib/verify/input.ts';
import { parseCompactJws, COMPACT_JWS } from '../src/lib/verify/jws.ts';
import { isRecord, parseJson } from '../src/lib/verify/json.ts';
import { siteUrls } from '../src/lib/ob3/site.ts';
import { parseStatusEntry } from '../src/lib/status/index.ts';
import { loadValidCatalog } from './lib/catalog.ts';
import { CliError, run, usage } from './lib/cli.ts';
import { contentDir, keysDir, siteRoot } from './lib/paths.ts';
import { signerFor } from './lib/signing.ts';
import { revokeIndex, statusPath } from './lib/status-store.ts';

const HELP = `
Usage: npm run revoke -- --badge <file>
       npm run revoke -- --issuer <id> --list <list> --index <n>

Revokes a badge by its file (JWT, JSON, baked PNG or SVG) or by its status list index (from the
manifest of the issue run), and re-signs the issuer's status list.

Options:
  --key <file>   private JWK to sign the list with (default: found in the key store)
  --keys <dir>  --content <dir>  --site <url>
  -h, --help`;

/** The issuer, list and index a badge's credentialStatus names. */
async function statusOfBadge(file: string, urls: ReturnType<typeof siteUrls>) {
  const badge = await readInput(new Uint8Array(await readFile(file)));
  let credential: unknown;
  if (COMPACT_JWS.test(badge.text)) {
    const payload = parseCompactJws(badge.text).payload;
    credential = isRecord(payload) && isRecord(payload.vc) ? payload.vc : payload;
  } else credential = parseJson(badge.text);
  if (!isRecord(credential)) throw new CliError(`${file} does not contain a credential`);
  const entry = parseStatusEntry(credential.credentialStatus);
  const m = new RegExp(
    `^${urls.root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}issuers/([a-z0-9-]+)/status/([a-z0-9-]+)(?:\\.json)?$`,
  ).exec(entry.statusListCredential);
  if (!m?.[1] || !m[2])
    throw new CliError(
      `${file} points to a status list this catalog does not publish (${entry.statusListCredential})`,
    );
  return { issuer: m[1], list: m[2], index: entry.statusListIndex };
}

await run(async () => {
  const { values } = parseArgs({
    options: {
      badge: { type: 'string' },
      issuer: { type: 'string' },
      list: { type: 'string' },
      index: { type: 'string' },
      key: { type: 'string' },
      keys: { type: 'string' },
      content: { type: 'string' },
      site: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return usage(HELP);
  const urls = siteUrls(siteRoot(values.site));
  let target: { issuer: string; list: string; index: number };
  if (values.badge) target = await statusOfBadge(values.badge, urls);
  else {
    if (!values.issuer || !values.list || values.index === undefined)
      throw new CliError('give --badge, or all of --issuer, --list and --index');
    if (!/^\d{1,9}$/.test(values.index))
      throw new CliError(`--index "${values.index}" is not a non-negative whole number`);
    target = { issuer: values.issuer, list: values.list, index: Number(values.index) };
  }
  const content = contentDir(values.content);
  const catalog = await loadValidCatalog(content);
  const issuer = catalog.issuers.get(target.issuer);
  if (!issuer) throw new CliError(`unknown issuer "${target.issuer}"`);
  const signer = await signerFor(issuer, urls, {
    ...(values.key ? { keyFile: values.key } : {}),
    keys: keysDir(values.keys),
  });
  // The list's Data Integrity form (when it has one) is re-signed with an Ed25519 key.
  const diKey =
    signer.alg === 'EdDSA'
      ? signer
      : await signerFor(issuer, urls, { keys: keysDir(values.keys), alg: 'EdDSA' }).catch(() => undefined);
  const path = statusPath(content, target.issuer, target.list);
  const changed = await revokeIndex(path, target.index, signer, urls, diKey).catch((e: unknown) => {
    if ((e as { code?: string }).code === 'ENOENT')
      throw new CliError(`issuer ${target.issuer} has no status list "${target.list}"`);
    throw e;
  });
  console.error(
    changed
      ? `Revoked index ${target.index} of ${target.issuer}/${target.list}; the list is re-signed with key ${signer.published.kid}.\nCommit ${path} and deploy the site to publish it.`
      : `Index ${target.index} of ${target.issuer}/${target.list} was already revoked; nothing changed.`,
  );
});
