/**
 * The status check's decoded-list cache alone: one list is decompressed once and answers every
 * badge on it; a list that fails to decode is not kept; different lists get their own bits.
 */
import { describe, expect, it } from 'vitest';
import { decodeOnce } from '../../../../src/lib/verify/checks/status-bitstring.ts';
import { Bitstring, encodeList } from '../../../../src/lib/status/index.ts';

describe('decodeOnce', () => {
  it('decodes a list once and reads the same bits for every badge on it', async () => {
    const bits = Bitstring.zeros();
    bits.set(42);
    const encoded = await encodeList(bits);
    const first = decodeOnce(encoded);
    expect(decodeOnce(encoded)).toBe(first);
    expect((await first).get(42)).toBe(true);
    expect((await first).get(41)).toBe(false);
  });

  it('keeps different lists apart', async () => {
    const a = Bitstring.zeros();
    a.set(7);
    const b = Bitstring.zeros();
    b.set(8);
    const [da, db] = await Promise.all([decodeOnce(await encodeList(a)), decodeOnce(await encodeList(b))]);
    expect([da.get(7), da.get(8), db.get(7), db.get(8)]).toEqual([true, false, false, true]);
  });

  it('does not keep a list that cannot be decoded', async () => {
    const first = decodeOnce('unot-gzip');
    await expect(first).rejects.toThrow();
    expect(decodeOnce('unot-gzip')).not.toBe(first);
  });
});
