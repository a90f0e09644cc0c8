/**
 * The issuer's status lists in content/status/<issuer>/<list>.json: which indexes are handed out
 * (never re-used) and the signed list credential the site publishes. Written atomically.
 */
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeJwt } from 'jose';
import { statusFileSchema, type StatusFile } from '../../src/lib/catalog/schema/status-file.ts';
import { paths } from '../../src/lib/catalog/urls.ts';
import { issuerDid, methodId } from '../../src/lib/ob3/issuer-did.ts';
import { buildStatusListCredential } from '../../src/lib/ob3/status-list.ts';
import { signDataIntegrity } from '../../src/lib/ob3/sign-data-integrity.ts';
import { signCredentialJwt, type SigningKey } from '../../src/lib/ob3/sign-jwt.ts';
import type { SiteUrls } from '../../src/lib/ob3/site.ts';
import { allocateIndex, Bitstring, decodeList, encodeList, MIN_BITS } from '../../src/lib/status/index.ts';
import { CliError } from './cli.ts';

export const statusPath = (content: string, issuer: string, list: string) =>
  join(content, 'status', issuer, `${list}.json`);

export async function readStatusFile(path: string): Promise<StatusFile> {
  const raw = JSON.parse(await readFile(path, 'utf8')) as unknown;
  const parsed = statusFileSchema().safeParse(raw);
  if (!parsed.success)
    throw new CliError(
      `${path} is not a valid status list file`,
      'Do not edit status files by hand; run npm run check.',
    );
  return parsed.data;
}

async function writeAtomic(path: string, data: StatusFile): Promise<void> {
  await mkdir(join(path, '..'), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  await writeFile(tmp, `${JSON.stringify(data, null, 2)}\n`);
  await rename(tmp, path);
}

/** The revoked bits currently published in a status file's signed credential. */
export async function publishedBits(file: StatusFile): Promise<Bitstring> {
  const payload = decodeJwt(file.credential) as { credentialSubject?: { encodedList?: string } };
  const encoded = payload.credentialSubject?.encodedList;
  if (!encoded) throw new CliError(`status list ${file.list} has no encoded list`);
  return decodeList(encoded);
}

export async function signList(
  issuer: string,
  list: string,
  bits: Bitstring,
  key: SigningKey,
  urls: SiteUrls,
): Promise<string> {
  const vc = buildStatusListCredential(
    urls.statusList(issuer, list),
    issuerDid(urls, issuer),
    await encodeList(bits),
    new Date(),
  );
  return signCredentialJwt(vc, key);
}

/**
 * The same list as a Data Integrity (eddsa-rdfc-2022) credential, for the `.json` URL Data
 * Integrity badges name; only an Ed25519 key can sign it.
 */
export async function signListDataIntegrity(
  issuer: string,
  list: string,
  bits: Bitstring,
  key: SigningKey & { published: { kid: string } },
  urls: SiteUrls,
): Promise<NonNullable<StatusFile['dataIntegrity']>> {
  const vc = buildStatusListCredential(
    urls.absolute(paths.statusListJson(issuer, list)),
    issuerDid(urls, issuer),
    await encodeList(bits),
    new Date(),
  );
  const vm = methodId(issuerDid(urls, issuer), key.published.kid);
  return signDataIntegrity(vc as unknown as Record<string, unknown>, key.privateJwk, vm) as Promise<
    NonNullable<StatusFile['dataIntegrity']>
  >;
}

/** Whether a signer can sign the Data Integrity form of a list (eddsa-rdfc-2022 needs Ed25519). */
export const signsDataIntegrity = (key: SigningKey) => key.alg === 'EdDSA';

/** The issuer's current list (the newest with room), created and signed when there is none. */
export async function openList(
  content: string,
  issuer: string,
  key: SigningKey & { published: { kid: string } },
  urls: SiteUrls,
): Promise<{ path: string; file: StatusFile }> {
  const dir = join(content, 'status', issuer);
  const names = (await readdir(dir).catch(() => [] as string[]))
    .filter((n) => /^revocation-\d+\.json$/.test(n))
    .sort((a, b) => Number(a.match(/\d+/)?.[0]) - Number(b.match(/\d+/)?.[0]));
  const last = names.at(-1);
  if (last) {
    const path = join(dir, last);
    const file = await readStatusFile(path);
    const allocated = await decodeList(file.allocated);
    if (allocated.countSet() < allocated.length) {
      // A list made before its Data Integrity form existed gains it once an Ed25519 key signs.
      if (file.dataIntegrity || !signsDataIntegrity(key)) return { path, file };
      const withDi: StatusFile = {
        ...file,
        dataIntegrity: await signListDataIntegrity(issuer, file.list, await publishedBits(file), key, urls),
        updated: new Date().toISOString(),
      };
      await writeAtomic(path, withDi);
      return { path, file: withDi };
    }
  }
  const list = `revocation-${names.length + 1}`;
  const bits = Bitstring.zeros(MIN_BITS);
  const file: StatusFile = {
    issuer,
    list,
    purpose: 'revocation',
    length: MIN_BITS,
    allocated: await encodeList(bits),
    credential: await signList(issuer, list, bits, key, urls),
    ...(signsDataIntegrity(key)
      ? { dataIntegrity: await signListDataIntegrity(issuer, list, bits, key, urls) }
      : {}),
    updated: new Date().toISOString(),
  };
  const path = statusPath(content, issuer, list);
  await writeAtomic(path, file);
  return { path, file };
}

/** Hands out a fresh random index and records it before any badge uses it. */
export async function reserveIndex(path: string): Promise<{ list: string; index: number }> {
  const { list, indexes } = await reserveIndexes(path, 1);
  return { list, index: indexes[0] as number };
}

/**
 * Hands out up to `count` fresh random indexes (fewer when the list has fewer free), recorded in
 * one write before any badge uses them: a batch reserves its next badges' indexes at once. An
 * index reserved for a badge that is then not issued (the run was interrupted) stays allocated
 * and unused; it is never handed out again.
 * @throws StatusError `FULL` when the list has no free index.
 */
export async function reserveIndexes(
  path: string,
  count: number,
): Promise<{ list: string; indexes: number[] }> {
  const file = await readStatusFile(path);
  const allocated = await decodeList(file.allocated);
  const indexes: number[] = [];
  // Counted once: each index handed out below was free, so one fewer is free after each.
  let free = allocated.length - allocated.countSet();
  for (let i = 0; i < count; i++) {
    if (indexes.length && free === 0) break;
    const index = allocateIndex(allocated);
    allocated.set(index);
    indexes.push(index);
    free--;
  }
  await writeAtomic(path, {
    ...file,
    allocated: await encodeList(allocated),
    updated: new Date().toISOString(),
  });
  return { list: file.list, indexes };
}

/**
 * Sets the revoked bit of `index` and re-signs the list in both forms: the JWT with `key`, the
 * Data Integrity form (when the list has one) with `diKey`. Returns false when it was already set.
 */
export async function revokeIndex(
  path: string,
  index: number,
  key: SigningKey,
  urls: SiteUrls,
  diKey?: SigningKey & { published: { kid: string } },
): Promise<boolean> {
  const file = await readStatusFile(path);
  const allocated = await decodeList(file.allocated);
  if (index < 0 || index >= allocated.length)
    throw new CliError(`index ${index} is outside list ${file.list} (0–${allocated.length - 1})`);
  if (!allocated.get(index))
    throw new CliError(
      `index ${index} of list ${file.list} was never assigned to a badge`,
      'Check the manifest of the issue run, or revoke by badge file.',
    );
  const bits = await publishedBits(file);
  if (bits.get(index)) return false;
  bits.set(index);
  if (file.dataIntegrity && !diKey)
    throw new CliError(
      `list ${file.list} is also published with a Data Integrity proof, which only an Ed25519 key of ${file.issuer} can re-sign`,
      'Keep an Ed25519 key in force (npm run keygen -- --alg EdDSA) to revoke badges on this list.',
    );
  await writeAtomic(path, {
    ...file,
    credential: await signList(file.issuer, file.list, bits, key, urls),
    ...(file.dataIntegrity && diKey
      ? { dataIntegrity: await signListDataIntegrity(file.issuer, file.list, bits, diKey, urls) }
      : {}),
    updated: new Date().toISOString(),
  });
  return true;
}
