/**
 * The deprecated 1EdTech Revocation List Status Method (`1EdTechRevocationList`, VCRL-10;
 * https://www.imsglobal.org/spec/vcrl/v1p0/). The list is unsigned JSON naming revoked credential ids. Sources disagree on
 * the property name (`revokedCredentials` in the validator's quoted rule and edubadges,
 * `revokedCredential` in the validator's code since 2023), so both are read.
 */
import { StatusError } from './errors.ts';
import { isObject } from './json.ts';

const LIST_KEYS = ['revokedCredentials', 'revokedCredential'] as const;

/**
 * Whether `credentialId` is revoked by a 1EdTech revocation list: an entry `{ id, revoked? }`
 * with that id whose `revoked` is omitted, `null`, `true` or the string `"true"` (any case).
 * `false` / `"false"` mean not revoked. Throws `StatusError('LIST')` when the answer is unknown:
 * the list is not an object, has neither array, or the matching entry's `revoked` is unreadable.
 */
export function isRevokedIn1EdTechList(list: unknown, credentialId: string): boolean {
  if (!isObject(list)) throw new StatusError('LIST', 'the revocation list is not a JSON object');
  const arrays = LIST_KEYS.map((k) => list[k]).filter((v) => v !== undefined);
  if (arrays.length === 0 || !arrays.every(Array.isArray)) {
    throw new StatusError('LIST', 'the revocation list has no revokedCredentials array');
  }
  let unreadable = false;
  for (const items of arrays as unknown[][]) {
    for (const item of items) {
      if (!isObject(item) || item['id'] !== credentialId) continue;
      const flag = revokedFlag(item['revoked']);
      if (flag === true) return true;
      if (flag === undefined) unreadable = true;
    }
  }
  if (unreadable)
    throw new StatusError(
      'LIST',
      'the revocation list entry for this credential has an unreadable revoked value',
    );
  return false;
}

/** `true`/`false`, or `undefined` for a value that is neither. */
function revokedFlag(v: unknown): boolean | undefined {
  if (v === undefined || v === null || v === true) return true;
  if (v === false) return false;
  if (typeof v !== 'string') return undefined;
  const s = v.trim().toLowerCase();
  return s === 'true' ? true : s === 'false' ? false : undefined;
}
