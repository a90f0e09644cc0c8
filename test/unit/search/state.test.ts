/** Search state in the URL: defaults left out, the drafts-and-retired switch, old links still read. */
import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  defaultFilters,
  effectiveFilters,
  fromUrl,
  toUrl,
} from '../../../src/client/search/state.ts';

describe('search state', () => {
  it('an empty URL is credentials you can earn, A–Z', () => {
    const s = fromUrl('');
    expect(s).toEqual({ q: '', filters: defaultFilters(), all: false, sort: 'title' });
    expect(effectiveFilters(s).status).toEqual(['Available']);
    expect(effectiveFilters(s).type).toEqual(['Credentials']);
    expect(toUrl(s)).toBe('');
  });

  it('round-trips a query, facets, the switch and a sort', () => {
    const url = '?q=sel+coaching&all=1&subject=Leadership&subject=Literacy&status=Retired&sort=hours';
    const s = fromUrl(url);
    expect(s).toMatchObject({ q: 'sel coaching', all: true, sort: 'hours' });
    expect(s.filters.subject).toEqual(['Leadership', 'Literacy']);
    expect(effectiveFilters(s).status).toEqual(['Retired']);
    expect(fromUrl(toUrl(s))).toEqual(s);
  });

  it('"*" means any value, so a facet can be cleared of its default', () => {
    const s = fromUrl('?type=*');
    expect(s.filters.type).toEqual([]);
    expect(toUrl(s)).toBe('?type=*');
  });

  it('reads old links: a status other than Available turns the switch on', () => {
    expect(fromUrl('?status=Retired')).toMatchObject({ all: true, filters: { status: ['Retired'] } });
    expect(fromUrl('?status=Available')).toMatchObject({ all: false, filters: { status: [] } });
  });

  it('best match is the default order of a query, A–Z of browsing', () => {
    expect(fromUrl('?q=feedback').sort).toBe('relevance');
    expect(toUrl(fromUrl('?q=feedback&sort=title'))).toBe('?q=feedback&sort=title');
  });

  it('counts the choices that differ from the defaults', () => {
    expect(activeFilterCount(fromUrl(''))).toBe(0);
    expect(activeFilterCount(fromUrl('?type=Credentials&type=Stacks&grade=Pre-K'))).toBe(2);
    expect(activeFilterCount(fromUrl('?type=*'))).toBe(1);
  });
});
