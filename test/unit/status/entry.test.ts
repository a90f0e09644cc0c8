/**
 * BitstringStatusListEntry, W3C Bitstring Status List v1.0 (BSL) §2.1: statusListIndex is "an
 * arbitrary size integer greater than or equal to 0, expressed as a string in base 10".
 * The 1EdTech validator fixture writes it as a JSON number.
 */
import { describe, expect, it } from 'vitest';
import { MAX_STATUS_INDEX, parseStatusEntry } from '../../../src/lib/status/index.ts';
import { bslExampleEntry, edtechRevokedCredential } from './vectors.ts';

const ENTRY = expect.objectContaining({
  name: 'StatusError',
  code: 'ENTRY',
  specError: 'MALFORMED_VALUE_ERROR',
});

describe('parseStatusEntry', () => {
  it('parses the BSL §2.1 Example 1 entry, with statusSize defaulting to 1', () => {
    expect(parseStatusEntry(bslExampleEntry())).toEqual({
      id: 'https://example.com/credentials/status/3#94567',
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: 94_567,
      statusListCredential: 'https://example.com/credentials/status/3',
      statusSize: 1,
      indexWasNumber: false,
    });
  });

  it('accepts the 1EdTech fixture numeric index 23 and flags it', () => {
    const entry = parseStatusEntry(edtechRevokedCredential()['credentialStatus']);
    expect(entry).toMatchObject({ statusListIndex: 23, indexWasNumber: true, statusPurpose: 'revocation' });
  });

  it('accepts the smallest and largest indexes', () => {
    for (const [raw, n] of [
      ['0', 0],
      ['0023', 23],
      [String(MAX_STATUS_INDEX), MAX_STATUS_INDEX],
      [0, 0],
    ] as const) {
      expect(parseStatusEntry({ ...bslExampleEntry(), statusListIndex: raw }).statusListIndex).toBe(n);
    }
  });

  it('rejects negative, fractional, huge and non-decimal indexes', () => {
    const bad: unknown[] = [
      -1,
      '-1',
      1.5,
      '1.5',
      '+1',
      ' 23',
      '23 ',
      '',
      '1e3',
      1e300,
      '0x17',
      'NaN',
      Number.NaN,
      Infinity,
      2 ** 53,
      MAX_STATUS_INDEX + 1,
      String(MAX_STATUS_INDEX + 1),
      '99999999999999999999999999',
      null,
      true,
      ['1'],
    ];
    for (const statusListIndex of bad) {
      expect(
        () => parseStatusEntry({ ...bslExampleEntry(), statusListIndex }),
        String(statusListIndex),
      ).toThrow(ENTRY);
    }
  });

  it('rejects missing or empty fields, another type and non-objects', () => {
    for (const key of ['type', 'statusPurpose', 'statusListIndex', 'statusListCredential']) {
      const e: Record<string, unknown> = bslExampleEntry();
      delete e[key];
      expect(() => parseStatusEntry(e), key).toThrow(ENTRY);
      expect(() => parseStatusEntry({ ...bslExampleEntry(), [key]: '' }), key).toThrow(ENTRY);
    }
    for (const x of [
      null,
      'x',
      [],
      [bslExampleEntry()],
      { ...bslExampleEntry(), type: 'StatusList2021Entry' },
    ]) {
      expect(() => parseStatusEntry(x)).toThrow(ENTRY);
    }
    expect(() => parseStatusEntry({ ...bslExampleEntry(), statusListCredential: 'not a url' })).toThrow(
      ENTRY,
    );
    expect(() => parseStatusEntry({ ...bslExampleEntry(), id: 7 })).toThrow(ENTRY);
  });

  it('reads statusSize and requires 2^statusSize statusMessage items when it is above 1 (BSL §2.1)', () => {
    const statusMessage = [
      { status: '0x0', message: 'pending_review' },
      { status: '0x1', message: 'accepted' },
      { status: '0x2', message: 'rejected' },
      { status: '0x3', message: 'undefined' },
    ];
    const base = { ...bslExampleEntry(), statusPurpose: 'message', statusSize: 2 };
    expect(parseStatusEntry({ ...base, statusMessage })).toMatchObject({ statusSize: 2, statusMessage });
    expect(() => parseStatusEntry(base)).toThrow(ENTRY);
    expect(() => parseStatusEntry({ ...base, statusMessage: statusMessage.slice(1) })).toThrow(ENTRY);
    expect(() =>
      parseStatusEntry({
        ...base,
        statusMessage: [...statusMessage.slice(1), { status: '3', message: 'x' }],
      }),
    ).toThrow(ENTRY);
    for (const statusSize of [0, -1, 1.5, '2', 33]) {
      expect(() => parseStatusEntry({ ...base, statusSize, statusMessage }), String(statusSize)).toThrow(
        ENTRY,
      );
    }
  });
});
