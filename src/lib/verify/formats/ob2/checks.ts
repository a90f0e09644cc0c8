/**
 * The checks of an Open Badges 2.0 assertion where its data model differs from a W3C
 * credential's: its structure, dates (issuedOn, expires), revocation (`revoked`, the issuer's
 * revocation list), hashed recipient identity; and what this catalog cannot vouch for (it
 * registers Open Badges 3.0 issuers and credentials only).
 */
import { matchesIdentityHash } from '../../../ob3/identity.ts';
import { parseDateTime } from '../../credential-view.ts';
import { asList, idOf, isRecord, str } from '../../json.ts';
import { pass, problem, skip, type CheckUnit } from '../../pipeline/check.ts';
import { clipText } from '../../report.ts';
import { NO_EMAIL_TYPED } from '../../checks/recipient.ts';
import { listProblem } from '../../checks/status-list.ts';
import { linked } from './documents.ts';
import { isOb2Date, linkedOf, type Ob2Subject } from './subject.ts';
import { verificationOf } from './verification.ts';

/** The required members of an assertion. */
export function ob2Structure(a: Record<string, unknown>) {
  const problems: string[] = [];
  if (!str(a.id)) problems.push('no id');
  if (!asList(a.type).includes('Assertion')) problems.push('type is not Assertion');
  if (!isRecord(a.recipient) || typeof a.recipient.identity !== 'string')
    problems.push('no recipient identity');
  if (!a.badge) problems.push('no badge');
  if (!verificationOf(a)) problems.push('no verification object');
  if (!isOb2Date(a.issuedOn)) problems.push('issuedOn is missing or not a date');
  return problems.length
    ? problem(
        'ERR_STRUCTURE',
        'The assertion does not have the structure Open Badges 2.0 requires.',
        problems.join('; '),
      )
    : pass('The assertion is well-formed Open Badges 2.0 (an older version of the standard).');
}

export const ob2StructureCheck: CheckUnit<Ob2Subject, 'structure'> = {
  id: 'structure',
  run: (s) => ob2Structure(s.assertion ?? {}),
};

export const ob2IssuerCheck: CheckUnit<Ob2Subject, 'issuer'> = {
  id: 'issuer',
  run(s) {
    const { issuer } = linkedOf(s);
    const name = str(issuer.name);
    return problem(
      'WARN_ISSUER_UNKNOWN',
      `${name ? `“${clipText(name)}”` : 'The issuer'} is not registered in this catalog (it lists Open Badges 3.0 issuers), so the catalog does not vouch for it.`,
      idOf(issuer) ?? '',
    );
  },
};

export const ob2ClaimsCheck: CheckUnit<Ob2Subject, 'claims'> = {
  id: 'claims',
  run: () => skip('No token claims to compare in an Open Badges 2.0 assertion.'),
};

export const ob2DatesCheck: CheckUnit<Ob2Subject, 'dates'> = {
  id: 'dates',
  run(s, { now, clockToleranceMs }) {
    const { a } = linkedOf(s);
    const expires = parseDateTime(str(a.expires));
    const issued = parseDateTime(str(a.issuedOn));
    if (issued !== undefined && issued > now + clockToleranceMs)
      return problem('ERR_NOT_YET_VALID', `The badge is dated in the future (${str(a.issuedOn)}).`);
    if (expires !== undefined && expires < now - clockToleranceMs)
      return problem('ERR_EXPIRED', `The badge expired on ${str(a.expires)}.`);
    return pass(
      `Issued on ${str(a.issuedOn) ?? 'an unstated date'}${expires ? `, valid until ${str(a.expires)}` : ', with no expiry date'}.`,
    );
  },
};

export const ob2StatusCheck: CheckUnit<Ob2Subject, 'status'> = {
  id: 'status',
  async run(s, ctx) {
    const { a, issuer } = linkedOf(s);
    if (a.revoked === true) {
      const reason = str(a.revocationReason);
      return problem(
        'ERR_REVOKED',
        `The issuer has revoked this badge${reason ? `: ${clipText(reason, 300)}` : ''}.`,
      );
    }
    const listUrl = idOf(issuer.revocationList);
    if (!listUrl) return skip('The issuer publishes no revocation list.');
    let list;
    try {
      list = await linked(listUrl, ctx.resources, 'revocation list');
    } catch (e) {
      return listProblem(e, listUrl);
    }
    const listed = asList(list.revokedAssertions).some(
      (r) =>
        (typeof r === 'string' ? r : (idOf(r) ?? (isRecord(r) ? str(r.uid) : undefined))) === a.id ||
        (isRecord(r) && r.uid !== undefined && r.uid === a.uid),
    );
    return listed
      ? problem('ERR_REVOKED', "The issuer's revocation list says this badge was revoked.", listUrl)
      : pass("The issuer's revocation list does not list this badge.", listUrl);
  },
};

export const ob2AchievementCheck: CheckUnit<Ob2Subject, 'achievement'> = {
  id: 'achievement',
  run: (s) =>
    problem(
      'WARN_ACHIEVEMENT_EXTERNAL',
      'The badge class is not a credential in this catalog.',
      idOf(linkedOf(s).badge) ?? '',
    ),
};

export const ob2EndorsementsCheck: CheckUnit<Ob2Subject, 'endorsements'> = {
  id: 'endorsements',
  run: () => skip('Endorsements of Open Badges 2.0 assertions are not checked.'),
};

export const ob2RecipientCheck: CheckUnit<Ob2Subject, 'recipient'> = {
  id: 'recipient',
  async run(s, { recipientEmail: email }) {
    const { a } = linkedOf(s);
    const r = isRecord(a.recipient) ? a.recipient : {};
    if (!email?.trim()) return skip(NO_EMAIL_TYPED);
    if (r.type !== 'email')
      return problem(
        'WARN_NO_EMAIL_IDENTIFIER',
        `The badge identifies its earner by ${String(r.type).slice(0, 30)}, not by email.`,
      );
    const identity = str(r.identity) ?? '';
    const ok =
      r.hashed === true
        ? await matchesIdentityHash(email, identity, str(r.salt) ?? '')
        : identity.toLowerCase() === email.trim().toLowerCase();
    return ok
      ? pass('The badge was awarded to that email address.')
      : problem('ERR_RECIPIENT_MISMATCH', 'The badge was not awarded to that email address.');
  },
};

/** Every row but the proof and the key, which differ between signed and hosted assertions. */
export const OB2_CHECKS = {
  structure: ob2StructureCheck,
  issuer: ob2IssuerCheck,
  claims: ob2ClaimsCheck,
  dates: ob2DatesCheck,
  status: ob2StatusCheck,
  achievement: ob2AchievementCheck,
  endorsements: ob2EndorsementsCheck,
  recipient: ob2RecipientCheck,
};
