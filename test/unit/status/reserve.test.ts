/**
 * Reserving status indexes a block at a time (scripts/lib/status-store.ts): every index handed
 * out is fresh and recorded in the list file before any badge uses it, a block stops at the
 * free indexes a list has left, and a full list says so.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { methodId, issuerDid } from '../../../src/lib/ob3/issuer-did.ts';
import { decodeList, encodeList } from '../../../src/lib/status/index.ts';
import { openList, readStatusFile, reserveIndexes } from '../../../scripts/lib/status-store.ts';
import { ISSUER, makeKey, urls } from '../../helpers/issuer.ts';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('reserveIndexes', async () => {
  const key = await makeKey('ES256');
  const signer = { ...key.signer, kid: methodId(issuerDid(urls, ISSUER), key.kid), published: key.published };
  const freshList = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'stackable-reserve-'));
    dirs.push(dir);
    return (await openList(dir, ISSUER, signer, urls)).path;
  };
  /** Marks every index allocated but `free` (how a list looks after many issue runs). */
  const leaveFree = async (path: string, free: number[]) => {
    const file = await readStatusFile(path);
    const bits = await decodeList(file.allocated);
    for (let i = 0; i < bits.length; i++) bits.set(i, !free.includes(i));
    await writeFile(path, JSON.stringify({ ...file, allocated: await encodeList(bits) }));
  };

  it('hands out a block of distinct indexes and records each before returning', async () => {
    const path = await freshList();
    const { indexes } = await reserveIndexes(path, 64);
    expect(indexes).toHaveLength(64);
    expect(new Set(indexes).size).toBe(64);
    const recorded = await decodeList((await readStatusFile(path)).allocated);
    expect(recorded.countSet()).toBe(64);
    for (const i of indexes) expect(recorded.get(i)).toBe(true);
    const next = await reserveIndexes(path, 64);
    expect(next.indexes.filter((i) => indexes.includes(i))).toEqual([]);
  });

  it('stops at the indexes a nearly full list has left', async () => {
    const path = await freshList();
    await leaveFree(path, [5, 700, 9001]);
    const { indexes } = await reserveIndexes(path, 64);
    expect([...indexes].sort((a, b) => a - b)).toEqual([5, 700, 9001]);
    const recorded = await decodeList((await readStatusFile(path)).allocated);
    expect(recorded.countSet()).toBe(recorded.length);
  });

  it('says FULL when no index is left, and writes nothing', async () => {
    const path = await freshList();
    await leaveFree(path, []);
    const before = (await readStatusFile(path)).allocated;
    await expect(reserveIndexes(path, 64)).rejects.toThrow(
      expect.objectContaining({ name: 'StatusError', code: 'FULL' }),
    );
    expect((await readStatusFile(path)).allocated).toBe(before);
  });
});
