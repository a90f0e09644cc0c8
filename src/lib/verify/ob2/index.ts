/**
 * Open Badges 2.0 (ob3-notes.md §7): signed assertions (a JWS whose key is a CryptographicKey
 * linked both ways with the issuer Profile, plus the issuer's revocation list) and hosted
 * assertions (fetched from the issuer's own domain; HTTP 410 means revoked). Everything linked
 * is fetched only through the resource policy, so offline it is "could not check".
 */
import { importSPKI } from 'jose';
import { compactVerify } from 'jose';
import { matchesIdentityHash } from '../../ob3/identity.ts';
import type { VerifyContext } from '../context.ts';
import { parseDateTime, type CredentialView } from '../credential-view.ts';
import { describeError, VerifyError } from '../errors.ts';
import { asList, idOf, isRecord, parseJson, str } from '../json.ts';
import { assertAllowedAlg, type ParsedJws } from '../jws.ts';
import type { JwtResult } from '../jwt-flow.ts';
import { clipText, FORMAT_PHRASES, type CatalogMatch, type Format, type ReportLog } from '../report.ts';
import { linked, sameOrigin } from './documents.ts';

const UNKNOWN = new Set(['ERR_FETCH_NOT_ALLOWED', 'ERR_FETCH_FAILED']);

/** A CredentialView-shaped view of an OB 2.0 assertion, so the summary can show it. */
function view(
  a: Record<string, unknown>,
  badge: Record<string, unknown> | undefined,
  issuer: Record<string, unknown> | undefined,
): CredentialView {
  const issuedOn = str(a.issuedOn);
  const expires = str(a.expires);
  const issuerId = idOf(issuer) ?? (badge ? idOf(badge.issuer) : undefined);
  const issuerName = issuer ? str(issuer.name) : undefined;
  const id = str(a.id);
  return {
    raw: { ...a, ...(badge ? { name: badge.name, description: badge.description } : {}) },
    version: '1.1',
    contexts: asList(a['@context']).filter((c): c is string => typeof c === 'string'),
    types: asList(a.type).filter((t): t is string => typeof t === 'string'),
    isOpenBadge: true,
    ...(id ? { id } : {}),
    ...(issuerId ? { issuerId } : {}),
    ...(issuerName ? { issuerName } : {}),
    ...(issuedOn ? { validFrom: issuedOn } : {}),
    ...(expires ? { validUntil: expires } : {}),
    ...(badge
      ? {
          achievement: {
            ...badge,
            criteria: isRecord(badge.criteria) ? badge.criteria : { id: idOf(badge.criteria) },
          },
        }
      : {}),
  };
}

function structure(a: Record<string, unknown>, log: ReportLog): void {
  const problems: string[] = [];
  if (!str(a.id)) problems.push('no id');
  if (!asList(a.type).includes('Assertion')) problems.push('type is not Assertion');
  if (!isRecord(a.recipient) || typeof a.recipient.identity !== 'string')
    problems.push('no recipient identity');
  if (!a.badge) problems.push('no badge');
  if (!isRecord(a.verification)) problems.push('no verification object');
  if (parseDateTime(str(a.issuedOn)) === undefined && !/^\d{4}-\d{2}-\d{2}$/.test(str(a.issuedOn) ?? ''))
    problems.push('issuedOn is missing or not a date');
  if (problems.length)
    log.add('structure', 'fail', 'The assertion does not have the structure Open Badges 2.0 requires.', {
      detail: problems.join('; '),
      code: 'ERR_STRUCTURE',
    });
  else
    log.add(
      'structure',
      'pass',
      'The assertion is well-formed Open Badges 2.0 (an older version of the standard).',
    );
}

async function revocation(
  a: Record<string, unknown>,
  issuer: Record<string, unknown> | undefined,
  ctx: VerifyContext,
  log: ReportLog,
): Promise<void> {
  if (a.revoked === true) {
    log.add(
      'status',
      'fail',
      `The issuer has revoked this badge${str(a.revocationReason) ? `: ${clipText(str(a.revocationReason) ?? '', 300)}` : ''}.`,
      { code: 'ERR_REVOKED' },
    );
    return;
  }
  const listUrl = issuer ? idOf(issuer.revocationList) : undefined;
  if (!listUrl) {
    log.add('status', 'skip', 'The issuer publishes no revocation list.');
    return;
  }
  try {
    const list = await linked(listUrl, ctx.resources, 'revocation list');
    const revoked = asList(list.revokedAssertions).some(
      (r) =>
        (typeof r === 'string' ? r : (idOf(r) ?? (isRecord(r) ? str(r.uid) : undefined))) === a.id ||
        (isRecord(r) && r.uid !== undefined && r.uid === a.uid),
    );
    if (revoked)
      log.add('status', 'fail', "The issuer's revocation list says this badge was revoked.", {
        detail: listUrl,
        code: 'ERR_REVOKED',
      });
    else
      log.add('status', 'pass', "The issuer's revocation list does not list this badge.", {
        detail: listUrl,
      });
  } catch (e) {
    log.add(
      'status',
      'warn',
      `Could not check whether the badge was revoked. ${e instanceof Error ? e.message : ''}`,
      { detail: listUrl, code: e instanceof VerifyError ? e.code : 'ERR_STATUS_LIST' },
    );
  }
}

async function recipient(a: Record<string, unknown>, ctx: VerifyContext, log: ReportLog): Promise<void> {
  const r = isRecord(a.recipient) ? a.recipient : {};
  if (!ctx.recipientEmail?.trim()) {
    log.add(
      'recipient',
      'skip',
      "Type the earner's email address to check the badge was awarded to them. It is hashed in this browser and never sent.",
    );
    return;
  }
  if (r.type !== 'email') {
    log.add(
      'recipient',
      'warn',
      `The badge identifies its earner by ${String(r.type).slice(0, 30)}, not by email.`,
      { code: 'WARN_NO_EMAIL_IDENTIFIER' },
    );
    return;
  }
  const identity = str(r.identity) ?? '';
  const ok =
    r.hashed === true
      ? await matchesIdentityHash(ctx.recipientEmail, identity, str(r.salt) ?? '')
      : identity.toLowerCase() === ctx.recipientEmail.trim().toLowerCase();
  if (ok) log.add('recipient', 'pass', 'The badge was awarded to that email address.');
  else
    log.add('recipient', 'fail', 'The badge was not awarded to that email address.', {
      code: 'ERR_RECIPIENT_MISMATCH',
    });
}

function dates(a: Record<string, unknown>, ctx: VerifyContext, log: ReportLog): void {
  const expires = parseDateTime(str(a.expires));
  const issued = parseDateTime(str(a.issuedOn));
  if (issued !== undefined && issued > ctx.now + ctx.clockToleranceMs)
    log.add('dates', 'fail', `The badge is dated in the future (${str(a.issuedOn)}).`, {
      code: 'ERR_NOT_YET_VALID',
    });
  else if (expires !== undefined && expires < ctx.now - ctx.clockToleranceMs)
    log.add('dates', 'fail', `The badge expired on ${str(a.expires)}.`, { code: 'ERR_EXPIRED' });
  else
    log.add(
      'dates',
      'pass',
      `Issued on ${str(a.issuedOn) ?? 'an unstated date'}${expires ? `, valid until ${str(a.expires)}` : ', with no expiry date'}.`,
    );
}

/** The trusted key of a signed assertion: `creator`, linked from and to the issuer Profile. */
async function signedKey(
  a: Record<string, unknown>,
  issuer: Record<string, unknown>,
  ctx: VerifyContext,
): Promise<{ keyId: string; pem: string; linkedBothWays: boolean }> {
  const verification = isRecord(a.verification) ? a.verification : {};
  const declared = asList(issuer.publicKey)
    .map(idOf)
    .filter((x): x is string => Boolean(x));
  const keyId = idOf(verification.creator) ?? declared[0];
  if (!keyId)
    throw new VerifyError('ERR_KEY_UNRESOLVED', 'The assertion names no key, and its issuer declares none.');
  const key = await linked(keyId, ctx.resources, 'signing key');
  const pem = str(key.publicKeyPem);
  if (!pem || pem.length > 10_000)
    throw new VerifyError('ERR_KEY_INVALID', 'The key document has no PEM public key.');
  return { keyId, pem, linkedBothWays: idOf(key.owner) === idOf(issuer) && declared.includes(keyId) };
}

export async function verifyOb2Signed(
  jws: ParsedJws,
  container: string,
  ctx: VerifyContext,
  log: ReportLog,
  _match: CatalogMatch,
): Promise<JwtResult> {
  const format: Format = 'ob2-signed';
  const a = jws.payload as Record<string, unknown>;
  log.add('format', 'pass', `Read ${FORMAT_PHRASES[format]} from ${container}.`);
  structure(a, log);
  let badge: Record<string, unknown> | undefined;
  let issuer: Record<string, unknown> | undefined;
  try {
    const alg = assertAllowedAlg(jws.header);
    badge = await linked(a.badge, ctx.resources, 'badge class');
    issuer = await linked(badge.issuer, ctx.resources, 'issuer profile');
    const { keyId, pem, linkedBothWays } = await signedKey(a, issuer, ctx);
    let publicKey;
    try {
      publicKey = await importSPKI(pem, alg);
    } catch (e) {
      throw new VerifyError(
        'ERR_KEY_INVALID',
        `The issuer's key cannot make ${alg} signatures.`,
        describeError(e),
      );
    }
    try {
      await compactVerify(jws.token, publicKey, { algorithms: [alg] });
    } catch (e) {
      throw new VerifyError(
        'ERR_SIGNATURE_INVALID',
        "The signature does not match: the badge was changed after it was signed, or it was not signed with the issuer's key.",
        describeError(e),
      );
    }
    log.add('proof', 'pass', `The ${alg} signature is valid with the issuer's key.`, { detail: keyId });
    if (linkedBothWays)
      log.add(
        'key',
        'pass',
        "The key is declared in the issuer's profile and names the issuer as its owner.",
        { detail: keyId },
      );
    else
      log.add(
        'key',
        'fail',
        "The key that signed the badge is not linked both ways with the issuer's profile, so it does not speak for that issuer.",
        { detail: keyId, code: 'ERR_KEY_NOT_PUBLISHED' },
      );
  } catch (e) {
    const unknown = e instanceof VerifyError && UNKNOWN.has(e.code);
    log.add(
      'proof',
      unknown ? 'warn' : 'fail',
      e instanceof VerifyError
        ? unknown
          ? `The signature could not be checked: ${e.message}`
          : e.message
        : 'The signature could not be verified.',
      { detail: describeError(e), code: e instanceof VerifyError ? e.code : 'ERR_SIGNATURE_INVALID' },
    );
    log.stop(
      unknown
        ? "Not checked: the issuer's documents could not be fetched, so nothing else can be trusted."
        : 'Not checked: the signature failed, so nothing in this badge can be trusted.',
    );
    return { format, view: view(a, badge, issuer), credential: a };
  }
  return finish(a, badge, issuer, format, ctx, log);
}

async function finish(
  a: Record<string, unknown>,
  badge: Record<string, unknown>,
  issuer: Record<string, unknown>,
  format: Format,
  ctx: VerifyContext,
  log: ReportLog,
): Promise<JwtResult> {
  const v = view(a, badge, issuer);
  log.add(
    'issuer',
    'warn',
    `${str(issuer.name) ? `“${clipText(str(issuer.name) ?? '')}”` : 'The issuer'} is not registered in this catalog (it lists Open Badges 3.0 issuers), so the catalog does not vouch for it.`,
    { detail: idOf(issuer) ?? '', code: 'WARN_ISSUER_UNKNOWN' },
  );
  log.add('claims', 'skip', 'No token claims to compare in an Open Badges 2.0 assertion.');
  dates(a, ctx, log);
  await revocation(a, issuer, ctx, log);
  log.add('achievement', 'warn', 'The badge class is not a credential in this catalog.', {
    detail: idOf(badge) ?? '',
    code: 'WARN_ACHIEVEMENT_EXTERNAL',
  });
  log.add('endorsements', 'skip', 'Endorsements of Open Badges 2.0 assertions are not checked.');
  await recipient(a, ctx, log);
  return { format, view: v, credential: a };
}

/** A hosted assertion: pasted as its URL, or as JSON whose verification type is hosted. */
export async function verifyOb2(
  input: unknown,
  container: string,
  ctx: VerifyContext,
  log: ReportLog,
  _match: CatalogMatch,
): Promise<JwtResult> {
  const format: Format = 'ob2-hosted';
  const url = typeof input === 'string' ? input : isRecord(input) ? str(input.id) : undefined;
  const pasted = isRecord(input) ? input : undefined;
  if (
    pasted &&
    isRecord(pasted.verification) &&
    /^(SignedBadge|signed)$/.test(String(pasted.verification.type))
  ) {
    log.add(
      'format',
      'fail',
      'This is the JSON inside a signed Open Badges 2.0 badge; paste the signed token (or the baked image) instead, so the signature can be checked.',
      { code: 'ERR_NOT_A_BADGE' },
    );
    return { format: 'ob2-signed' };
  }
  log.add('format', 'pass', `Read ${FORMAT_PHRASES[format]} from ${container}.`);
  if (!url) {
    log.add('structure', 'fail', 'The assertion has no address to check it at.', { code: 'ERR_STRUCTURE' });
    return { format, ...(pasted ? { credential: pasted } : {}) };
  }
  let a: Record<string, unknown>;
  try {
    const doc = await ctx.resources.get(url, 'application/ld+json, application/json');
    if (doc.status === 410) {
      log.add('structure', 'skip', 'The issuer no longer serves the assertion.');
      log.add('proof', 'pass', "The issuer's server answered for this badge.", {
        detail: `${url}: HTTP 410 Gone`,
      });
      log.add('status', 'fail', 'The issuer has revoked this badge (its address answers “410 Gone”).', {
        detail: url,
        code: 'ERR_REVOKED',
      });
      log.stop('Not checked: the badge is revoked.');
      return { format };
    }
    if (doc.status !== 200)
      throw new VerifyError(
        'ERR_FETCH_FAILED',
        `The assertion address answered with HTTP ${doc.status}.`,
        url,
      );
    const json = parseJson(doc.body, { maxChars: 1_000_000 });
    if (!isRecord(json))
      throw new VerifyError('ERR_NOT_A_BADGE', 'The hosted assertion is not a JSON object.');
    a = json;
  } catch (e) {
    const unknown = e instanceof VerifyError && UNKNOWN.has(e.code);
    log.add(
      'proof',
      unknown ? 'warn' : 'fail',
      unknown
        ? `A hosted badge is checked by fetching it from its issuer, and that was not possible: ${e.message}`
        : e instanceof Error
          ? e.message
          : 'The hosted assertion could not be read.',
      { detail: url, code: e instanceof VerifyError ? e.code : 'ERR_FETCH_FAILED' },
    );
    log.stop('Not checked: a hosted badge can only be trusted as fetched from its issuer.');
    return { format, ...(pasted ? { credential: pasted } : {}) };
  }
  structure(a, log);
  let badge: Record<string, unknown>;
  let issuer: Record<string, unknown>;
  try {
    badge = await linked(a.badge, ctx.resources, 'badge class');
    issuer = await linked(badge.issuer, ctx.resources, 'issuer profile');
  } catch (e) {
    log.add(
      'proof',
      'warn',
      `The badge's issuer could not be looked up: ${e instanceof Error ? e.message : ''}`,
      { code: e instanceof VerifyError ? e.code : 'ERR_FETCH_FAILED' },
    );
    log.stop('Not checked: the issuer could not be looked up.');
    return { format, view: view(a, undefined, undefined), credential: a };
  }
  const issuerId = idOf(issuer) ?? '';
  const inScope = str(a.id) === url && sameOrigin(url, issuerId);
  if (inScope)
    log.add(
      'proof',
      'pass',
      "The assertion was fetched from its issuer's own domain, which is how a hosted badge is verified.",
      { detail: url },
    );
  else
    log.add(
      'proof',
      'fail',
      "The assertion is not hosted on its issuer's domain, so the issuer does not stand behind it.",
      { detail: `assertion ${url}; issuer ${issuerId}`, code: 'ERR_SIGNATURE_INVALID' },
    );
  log.add('key', 'skip', 'Hosted badges carry no signature key.');
  return finish(a, badge, issuer, format, ctx, log);
}
