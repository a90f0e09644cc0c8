/**
 * The fields of a `BitstringStatusListCredential` (BSL §2.2) that status checking needs. This
 * checks shape only: verifying the list's proof (BSL §3.2 step 1) is the caller's job.
 */
import { StatusError } from './errors.ts';
import { isNonEmptyString, isObject, typesOf, type JsonObject } from './json.ts';

export interface StatusListCredentialInfo {
  id?: string;
  /** `issuer`, or `issuer.id` when the issuer is an object. */
  issuer: string;
  /** `credentialSubject.statusPurpose`, always as an array (BSL allows one string or several). */
  purposes: string[];
  encodedList: string;
  /** `validFrom`, or VCDM 1.1 `issuanceDate` when absent. */
  validFrom?: string;
  /** `validUntil`, or VCDM 1.1 `expirationDate` when absent. */
  validUntil?: string;
  /** `credentialSubject.ttl`: milliseconds before a refresh SHOULD be attempted. */
  ttl?: number;
}

const MAX_PURPOSES = 64;

function fail(message: string): never {
  throw new StatusError('LIST', `status list credential: ${message}`);
}

/**
 * Checks and extracts a status list credential. Throws `StatusError('LIST')` unless `type`
 * includes `BitstringStatusListCredential`, the subject's `type` includes `BitstringStatusList`,
 * `statusPurpose` is a string or an array of strings, and `encodedList` is a string.
 */
export function parseStatusListCredential(vc: unknown): StatusListCredentialInfo {
  if (!isObject(vc)) return fail('not a JSON object');
  if (!typesOf(vc['type']).includes('BitstringStatusListCredential')) {
    fail('type does not include BitstringStatusListCredential');
  }
  const subject = singleSubject(vc['credentialSubject']);
  if (!typesOf(subject['type']).includes('BitstringStatusList'))
    fail('credentialSubject.type is not BitstringStatusList');
  const encodedList = subject['encodedList'];
  if (!isNonEmptyString(encodedList)) return fail('credentialSubject.encodedList is missing');
  const info: StatusListCredentialInfo = {
    issuer: issuerId(vc['issuer']),
    purposes: purposesOf(subject['statusPurpose']),
    encodedList,
  };
  const id = optionalString(vc, 'id');
  const validFrom = optionalString(vc, 'validFrom') ?? optionalString(vc, 'issuanceDate');
  const validUntil = optionalString(vc, 'validUntil') ?? optionalString(vc, 'expirationDate');
  const ttl = ttlOf(subject['ttl']);
  if (id !== undefined) info.id = id;
  if (validFrom !== undefined) info.validFrom = validFrom;
  if (validUntil !== undefined) info.validUntil = validUntil;
  if (ttl !== undefined) info.ttl = ttl;
  return info;
}

/** BSL expects one subject, the list; a one-item array (JSON-LD expanded style) is accepted. */
function singleSubject(x: unknown): JsonObject {
  const subject: unknown = Array.isArray(x) && x.length === 1 ? x[0] : x;
  if (!isObject(subject)) return fail('credentialSubject must be one object');
  return subject;
}

function issuerId(x: unknown): string {
  if (isNonEmptyString(x)) return x;
  if (isObject(x) && isNonEmptyString(x['id'])) return x['id'];
  return fail('issuer must be a URL or an object with an id');
}

function purposesOf(x: unknown): string[] {
  const list = typeof x === 'string' ? [x] : x;
  if (
    !Array.isArray(list) ||
    list.length === 0 ||
    list.length > MAX_PURPOSES ||
    !list.every(isNonEmptyString)
  ) {
    return fail('credentialSubject.statusPurpose must be a string or an array of strings');
  }
  return [...list];
}

function optionalString(x: JsonObject, key: string): string | undefined {
  const v = x[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') return fail(`${key} must be a string`);
  return v;
}

function ttlOf(x: unknown): number | undefined {
  if (x === undefined) return undefined;
  const n = typeof x === 'string' && /^[0-9]{1,15}$/.test(x) ? Number(x) : x;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0)
    return fail('credentialSubject.ttl must be a non-negative integer');
  return n;
}
