/**
 * `credentialStatus` entries of type `BitstringStatusListEntry` (BSL §2.1), parsed tolerantly:
 * `statusListIndex` is a base-10 string per the spec, but a JSON number is accepted and flagged,
 * because the 1EdTech validator's own fixture uses one.
 */
import { StatusError } from './errors.ts';
import { isNonEmptyString, isObject, type JsonObject } from './json.ts';

/** Largest `statusListIndex` accepted: 2^32 - 1. No list within any size cap reaches further. */
export const MAX_STATUS_INDEX = 2 ** 32 - 1;
/** Largest `statusSize` accepted, so a status value always fits a safe integer. */
export const MAX_STATUS_SIZE = 32;
const MAX_TEXT = 2048;

/** One `statusMessage` item (BSL §2.1): `status` is a hexadecimal value written `0x…`. */
export interface StatusMessage {
  status: string;
  message: string;
}

export interface StatusEntry {
  type: 'BitstringStatusListEntry';
  statusPurpose: string;
  statusListIndex: number;
  statusListCredential: string;
  /** Bits per entry; 1 when the entry omits it (BSL §2.1). */
  statusSize: number;
  id?: string;
  /** Present when the entry lists its messages; required by BSL when `statusSize` > 1. */
  statusMessage?: StatusMessage[];
}

export interface ParsedStatusEntry extends StatusEntry {
  /** `statusListIndex` was a JSON number, not the base-10 string BSL §2.1 requires. */
  indexWasNumber: boolean;
}

function fail(message: string): never {
  throw new StatusError('ENTRY', `BitstringStatusListEntry: ${message}`);
}

/**
 * Parses one `credentialStatus` object. Rejects, with `StatusError('ENTRY')`: another `type`,
 * missing or empty fields, negative, fractional or huge indexes (over `MAX_STATUS_INDEX`), a bad
 * `statusSize`, and a `statusMessage` that does not have 2^statusSize items.
 */
export function parseStatusEntry(x: unknown): ParsedStatusEntry {
  if (!isObject(x)) return fail('credentialStatus is not an object');
  const type = x['type'];
  if (type !== 'BitstringStatusListEntry') {
    return fail(
      `type is ${typeof type === 'string' ? JSON.stringify(type.slice(0, 60)) : typeof type}, not BitstringStatusListEntry`,
    );
  }
  const statusPurpose = text(x, 'statusPurpose');
  const statusListCredential = text(x, 'statusListCredential');
  if (!URL.canParse(statusListCredential)) fail('statusListCredential is not a URL');
  const { index, wasNumber } = parseIndex(x['statusListIndex']);
  const statusSize = parseSize(x['statusSize']);
  const entry: ParsedStatusEntry = {
    type: 'BitstringStatusListEntry',
    statusPurpose,
    statusListIndex: index,
    statusListCredential,
    statusSize,
    indexWasNumber: wasNumber,
  };
  if (x['id'] !== undefined) entry.id = text(x, 'id');
  const messages = parseMessages(x['statusMessage'], statusSize);
  if (messages) entry.statusMessage = messages;
  return entry;
}

function text(x: JsonObject, key: string): string {
  const v = x[key];
  if (!isNonEmptyString(v)) return fail(`${key} must be a non-empty string`);
  if (v.length > MAX_TEXT) return fail(`${key} is longer than ${MAX_TEXT} characters`);
  return v;
}

function parseIndex(v: unknown): { index: number; wasNumber: boolean } {
  if (typeof v === 'number') {
    if (!Number.isInteger(v) || v < 0 || v > MAX_STATUS_INDEX)
      fail(`statusListIndex ${v} is not an integer from 0 to ${MAX_STATUS_INDEX}`);
    return { index: v, wasNumber: true };
  }
  if (typeof v !== 'string') return fail('statusListIndex is missing');
  // Base 10 digits only: no sign, exponent, hex, spaces. Ten digits cover MAX_STATUS_INDEX.
  if (!/^[0-9]{1,10}$/.test(v) || Number(v) > MAX_STATUS_INDEX) {
    fail(
      `statusListIndex ${JSON.stringify(v.slice(0, 40))} is not a base-10 integer from 0 to ${MAX_STATUS_INDEX}`,
    );
  }
  return { index: Number(v), wasNumber: false };
}

function parseSize(v: unknown): number {
  if (v === undefined) return 1;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > MAX_STATUS_SIZE) {
    return fail(`statusSize must be an integer from 1 to ${MAX_STATUS_SIZE}`);
  }
  return v;
}

function parseMessages(v: unknown, size: number): StatusMessage[] | undefined {
  if (v === undefined) {
    if (size > 1) fail('statusMessage is required when statusSize is greater than 1');
    return undefined;
  }
  if (!Array.isArray(v) || v.length !== 2 ** size)
    return fail(`statusMessage must be an array of ${2 ** size} items`);
  return v.map((m, i) => {
    if (!isObject(m) || typeof m['status'] !== 'string' || typeof m['message'] !== 'string') {
      return fail(`statusMessage[${i}] needs string status and message`);
    }
    if (!/^0x[0-9a-f]{1,8}$/i.test(m['status']))
      return fail(`statusMessage[${i}].status is not a 0x… hexadecimal value`);
    return { status: m['status'], message: m['message'] };
  });
}
