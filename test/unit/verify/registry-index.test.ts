/**
 * RegistryIndex's lookups alone: credentials and stacks by id answer from a map (a state
 * catalog lists thousands of credentials and the verify page looks one up per badge), and a
 * repeated id answers with its first entry, as a search from the start would.
 */
import { describe, expect, it } from 'vitest';
import { RegistryIndex, type Registry, type RegistryCredential } from '../../../src/lib/verify/registry.ts';

const credential = (id: string, title = id): RegistryCredential => ({
  id,
  issuer: 'riverbend',
  title,
  status: 'active',
  version: '1.0.0',
  page: `/credentials/${id}/`,
  achievement: `https://stackable.example/credentials/${id}/achievement.json`,
  badge: `/credentials/${id}/badge.svg`,
});

const registry: Registry = {
  site: 'https://stackable.example/',
  issuers: [],
  credentials: [
    ...Array.from({ length: 5000 }, (_, i) => credential(`riverbend/c${i}`)),
    credential('riverbend/c7', 'a later entry with the same id'),
  ],
  stacks: [
    { id: 'literacy', title: 'Literacy', page: '/stacks/literacy/' },
    { id: 'literacy', title: 'Literacy again', page: '/stacks/literacy-2/' },
  ],
};

describe('RegistryIndex lookups by id', () => {
  const index = new RegistryIndex(registry);

  it('finds a credential and a stack by id, and nothing for an id it does not list', () => {
    expect(index.credentialById('riverbend/c4999')?.title).toBe('riverbend/c4999');
    expect(index.credentialById('riverbend/c5000')).toBeUndefined();
    expect(index.stackById('literacy')?.page).toBe('/stacks/literacy/');
    expect(index.stackById('numeracy')).toBeUndefined();
  });

  it('answers a repeated id with its first entry', () => {
    expect(index.credentialById('riverbend/c7')?.title).toBe('riverbend/c7');
    expect(index.stackById('literacy')?.title).toBe('Literacy');
  });

  it('answers without stacks at all', () => {
    const bare = new RegistryIndex({ site: registry.site, issuers: [], credentials: [] });
    expect(bare.stackById('literacy')).toBeUndefined();
  });
});
