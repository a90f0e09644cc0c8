/**
 * Steps 2, 5 and 6 of the BSL §3.2 Validate Algorithm, on an already verified and decoded list:
 * the purpose check, the length check, and reading the status at `statusListIndex × statusSize`.
 */
import { MIN_BITS, type Bitstring } from './bitstring.ts';
import type { StatusEntry } from './entry.ts';
import { MAX_STATUS_INDEX, MAX_STATUS_SIZE } from './entry.ts';
import { StatusError } from './errors.ts';

export interface StatusReading {
  /** The entry's `statusListIndex`. */
  index: number;
  /** Position of the entry's first bit in the list: `statusListIndex × statusSize`. */
  bit: number;
  /** The entry's `statusSize` bits read as an unsigned integer, first bit most significant. */
  value: number;
  /** `value !== 0`: revoked / suspended / flagged, depending on `statusPurpose`. */
  set: boolean;
  /** The matching `statusMessage[].message`, when the entry lists messages. */
  message?: string;
}

/**
 * Reads one entry's status. Throws `StatusError('LENGTH')` when the list holds fewer than
 * `minEntries` entries of `statusSize` bits (default 131,072; lower it only for an ecosystem
 * that allows shorter lists, as `decodeList`'s `minBits`), and `StatusError('RANGE')` when the
 * entry lies outside the list.
 */
export function readStatus(
  list: Bitstring,
  entry: StatusEntry,
  opts: { minEntries?: number } = {},
): StatusReading {
  const { statusListIndex: index, statusSize: size = 1 } = entry;
  if (!Number.isSafeInteger(index) || index < 0 || index > MAX_STATUS_INDEX) {
    throw new StatusError('ENTRY', `statusListIndex ${index} is not a valid index`);
  }
  if (!Number.isSafeInteger(size) || size < 1 || size > MAX_STATUS_SIZE) {
    throw new StatusError('ENTRY', `statusSize ${size} is not from 1 to ${MAX_STATUS_SIZE}`);
  }
  const entries = Math.floor(list.length / size);
  const minEntries = opts.minEntries ?? MIN_BITS;
  if (entries < minEntries) {
    throw new StatusError(
      'LENGTH',
      `the list holds ${entries} entries of ${size} bit(s), fewer than the minimum ${minEntries}`,
    );
  }
  if (index >= entries) {
    throw new StatusError('RANGE', `statusListIndex ${index} is outside the list (${entries} entries)`);
  }
  const bit = index * size;
  let value = 0;
  for (let k = 0; k < size; k++) value = value * 2 + (list.get(bit + k) ? 1 : 0);
  const reading: StatusReading = { index, bit, value, set: value !== 0 };
  const message = entry.statusMessage?.find((m) => Number.parseInt(m.status.slice(2), 16) === value)?.message;
  if (message !== undefined) reading.message = message;
  return reading;
}

/**
 * BSL §3.2 step 2: the entry's `statusPurpose` must be one of the list's purposes, else
 * `StatusError('PURPOSE')` (STATUS_VERIFICATION_ERROR).
 */
export function checkPurpose(
  listPurposes: readonly string[],
  entry: Pick<StatusEntry, 'statusPurpose'>,
): void {
  if (!listPurposes.includes(entry.statusPurpose)) {
    throw new StatusError(
      'PURPOSE',
      `the entry's statusPurpose "${entry.statusPurpose}" is not among the list's (${listPurposes.join(', ') || 'none'})`,
    );
  }
}
