/**
 * A W3C Bitstring Status List entry (https://www.w3.org/TR/vc-bitstring-status-list/): the list
 * credential must be signed by the badge's own issuer, for the same purpose, and the bit is read
 * at the entry's index.
 */
import {
  checkPurpose,
  decodeList,
  parseStatusEntry,
  parseStatusListCredential,
  readStatus,
  StatusError,
  type StatusErrorCode,
  type StatusListCredentialInfo,
} from '../../status/index.ts';
import type { VerifyContext } from '../context.ts';
import { describeError, type CheckCode } from '../errors.ts';
import { pass, problem, skip, type Outcome } from '../pipeline/check.ts';
import type { CredentialSubject } from '../subject.ts';
import { listProblem, loadList, type LoadedList } from './status-list.ts';

/** What a status library error means for the badge: a list that cannot answer is unknown. */
const STATUS_CODES: Partial<Record<StatusErrorCode, CheckCode>> = {
  RANGE: 'ERR_STATUS_RANGE',
  PURPOSE: 'ERR_STATUS_PURPOSE',
  ENTRY: 'ERR_STATUS_ENTRY',
};

/** How a list credential is read: Bitstring Status List, or a predecessor read as one (status-list-2021.ts). */
export interface ListFormat {
  name: string;
  read(vc: unknown): StatusListCredentialInfo;
}

const BITSTRING: ListFormat = { name: 'Bitstring Status List', read: parseStatusListCredential };

export async function checkBitstringEntry(
  raw: unknown,
  s: CredentialSubject,
  ctx: VerifyContext,
  format: ListFormat = BITSTRING,
): Promise<Outcome<never>> {
  let entry;
  try {
    entry = parseStatusEntry(raw);
  } catch (e) {
    return problem('ERR_STATUS_ENTRY', "The badge's revocation entry is malformed.", describeError(e));
  }
  if (entry.statusPurpose !== 'revocation' && entry.statusPurpose !== 'suspension')
    return skip(
      `The badge has a status entry for "${entry.statusPurpose.slice(0, 40)}", which says nothing about revocation.`,
    );
  const url = entry.statusListCredential;
  let list: LoadedList;
  try {
    list = await loadList(url, ctx);
  } catch (e) {
    return listProblem(e, url);
  }
  let info;
  try {
    info = format.read(list.credential);
  } catch (e) {
    return problem(
      'ERR_STATUS_LIST',
      `Could not check revocation: the status list is not a ${format.name} credential.`,
      describeError(e),
    );
  }
  const v = s.view;
  const badgeIssuer = v.issuerId ? ctx.registry.issuerByProfile(v.issuerId) : undefined;
  // The list must be the badge issuer's: for a catalog issuer, signed with one of its published
  // keys; otherwise signed by the same key as the badge, or one the issuer controls.
  const signerOk = badgeIssuer
    ? list.key.catalog?.issuer.id === badgeIssuer.id
    : list.key.thumbprint === s.signer?.key.thumbprint || list.key.controller === v.issuerId;
  if (info.issuer !== v.issuerId || !signerOk)
    return problem(
      'ERR_STATUS_WRONG_ISSUER',
      'The badge points to a status list published by someone other than its issuer, so its status cannot be trusted.',
      `list issuer ${info.issuer.slice(0, 200)}; badge issuer ${v.issuerId ?? '(none)'}`,
    );
  try {
    checkPurpose(info.purposes, entry);
    const reading = readStatus(await decodeList(info.encodedList), entry);
    const where = `index ${reading.index} of ${url} (from ${list.from}; ${list.how})`;
    if (!reading.set)
      return pass("The issuer's signed status list shows the badge has not been revoked.", where);
    return entry.statusPurpose === 'suspension'
      ? problem('ERR_SUSPENDED', 'The issuer has suspended this badge.', where)
      : problem('ERR_REVOKED', 'The issuer has revoked this badge.', where);
  } catch (e) {
    const code = (e instanceof StatusError ? STATUS_CODES[e.code] : undefined) ?? 'ERR_STATUS_LIST';
    return problem(
      code,
      `The status list could not answer for this badge: ${e instanceof Error ? e.message : String(e)}.`,
      url,
    );
  }
}
