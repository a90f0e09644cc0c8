/** Taking a passport away: pasted sets split into badges, CSV (formula-safe), JSON, and the link in the fragment. */
import { describe, expect, it } from 'vitest';
import { csvCell, passportCsv, CSV_COLUMNS } from '../../../src/lib/passport/export-csv.ts';
import { passportJson } from '../../../src/lib/passport/export-json.ts';
import { MAX_FRAGMENT, readFragment, shareFragment } from '../../../src/lib/passport/fragment.ts';
import { splitPasted } from '../../../src/lib/passport/split.ts';
import type { Passport } from '../../../src/lib/passport/summary.ts';

const JWT = 'eyJhbGciOiJFUzI1NiJ9.eyJhIjoxfQ.c2ln';

describe('pasted text of several badges', () => {
  it('splits tokens, JSON documents, and JSON arrays of badges; keeps strings with braces whole', () => {
    const doc = '{"@context":["x"],"name":"a } tricky \\" name {"}';
    const { pieces } = splitPasted(`${JWT}\n\n${doc} ${JWT},\n[${JSON.stringify(JWT)}, {"b":1}]`);
    expect(pieces).toEqual([JWT, doc, JWT, JWT, '{"b":1}']);
  });
  it('an unfinished JSON document stays one piece, for the verifier to say why', () => {
    expect(splitPasted('{"a": [1, 2').pieces).toEqual(['{"a": [1, 2']);
    expect(splitPasted('  \n ').pieces).toEqual([]);
  });
  it('at most 1,000 pieces, the rest counted', () => {
    expect(splitPasted(Array(1005).fill(JWT).join(' ')).dropped).toBe(5);
  });
});

const PASSPORT = {
  made: '2026-01-01T00:00:00.000Z',
  catalog: 'https://stackable.example/',
  badges: [
    {
      n: 1,
      source: 'a.png',
      verdict: 'invalid',
      verdictLabel: 'Not valid',
      name: '=HYPERLINK("https://evil.example","click")',
      issuer: { name: 'Mallory, "Inc"', confirmed: false },
      counted: false,
      reason: 'Not counted: Do not rely on this badge.',
    },
  ],
  groups: [],
  presentations: [],
  emailChecked: false,
  earners: [],
  stacks: [],
  totals: { credentials: 0, hours: 0, ceus: 0 },
  recognizers: [],
  completedStacks: [],
  counted: 0,
  leftOut: 1,
} as unknown as Passport;

describe('CSV', () => {
  it('quotes per RFC 4180 and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    const csv = passportCsv(PASSPORT);
    const [head, row] = csv.split('\r\n');
    expect(head).toBe(CSV_COLUMNS.join(','));
    expect(row).toContain(`"'=HYPERLINK(""https://evil.example"",""click"")"`);
    expect(row).toContain('"Mallory, ""Inc"""');
  });
});

describe('JSON', () => {
  it('a record of what was checked, without badge text or email', () => {
    const j = JSON.parse(passportJson(PASSPORT)) as Record<string, unknown>;
    expect(j).toMatchObject({
      type: 'StackablePassport',
      version: 1,
      catalog: 'https://stackable.example/',
      leftOut: 1,
    });
    expect(JSON.stringify(j)).not.toContain('@example.org');
  });
});

describe('the link', () => {
  it('round-trips the badges through the fragment', async () => {
    const texts = [JWT, '{"a":"ü"}'];
    const link = await shareFragment(texts);
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    expect(link.fragment).toMatch(/^badges=[A-Za-z0-9_-]+$/);
    expect(await readFragment(`#${link.fragment}`)).toEqual(texts);
  });
  it('says when the badges do not fit', async () => {
    const random = Array.from({ length: 40 }, () =>
      Array.from(crypto.getRandomValues(new Uint8Array(600)), (b) => b.toString(36)).join(''),
    );
    const link = await shareFragment(random);
    expect(link).toMatchObject({ ok: false });
    if (!link.ok) expect(link.length).toBeGreaterThan(MAX_FRAGMENT);
  });
  it('refuses a fragment it did not make', async () => {
    await expect(readFragment('#badge=abc')).rejects.toThrow(/no badges/);
    await expect(readFragment('#badges=bm90LWRlZmxhdGVk')).rejects.toThrow();
  });
});
