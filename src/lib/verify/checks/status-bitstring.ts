/**
 * A W3C Bitstring Status List entry (https://www.w3.org/TR/vc-bitstring-status-list/): the list
 * credential must be signed by the badge's own issuer (status-list.ts, `listSignerTie`), for the
 * same purpose, and the bit is read at the entry's index. A list shorter than the standard's
 * minimum is still read: a set bit means revoked; a clear one passes with a warning.
 */
import {
  type Bitstring,
  checkPurpose,
  decodeList,
  parseStatusEntry,
  parseStatusListCredential,
  readStatus,
  StatusError,
  type StatusErrorCode,
  type StatusListCredentialInfo,
} from '../../status/index.ts';
import { MIN_BITS } from '../../status/bitstring.ts';
import type { VerifyContext } from '../context.ts';
import { remember } from '../memo.ts';
import { describeError, type CheckCode } from '../errors.ts';
import { pass, problem, skip, type Outcome } from '../pipeline/check.ts';
import type { CredentialSubject } from '../subject.ts';
import { listProblem, listSignerTie, loadList, type LoadedList } from './status-list.ts';

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

/**
 * Decoded lists, by their encoded text: the same list answers every badge on it, so it is
 * decompressed once. At most 16 are kept, each at most 8 Mi entries (1 MiB decoded); failures are not.
 */
const decoded = new Map<string, Promise<Bitstring>>();
const KEEP_CHARS = 1_500_000;

export function decodeOnce(encoded: string): Promise<Bitstring> {
  if (encoded.length > KEEP_CHARS) return decodeList(encoded, { minBits: 0 });
  const p = remember(decoded, encoded, () => decodeList(encoded, { minBits: 0 }), 16);
  void p.then(
    (bits) => bits.length > 8 * 1024 * 1024 && decoded.delete(encoded),
    () => undefined,
  );
  return p;
}

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
  const tie = listSignerTie(list, s, ctx);
  if (!tie)
    return problem(
      'WARN_STATUS_SIGNER',
      "Could not check whether the badge was revoked: its status list was signed by someone who cannot be tied to the badge's issuer, so it cannot speak for it.",
      `list issuer ${info.issuer.slice(0, 200)}; list key ${list.key.thumbprint}; badge issuer ${(v.issuerId ?? '(none)').slice(0, 200)}`,
    );
  try {
    checkPurpose(info.purposes, entry);
    const bits = await decodeOnce(info.encodedList);
    const reading = readStatus(bits, entry, { minEntries: 0 });
    const where = `index ${reading.index} of ${url} (from ${list.from}; ${list.how}; ${tie})`;
    if (reading.set)
      return entry.statusPurpose === 'suspension'
        ? problem('ERR_SUSPENDED', 'The issuer has suspended this badge.', where)
        : problem('ERR_REVOKED', 'The issuer has revoked this badge.', where);
    if (bits.length < MIN_BITS)
      return problem(
        'WARN_STATUS_SHORT_LIST',
        `The issuer's signed status list shows the badge has not been revoked, but the list holds only ${bits.length} entries, fewer than the ${MIN_BITS} the standard requires so that a check cannot single out whose badge it is.`,
        where,
      );
    return pass("The issuer's signed status list shows the badge has not been revoked.", where);
  } catch (e) {
    const code = (e instanceof StatusError ? STATUS_CODES[e.code] : undefined) ?? 'ERR_STATUS_LIST';
    return problem(
      code,
      `The status list could not answer for this badge: ${e instanceof Error ? e.message : String(e)}.`,
      url,
    );
  }
}
