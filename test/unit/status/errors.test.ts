/**
 * Error codes and their W3C Bitstring Status List v1.0 §3 / §3.5 names (https://www.w3.org/TR/vc-bitstring-status-list/
 * "Validate algorithm").
 */
import { describe, expect, it } from 'vitest';
import {
  SPEC_ERROR_BASE,
  StatusError,
  isStatusError,
  parseStatusEntry,
} from '../../../src/lib/status/index.ts';

describe('StatusError', () => {
  it('carries a stable code and the BSL error name where the spec has one', () => {
    const e = new StatusError('LENGTH', 'short');
    expect(e).toBeInstanceOf(Error);
    expect(e).toMatchObject({
      name: 'StatusError',
      code: 'LENGTH',
      specError: 'STATUS_LIST_LENGTH_ERROR',
      message: 'short',
    });
    expect(new StatusError('FULL', 'x').specError).toBeUndefined();
    expect(`${SPEC_ERROR_BASE}${e.specError}`).toBe(
      'https://www.w3.org/ns/credentials/status-list#STATUS_LIST_LENGTH_ERROR',
    );
  });

  it('is recognised by isStatusError, optionally by code', () => {
    let caught: unknown;
    try {
      parseStatusEntry({ type: { hostile: true } });
    } catch (e) {
      caught = e;
    }
    expect(isStatusError(caught)).toBe(true);
    expect(isStatusError(caught, 'ENTRY')).toBe(true);
    expect(isStatusError(caught, 'RANGE')).toBe(false);
    expect(isStatusError(new Error('x'))).toBe(false);
    expect((caught as Error).message).toBe(
      'BitstringStatusListEntry: type is object, not BitstringStatusListEntry',
    );
  });
});
