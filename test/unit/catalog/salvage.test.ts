/**
 * Salvaging an entry that fails its schema, so the other rules still run on it: the fields that
 * pass are kept, the others named; each rule sees the entries that have what it reads.
 */
import { describe, expect, it } from 'vitest';
import { emptyCatalog } from '../../../src/lib/catalog/model.ts';
import { credentialSchema } from '../../../src/lib/catalog/schema/credential.ts';
import {
  lenientCatalog,
  NO_NEEDS,
  REFERENCE_NEEDS,
  salvage,
  STATUS_NEEDS,
  type PartialEntry,
} from '../../../src/lib/catalog/salvage.ts';

describe('salvage', () => {
  it('keeps the fields that pass, with their defaults, and names the ones that fail', () => {
    const { data, missing } = salvage(credentialSchema(), {
      title: 'Hinge Questions',
      hours: 'twelve',
      rubric: 'riverbend-demonstrated',
      status: 'publishd',
      prerequisites: ['riverbend-usd/exit-tickets'],
    });
    expect(data).toMatchObject({ title: 'Hinge Questions', rubric: 'riverbend-demonstrated', tags: [] });
    expect(data.prerequisites).toEqual(['riverbend-usd/exit-tickets']);
    expect(missing.has('hours')).toBe(true);
    expect(missing.has('status')).toBe(true);
    expect(missing.has('title')).toBe(false);
  });

  it('gives each rule the invalid entries that have every field it reads', () => {
    const entry = (id: string, missing: string[]): PartialEntry => ({
      collection: 'credentials',
      missing: new Set(missing),
      id,
      file: `content/credentials/${id}.mdx`,
      data: {},
      body: '',
      bodyLine: 1,
      locate: () => ({ line: 1, column: 1 }),
    });
    const partial = [entry('a/one', ['hours']), entry('a/two', ['status']), entry('a/three', ['rubric'])];
    const ids = (needs: typeof NO_NEEDS) => [
      ...lenientCatalog(emptyCatalog(), partial, needs).credentials.keys(),
    ];
    expect(ids(NO_NEEDS)).toEqual(['a/one', 'a/two', 'a/three']);
    expect(ids(STATUS_NEEDS)).toEqual(['a/one', 'a/three']);
    expect(ids(REFERENCE_NEEDS)).toEqual(['a/one']);
  });
});
