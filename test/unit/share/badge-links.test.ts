/** The share links of a verified badge (src/lib/share/badge-links.ts). */
import { describe, expect, it } from 'vitest';
import { linkedInAddLink, verifyLink } from '../../../src/lib/share/badge-links.ts';

describe('verifyLink', () => {
  it('puts the badge in the fragment of the site verify page, under any base path', () => {
    expect(verifyLink('https://stackable.example/', ' a.b.c \n')).toBe(
      'https://stackable.example/verify/#badge=a.b.c',
    );
    expect(verifyLink('https://host.example/catalog', 'x')).toBe(
      'https://host.example/catalog/verify/#badge=x',
    );
  });
  it('encodes JSON so it survives the trip through a URL', () => {
    const json = '{"a":"b c#d&e"}';
    const link = new URL(verifyLink('https://stackable.example/', json));
    expect(link.search).toBe('');
    expect(new URLSearchParams(link.hash.slice(1)).get('badge')).toBe(json);
  });
});

describe('linkedInAddLink', () => {
  it('fills the certification form with the catalog names, dates and the verify link', () => {
    const url = new URL(
      linkedInAddLink({
        name: 'Hinge Questions & Exit Tickets',
        organization: 'Riverbend Unified',
        issued: '2025-03-01T12:00:00Z',
        expires: '2028-02-29T00:00:00Z',
        url: 'https://stackable.example/verify/#badge=a.b.c',
        id: 'urn:uuid:1',
      }),
    );
    expect(url.origin + url.pathname).toBe('https://www.linkedin.com/profile/add');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      startTask: 'CERTIFICATION_NAME',
      name: 'Hinge Questions & Exit Tickets',
      organizationName: 'Riverbend Unified',
      issueYear: '2025',
      issueMonth: '3',
      expirationYear: '2028',
      expirationMonth: '2',
      certUrl: 'https://stackable.example/verify/#badge=a.b.c',
      certId: 'urn:uuid:1',
    });
  });
  it('leaves out dates it cannot read', () => {
    const url = new URL(
      linkedInAddLink({ name: 'n', organization: 'o', issued: 'soon', url: 'https://x.example/' }),
    );
    expect(url.searchParams.has('issueYear')).toBe(false);
    expect(url.searchParams.has('expirationYear')).toBe(false);
  });
});
