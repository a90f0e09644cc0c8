/**
 * A hosted Open Badges 2.0 assertion, pasted as its URL or as JSON: trusted only as fetched from
 * its issuer's own domain; HTTP 410 Gone means revoked. Reading it is fetching it (only through
 * the resource policy); the proof check then says what fetching showed.
 */
import type { VerifyContext } from '../../context.ts';
import { VerifyError } from '../../errors.ts';
import { idOf, isRecord, parseJson, str } from '../../json.ts';
import { pass, problem, skip, type CheckUnit, type Gate, type Outcome } from '../../pipeline/check.ts';
import { FORMAT_PHRASES } from '../../report.ts';
import { readAs, type BadgeFormat } from '../format.ts';
import { OB2_CHECKS, ob2Structure } from './checks.ts';
import { linked, sameOrigin } from './documents.ts';
import { ob2View, type Ob2Subject } from './subject.ts';
import { verificationOf } from './verification.ts';

const FROM_ISSUER = 'Not checked: a hosted badge can only be trusted as fetched from its issuer.';
const HOSTED_GATE: Gate = { failed: FROM_ISSUER, unknown: FROM_ISSUER };

async function fetchAssertion(url: string, ctx: VerifyContext): Promise<Record<string, unknown> | 'gone'> {
  const doc = await ctx.resources.get(url, 'application/ld+json, application/json');
  if (doc.status === 410) return 'gone';
  if (doc.status !== 200)
    throw new VerifyError('ERR_FETCH_FAILED', `the assertion address answered HTTP ${doc.status}`, url);
  const json = parseJson(doc.body, { maxChars: 1_000_000 });
  if (!isRecord(json)) throw new VerifyError('ERR_NOT_A_BADGE', 'the hosted assertion is not a JSON object');
  return json;
}

const hostedStructure: CheckUnit<Ob2Subject, 'structure'> = {
  id: 'structure',
  run(s) {
    if (!s.url)
      return {
        ...problem('ERR_STRUCTURE', 'The assertion has no address to check it at.'),
        stop: 'Not checked.',
      };
    if (s.fetched && 'gone' in s.fetched) return skip('The issuer no longer serves the assertion.');
    if (!s.assertion) return skip(FROM_ISSUER);
    return ob2Structure(s.assertion);
  },
};

const hostedProof: CheckUnit<Ob2Subject, 'proof'> = {
  id: 'proof',
  gate: HOSTED_GATE,
  async run(s, ctx): Promise<Outcome<Ob2Subject>> {
    const url = s.url ?? '';
    if (s.fetched && 'error' in s.fetched) throw s.fetched.error;
    if (s.fetched && 'gone' in s.fetched)
      return {
        ...pass("The issuer's server answered for this badge.", `${url}: HTTP 410 Gone`),
        decided: {
          status: problem(
            'ERR_REVOKED',
            'The issuer has revoked this badge (its address answers “410 Gone”).',
            url,
          ),
        },
        stop: 'Not checked: the badge is revoked.',
      };
    const a = s.assertion ?? {};
    const badge = await linked(a.badge, ctx.resources, 'badge class');
    const issuer = await linked(badge.issuer, ctx.resources, 'issuer profile');
    const learned = { badge, issuer, view: ob2View(a, badge, issuer) };
    const issuerId = idOf(issuer) ?? '';
    if ((str(a.id) ?? verificationOf(a)?.url) === url && sameOrigin(url, issuerId))
      return {
        ...pass(
          "The assertion was fetched from its issuer's own domain, which is how a hosted badge is verified.",
          url,
        ),
        learned,
      };
    return {
      ...problem(
        'ERR_SIGNATURE_INVALID',
        "The assertion is not hosted on its issuer's domain, so the issuer does not stand behind it.",
        `assertion ${url}; issuer ${issuerId}`,
      ),
      learned,
    };
  },
};

const noKey: CheckUnit<Ob2Subject, 'key'> = {
  id: 'key',
  run: () => skip('Hosted badges carry no signature key.'),
};

export const ob2Hosted: BadgeFormat<unknown, Ob2Subject> = {
  async read(input, container, ctx) {
    const pasted = isRecord(input) ? input : undefined;
    if (pasted && verificationOf(pasted)?.kind === 'signed')
      return {
        ok: false,
        format: 'ob2-signed',
        row: problem(
          'ERR_NOT_A_BADGE',
          'This is the JSON inside a signed Open Badges 2.0 badge; paste the signed token (or the baked image) instead, so the signature can be checked.',
        ),
      };
    const row = readAs(FORMAT_PHRASES['ob2-hosted'], container);
    const url =
      typeof input === 'string'
        ? input
        : pasted
          ? (str(pasted.id) ?? verificationOf(pasted)?.url)
          : undefined;
    const base: Ob2Subject = { format: 'ob2-hosted', ...(pasted ? { credential: pasted } : {}) };
    if (!url) return { ok: true, subject: base, row };
    let fetched: Awaited<ReturnType<typeof fetchAssertion>>;
    try {
      fetched = await fetchAssertion(url, ctx);
    } catch (error) {
      return { ok: true, subject: { ...base, url, fetched: { error } }, row };
    }
    if (fetched === 'gone') return { ok: true, subject: { ...base, url, fetched: { gone: true } }, row };
    return {
      ok: true,
      subject: { ...base, url, assertion: fetched, credential: fetched, view: ob2View(fetched) },
      row,
    };
  },
  checks: { ...OB2_CHECKS, structure: hostedStructure, proof: hostedProof, key: noKey },
};
