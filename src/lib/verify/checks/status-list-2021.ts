/**
 * A StatusList2021 entry (https://www.w3.org/community/reports/credentials/CG-FINAL-vc-status-list-2021-20230102/),
 * the W3C CCG predecessor of Bitstring Status List that many issued badges still name. Its bits
 * mean the same (a set bit at the entry's index: revoked or suspended), its list is a signed
 * credential of the badge's issuer, and its `encodedList` is GZIP in bare base64url; only the
 * type names differ. So an entry and its list are read as their Bitstring equivalents, after
 * their own types are checked, and the Bitstring rules apply unchanged (status-bitstring.ts).
 */
import { parseStatusListCredential, StatusError } from '../../status/index.ts';
import type { VerifyContext } from '../context.ts';
import { asList, isRecord } from '../json.ts';
import type { Outcome } from '../pipeline/check.ts';
import type { CredentialSubject } from '../subject.ts';
import { checkBitstringEntry, type ListFormat } from './status-bitstring.ts';

const fail = (why: string): never => {
  throw new StatusError('LIST', `status list credential: ${why}`);
};

/** A StatusList2021Credential, read as the Bitstring Status List credential it is equivalent to. */
export function readStatusList2021(vc: unknown): ReturnType<typeof parseStatusListCredential> {
  if (!isRecord(vc)) return fail('not a JSON object');
  if (!asList(vc.type).includes('StatusList2021Credential'))
    fail('type does not include StatusList2021Credential');
  const subjects = asList(vc.credentialSubject);
  const subject = subjects.length === 1 ? subjects[0] : undefined;
  if (!isRecord(subject)) return fail('credentialSubject must be one object');
  if (!asList(subject.type).includes('StatusList2021')) fail('credentialSubject.type is not StatusList2021');
  return parseStatusListCredential({
    ...vc,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    credentialSubject: { ...subject, type: 'BitstringStatusList' },
  });
}

const STATUS_LIST_2021: ListFormat = { name: 'StatusList2021', read: readStatusList2021 };

export function checkStatusList2021Entry(
  entry: Record<string, unknown>,
  s: CredentialSubject,
  ctx: VerifyContext,
): Promise<Outcome<never>> {
  return checkBitstringEntry({ ...entry, type: 'BitstringStatusListEntry' }, s, ctx, STATUS_LIST_2021);
}
