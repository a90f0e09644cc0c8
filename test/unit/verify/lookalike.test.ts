/**
 * Look-alike issuer names (src/lib/verify/checks/lookalike.ts): the pure function, and the
 * issuer check that uses it on a badge signed by its own key (issue 9, "homoglyph issuer names").
 */
import { CompactSign, exportJWK, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { hasInvisible, imitatedIssuer, nameSkeleton } from '../../../src/lib/verify/checks/lookalike.ts';
import { verifyBadge } from '../../../src/lib/verify/verify.ts';
import { testCatalog, urls, ISSUER } from '../../helpers/issuer.ts';

const RIVERBEND = {
  id: 'riverbend-usd',
  name: 'Riverbend Unified School District',
  profile: 'https://stackable.example/issuers/riverbend-usd/profile.json',
};
const LAKEMONT = {
  id: 'lakemont-cli',
  name: 'Lakemont Center for Learning and Innovation',
  profile: 'https://stackable.example/issuers/lakemont-cli/profile.json',
};
const REGISTERED = [RIVERBEND, LAKEMONT];
const OTHER_ID = 'https://riverbend-usd.example.net/issuer';

describe('nameSkeleton / imitatedIssuer', () => {
  const imitating = (name: string, id = OTHER_ID) => imitatedIssuer({ id, name }, REGISTERED)?.issuer.id;

  it.each([
    ['Cyrillic і, с', 'Rіverbend Unіfіed Sсhool Dіstrіct'],
    ['Cyrillic capital Ѕ and о', 'Riverbend Unified \u0405ch\u043e\u043el District'],
    ['Greek omicron', 'Riverbend Unified Scho\u03bfl District'],
    ['fullwidth letters', 'Ｒｉｖｅｒｂｅｎｄ Unified School District'],
    ['mathematical bold', '𝐑𝐢𝐯𝐞𝐫𝐛𝐞𝐧𝐝 Unified School District'],
    ['Cherokee capitals and a lunate sigma', '\u13a1iverbend Unified S\u03f2hool \u13a0istrict'],
    ['all capitals (I is not read as l)', 'RIVERBEND UNIFIED SCHOOL DISTRICT'],
    ['zero-width space inside a word', 'River\u200bbend Unified School District'],
    ['right-to-left override and pop', '\u202eRiverbend Unified School District\u202c'],
    ['digit 1 for l, 0 for o', 'Riverbend Unified Schoo1 District'.replace('o', '0')],
    ['case, spacing and punctuation', '  RIVERBEND  unified-school district.'],
    ['an official-sounding suffix', 'Riverbend Unified School District (Official Badges)'],
  ])('flags %s', (_what, name) => {
    expect(imitating(name)).toBe('riverbend-usd');
  });

  it('flags an issuer id that only looks like a registered profile URL', () => {
    expect(
      imitatedIssuer(
        { id: RIVERBEND.profile.replace('riverbend', 'rіverbend'), name: 'Someone' },
        REGISTERED,
      ),
    ).toMatchObject({ issuer: { id: 'riverbend-usd' }, by: 'id' });
  });

  it('leaves the registered issuer itself and unrelated names alone', () => {
    expect(
      imitatedIssuer({ id: RIVERBEND.profile, name: 'Rіverbend Unіfіed School District' }, REGISTERED),
    ).toBeUndefined();
    for (const name of [
      'Riverside Unified School District',
      'Harbor Community College',
      'Riverbend',
      'Lakemont Art Club',
      '',
      'District',
    ])
      expect(imitating(name), name).toBeUndefined();
    expect(imitatedIssuer({ id: OTHER_ID }, REGISTERED)).toBeUndefined();
    expect(imitatedIssuer({}, [])).toBeUndefined();
  });

  it('skeletons are stable: equal for look-alikes, different for different letters', () => {
    expect(nameSkeleton('Rіverbend')).toBe(nameSkeleton('Riverbend'));
    expect(nameSkeleton('Riverbend')).not.toBe(nameSkeleton('Riverbent'));
    expect(hasInvisible('a\u200bb')).toBe(true);
    expect(hasInvisible('a\u2067b')).toBe(true);
    expect(hasInvisible('Riverbend')).toBe(false);
  });

  it('copes with hostile input: lone surrogates, huge names, nothing but invisibles', () => {
    expect(() => nameSkeleton('\ud800\udfff\udc00x')).not.toThrow();
    expect(imitating('\u200b\u200b\u202e')).toBeUndefined();
    expect(imitating(`${'Riverbend Unified School District '.repeat(30_000)}`)).toBe('riverbend-usd');
  });
});

describe('the issuer check on a look-alike badge', async () => {
  const cat = await testCatalog();
  const NOW = new Date('2026-06-01T00:00:00Z');

  it('a badge claiming the district\'s name in Cyrillic letters, signed by its own key, is "warnings" and not registered', async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
    const { credentialStatus: _s, ...cred } = await cat.credential();
    const subject = cred.credentialSubject as { achievement: Record<string, unknown> };
    subject.achievement = {
      ...subject.achievement,
      id: 'https://riverbend-usd.example.net/achievements/hinge-questions',
    };
    const issuer = {
      id: 'https://riverbend-usd.example.net/issuer',
      type: ['Profile'],
      name: 'Rіverbend Unіfіed Sсhool Dіstrіct',
    };
    const payload = {
      ...cred,
      issuer,
      iss: issuer.id,
      jti: cred.id,
      nbf: Date.parse(String(cred.validFrom)) / 1000,
    };
    const token = await new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
      .setProtectedHeader({ alg: 'ES256', jwk: await exportJWK(publicKey) })
      .sign(privateKey);
    const r = await verifyBadge(token, { registry: cat.registry, now: NOW });
    const check = r.checks.find((c) => c.id === 'issuer');
    expect(check).toMatchObject({ status: 'warn', code: 'WARN_ISSUER_LOOKALIKE' });
    expect(check?.message).toContain('is not registered in this catalog');
    expect(check?.message).toContain('looks like that of Riverbend Unified School District');
    expect(r.catalog.issuer).toBeUndefined();
    expect(r.checks.find((c) => c.id === 'proof')?.status).toBe('pass');
    expect(r.verdict).toBe('warnings');
    expect(r.summary.issuerName).toBe(issuer.name);
    expect(urls.profile(ISSUER)).toBe(RIVERBEND.profile);
  });
});
