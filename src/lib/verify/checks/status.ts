/**
 * Revocation status (ob3-notes.md §5): W3C Bitstring Status List (the list credential must be
 * signed by the badge's own issuer, for the same purpose, and the bit read at the index), the
 * deprecated 1EdTech Revocation List, and StatusList2021. A list that cannot be obtained or
 * verified means "unknown" — never "not revoked".
 */
import {
  checkPurpose,
  decodeList,
  isRevokedIn1EdTechList,
  parseStatusEntry,
  parseStatusListCredential,
  readStatus,
  StatusError,
} from '../../status/index.ts';
import type { CredentialView } from '../credential-view.ts';
import { describeError, VerifyError } from '../errors.ts';
import { asList, isRecord, parseJson, str } from '../json.ts';
import type { RegistryIndex } from '../registry.ts';
import { ReportLog, type Check, type CheckStatus } from '../report.ts';
import type { Resources } from '../resources.ts';

/** A verified list document: the credential inside, and who signed it. */
export interface SignedList {
  credential: Record<string, unknown>;
  /** Catalog issuer slug, when the list was signed by a catalog key. */
  catalogIssuer?: string;
  /** Thumbprint of the key that signed the list. */
  thumbprint: string;
  /** Who controls that key, when known (DID or URL before "#"). */
  controller?: string;
  /** How the signature was checked, for details. */
  how: string;
}

export interface StatusContext {
  registry: RegistryIndex;
  resources: Resources;
  /** Thumbprint of the key that signed the badge: an unregistered issuer's list must be signed by it too. */
  badgeKey: string;
  /** Verifies a fetched list document (JWS text or JSON with a proof). Throws VerifyError. */
  verifyList: (text: string) => Promise<SignedList>;
}

async function loadList(url: string, ctx: StatusContext): Promise<{ text: string; from: string }> {
  const own = ctx.registry.statusList(url);
  if (own) return { text: own.jwt, from: 'this catalog' };
  const doc = await ctx.resources.get(url, 'application/vc+jwt, application/vc+ld+json, application/json');
  if (doc.status !== 200)
    throw new VerifyError(
      'ERR_FETCH_FAILED',
      `The status list address answered with HTTP ${doc.status}.`,
      url,
    );
  return { text: doc.body, from: url };
}

async function checkBitstring(
  entryRaw: unknown,
  v: CredentialView,
  ctx: StatusContext,
  log: ReportLog,
): Promise<void> {
  let entry;
  try {
    entry = parseStatusEntry(entryRaw);
  } catch (e) {
    log.add('status', 'fail', "The badge's revocation entry is malformed.", {
      detail: describeError(e),
      code: 'ERR_STATUS_ENTRY',
    });
    return;
  }
  if (entry.statusPurpose !== 'revocation' && entry.statusPurpose !== 'suspension') {
    log.add(
      'status',
      'skip',
      `The badge has a status entry for "${entry.statusPurpose.slice(0, 40)}", which says nothing about revocation.`,
    );
    return;
  }
  const url = entry.statusListCredential;
  let list: SignedList;
  let from: string;
  try {
    const loaded = await loadList(url, ctx);
    from = loaded.from;
    list = await ctx.verifyList(loaded.text);
  } catch (e) {
    const code = e instanceof VerifyError ? e.code : 'ERR_STATUS_LIST';
    const why =
      e instanceof VerifyError && (e.code === 'ERR_FETCH_NOT_ALLOWED' || e.code === 'ERR_FETCH_FAILED')
        ? e.message
        : `The status list could not be verified: ${e instanceof Error ? e.message : String(e)}`;
    log.add('status', 'warn', `Could not check whether the badge was revoked. ${why}`, {
      detail: `list: ${url}`,
      code,
    });
    return;
  }
  let info;
  try {
    info = parseStatusListCredential(list.credential);
  } catch (e) {
    log.add(
      'status',
      'warn',
      'Could not check revocation: the status list is not a Bitstring Status List credential.',
      { detail: describeError(e), code: 'ERR_STATUS_LIST' },
    );
    return;
  }
  const badgeIssuer = v.issuerId ? ctx.registry.issuerByProfile(v.issuerId) : undefined;
  // The list must be the badge issuer's: for a catalog issuer, signed with one of its published
  // keys; otherwise signed by the same key as the badge, or one the issuer controls.
  const signerOk = badgeIssuer
    ? list.catalogIssuer === badgeIssuer.id
    : list.thumbprint === ctx.badgeKey || list.controller === v.issuerId;
  const sameIssuer = info.issuer === v.issuerId && signerOk;
  if (!sameIssuer) {
    log.add(
      'status',
      'fail',
      'The badge points to a status list published by someone other than its issuer, so its status cannot be trusted.',
      {
        detail: `list issuer ${info.issuer.slice(0, 200)}; badge issuer ${v.issuerId ?? '(none)'}`,
        code: 'ERR_STATUS_WRONG_ISSUER',
      },
    );
    return;
  }
  try {
    checkPurpose(info.purposes, entry);
    const bits = await decodeList(info.encodedList);
    const reading = readStatus(bits, entry);
    const where = `index ${reading.index} of ${url} (from ${from}; ${list.how})`;
    if (reading.set) {
      const what = entry.statusPurpose === 'suspension' ? 'suspended' : 'revoked';
      log.add('status', 'fail', `The issuer has ${what} this badge.`, {
        detail: where,
        code: entry.statusPurpose === 'suspension' ? 'ERR_SUSPENDED' : 'ERR_REVOKED',
      });
    } else {
      log.add('status', 'pass', "The issuer's signed status list shows the badge has not been revoked.", {
        detail: where,
      });
    }
  } catch (e) {
    const code = e instanceof StatusError ? `ERR_STATUS_${e.code}` : 'ERR_STATUS_LIST';
    log.add(
      'status',
      e instanceof StatusError && (e.code === 'RANGE' || e.code === 'PURPOSE') ? 'fail' : 'warn',
      `The status list could not answer for this badge: ${e instanceof Error ? e.message : String(e)}.`,
      { detail: url, code },
    );
  }
}

async function check1EdTechList(
  entry: Record<string, unknown>,
  v: CredentialView,
  ctx: StatusContext,
  log: ReportLog,
): Promise<void> {
  const url = str(entry.id);
  if (!url || !v.id) {
    log.add(
      'status',
      'warn',
      'The badge names a 1EdTech revocation list without an address or without its own id.',
      { code: 'ERR_STATUS_ENTRY' },
    );
    return;
  }
  try {
    const doc = await ctx.resources.get(url);
    if (doc.status !== 200)
      throw new VerifyError('ERR_FETCH_FAILED', `The revocation list answered with HTTP ${doc.status}.`, url);
    const revoked = isRevokedIn1EdTechList(parseJson(doc.body, { maxChars: 2_000_000 }), v.id);
    if (revoked)
      log.add('status', 'fail', 'The issuer has revoked this badge (1EdTech revocation list).', {
        detail: url,
        code: 'ERR_REVOKED',
      });
    else
      log.add(
        'status',
        'warn',
        'Not listed as revoked, but the list uses the deprecated, unsigned 1EdTech format, so this cannot be vouched for.',
        { detail: url, code: 'WARN_DEPRECATED_STATUS' },
      );
  } catch (e) {
    log.add(
      'status',
      'warn',
      `Could not check whether the badge was revoked. ${e instanceof Error ? e.message : String(e)}`,
      { detail: url, code: e instanceof VerifyError ? e.code : 'ERR_STATUS_LIST' },
    );
  }
}

async function checkEntry(
  entry: Record<string, unknown>,
  v: CredentialView,
  ctx: StatusContext,
  log: ReportLog,
): Promise<void> {
  const type = str(entry.type);
  if (type === 'BitstringStatusListEntry') return checkBitstring(entry, v, ctx, log);
  if (type === '1EdTechRevocationList') return check1EdTechList(entry, v, ctx, log);
  log.add(
    'status',
    'warn',
    `The badge uses a status method this verifier cannot check (${(type ?? 'unnamed').slice(0, 60)}).`,
    { code: 'WARN_STATUS_UNSUPPORTED' },
  );
}

/** Most status entries checked per badge; each may cost a list verification. */
const MAX_STATUS_ENTRIES = 4;
const SEVERITY: Record<CheckStatus, number> = { skip: 0, pass: 1, warn: 2, fail: 3 };

export async function checkStatus(v: CredentialView, ctx: StatusContext, log: ReportLog): Promise<void> {
  const entries = asList(v.raw.credentialStatus).filter(isRecord);
  if (!entries.length) {
    log.add('status', 'skip', 'The badge names no revocation list, so its issuer has no way to revoke it.');
    return;
  }
  if (entries.length === 1) return checkEntry(entries[0] as Record<string, unknown>, v, ctx, log);
  // Every entry counts: a revocation entry listed after one about something else must not be skipped.
  const results: Check[] = [];
  for (const entry of entries.slice(0, MAX_STATUS_ENTRIES)) {
    const one = new ReportLog();
    await checkEntry(entry, v, ctx, one);
    results.push(...one.checks);
  }
  if (entries.length > MAX_STATUS_ENTRIES) {
    results.push({
      id: 'status',
      title: '',
      status: 'warn',
      message: `The badge lists ${entries.length} status entries; only the first ${MAX_STATUS_ENTRIES} were checked.`,
      code: 'WARN_STATUS_UNSUPPORTED',
    });
  }
  const worst = results.reduce((a, b) => (SEVERITY[b.status] > SEVERITY[a.status] ? b : a));
  const detail = results
    .map((c, i) => `entry ${i + 1}: ${c.status}: ${c.message}${c.detail ? ` (${c.detail})` : ''}`)
    .join('\n');
  log.add('status', worst.status, worst.message, { detail, code: worst.code });
}
