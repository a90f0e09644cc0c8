/**
 * Reading a status: W3C Bitstring Status List v1.0 (BSL) §3.2 Validate Algorithm steps 2, 5, 6;
 * OB 3.0 verification step 4 (https://www.imsglobal.org/spec/ob/v3p0/) with the 1EdTech validator's revoked-credential
 * vector (test/fixtures/vectors/1edtech/bit-string-list/).
 */
import { describe, expect, it } from 'vitest';
import {
  Bitstring,
  checkPurpose,
  decodeList,
  parseStatusEntry,
  parseStatusListCredential,
  readStatus,
  type StatusEntry,
} from '../../../src/lib/status/index.ts';
import {
  BSL_EXAMPLE_ENCODED_LIST,
  bslExampleEntry,
  edtechRevokedCredential,
  edtechTestList,
} from './vectors.ts';

const entryAt = (statusListIndex: number, extra: Partial<StatusEntry> = {}): StatusEntry => ({
  ...parseStatusEntry(bslExampleEntry()),
  statusListIndex,
  ...extra,
});

describe('the 1EdTech bit-string-list vector', () => {
  it('has exactly bit 23 set, read MSB-first (BSL §7.1); LSB-first would say 16', async () => {
    const list = await decodeList(parseStatusListCredential(edtechTestList()).encodedList);
    expect(list.length).toBe(131_072);
    expect(list.countSet()).toBe(1);
    expect(list.get(23)).toBe(true);
    expect(list.get(16)).toBe(false);
    const bytes = list.bytes();
    expect(bytes[2]).toBe(0x01);
    // The wrong, LSB-first reading of the same bytes finds index 16 instead.
    const lsbFirst = [...bytes.keys()].flatMap((at) =>
      [...Array(8).keys()].filter((k) => bytes[at]! & (1 << k)).map((k) => at * 8 + k),
    );
    expect(lsbFirst).toEqual([16]);
  });

  it('reads the credential (numeric statusListIndex 23) as revoked', async () => {
    const listInfo = parseStatusListCredential(edtechTestList());
    const entry = parseStatusEntry(edtechRevokedCredential()['credentialStatus']);
    checkPurpose(listInfo.purposes, entry);
    const reading = readStatus(await decodeList(listInfo.encodedList), entry);
    expect(reading).toEqual({ index: 23, bit: 23, value: 1, set: true });
  });

  it('reads its neighbours as not set', async () => {
    const list = await decodeList(parseStatusListCredential(edtechTestList()).encodedList);
    for (const i of [0, 16, 22, 24, 131_071]) expect(readStatus(list, entryAt(i)).set).toBe(false);
  });
});

describe('readStatus', () => {
  it('reads the BSL §2.1 Example 1 entry from the §2.2 Example 3 list as unset', async () => {
    const list = await decodeList(BSL_EXAMPLE_ENCODED_LIST);
    expect(readStatus(list, parseStatusEntry(bslExampleEntry()))).toEqual({
      index: 94_567,
      bit: 94_567,
      value: 0,
      set: false,
    });
  });

  it('raises RANGE (RANGE_ERROR) for an index past the end of the list', () => {
    const list = Bitstring.zeros();
    expect(readStatus(list, entryAt(131_071)).set).toBe(false);
    expect(() => readStatus(list, entryAt(131_072))).toThrow(
      expect.objectContaining({ code: 'RANGE', specError: 'RANGE_ERROR' }),
    );
    expect(() => readStatus(list, entryAt(4_000_000_000))).toThrow(
      expect.objectContaining({ code: 'RANGE' }),
    );
  });

  it('reads statusSize 2 entries at statusListIndex × 2, first bit most significant, with their message', () => {
    const statusMessage = ['pending_review', 'accepted', 'rejected', 'undefined'].map((message, i) => ({
      status: `0x${i}`,
      message,
    }));
    const list = Bitstring.zeros(2 * 131_072);
    list.set(2 * 5 + 1); // entry 5 = 0b01
    list.set(2 * 6); // entry 6 = 0b10
    list.set(2 * 7);
    list.set(2 * 7 + 1); // entry 7 = 0b11
    const read = (i: number) => readStatus(list, entryAt(i, { statusSize: 2, statusMessage }));
    expect(read(4)).toEqual({ index: 4, bit: 8, value: 0, set: false, message: 'pending_review' });
    expect(read(5)).toEqual({ index: 5, bit: 10, value: 1, set: true, message: 'accepted' });
    expect(read(6)).toMatchObject({ value: 2, message: 'rejected' });
    expect(read(7)).toMatchObject({ value: 3, message: 'undefined' });
    expect(() => read(131_072)).toThrow(expect.objectContaining({ code: 'RANGE' }));
  });

  it('raises LENGTH when length ÷ statusSize is under the minimum (BSL §3.2), unless lowered', () => {
    const list = Bitstring.zeros(); // 131,072 bits = 65,536 two-bit entries
    const entry = entryAt(0, { statusSize: 2 });
    expect(() => readStatus(list, entry)).toThrow(
      expect.objectContaining({ code: 'LENGTH', specError: 'STATUS_LIST_LENGTH_ERROR' }),
    );
    expect(readStatus(list, entry, { minEntries: 65_536 }).set).toBe(false);
    expect(() => readStatus(Bitstring.zeros(8), entryAt(0))).toThrow(
      expect.objectContaining({ code: 'LENGTH' }),
    );
  });

  it('rejects hand-built entries with impossible numbers', () => {
    const list = Bitstring.zeros();
    for (const bad of [
      entryAt(-1),
      entryAt(1.5),
      entryAt(0, { statusSize: 0 }),
      entryAt(0, { statusSize: 40 }),
    ]) {
      expect(() => readStatus(list, bad)).toThrow(expect.objectContaining({ code: 'ENTRY' }));
    }
  });
});

describe('checkPurpose (BSL §3.2 step 2)', () => {
  it('accepts a purpose the list declares and rejects one it does not', () => {
    expect(() => checkPurpose(['revocation', 'suspension'], { statusPurpose: 'suspension' })).not.toThrow();
    expect(() => checkPurpose(['revocation'], { statusPurpose: 'suspension' })).toThrow(
      expect.objectContaining({ code: 'PURPOSE', specError: 'STATUS_VERIFICATION_ERROR' }),
    );
  });
});
