/**
 * `verifyBadge`: one operation for the verify page, the CLI and the tests. Input is whatever
 * someone holds (JWT text, JSON, a data: URL, a baked PNG or SVG); output is a report whose
 * checks say, in plain words, what was found. Nothing throws past this function.
 *
 * @example
 * const report = await verifyBadge(pngBytes, { registry: catalogJson, recipientEmail: 'a@b.org' });
 * report.verdict; // 'verified' | 'warnings' | 'invalid' | 'unreadable'
 */
import type { SignedList } from './checks/status.ts';
import type { VerifyContext } from './context.ts';
import { describeError, VerifyError } from './errors.ts';
import { otherPayloads, readInput, type BadgeInput } from './input.ts';
import { isRecord, parseJson, str } from './json.ts';
import { COMPACT_JWS, parseCompactJws } from './jws.ts';
import { verifyJwt, verifyJwtDocument, type JwtResult } from './jwt-flow.ts';
import { RegistryIndex, type Registry } from './registry.ts';
import { ReportLog, verdictOf, type CatalogMatch, type Report } from './report.ts';
import { Resources, type ResourceOptions } from './resources.ts';
import { summarize } from './summary.ts';
import { CLOCK_TOLERANCE_MS } from './checks/dates.ts';
import { isOb2Assertion, verifyJsonBadge, verifyJsonDocument } from './json-flow.ts';
import { checkEndorsements } from './checks/endorsements.ts';

export interface VerifyOptions {
  /** What this catalog vouches for (its /catalog.json). Without it, nothing is "verified by this catalog". */
  registry?: Registry | RegistryIndex;
  /** The clock, for tests and the CLI's --now. */
  now?: Date;
  /** The earner's email, typed by the person verifying; hashed locally. */
  recipientEmail?: string;
  /** Local documents and the network policy (off unless a fetcher is given). */
  resources?: ResourceOptions | Resources;
  clockToleranceMs?: number;
}

const MAX_ENVELOPE_DEPTH = 2;

export async function verifyBadge(input: BadgeInput, options: VerifyOptions = {}): Promise<Report> {
  const registry = indexFor(options.registry);
  const resources =
    options.resources instanceof Resources ? options.resources : new Resources(options.resources);
  const log = new ReportLog();
  const match: CatalogMatch = {};
  const ctx: VerifyContext = {
    registry,
    resources,
    now: (options.now ?? new Date()).getTime(),
    clockToleranceMs: options.clockToleranceMs ?? CLOCK_TOLERANCE_MS,
    recipientEmail: options.recipientEmail,
    verifyList: (text) => cachedList(registry, text, () => verifyListDocument(text, ctx)),
    checkEndorsements: (v, l) => checkEndorsements(v, ctx, l),
  };
  let result: JwtResult = { format: 'unknown' };
  let container = 'input';
  const notes: string[] = [];
  try {
    const badge = await readInput(input);
    container = badge.container;
    if (badge.baked?.extra)
      notes.push(
        `Only the first Open Badges payload in the image (${badge.baked.location}) was verified; the image also holds ${otherPayloads(badge.baked.extra)}, and other software may show one of those instead.`,
      );
    result = await verifyText(badge.text, container, ctx, log, match, 0);
  } catch (e) {
    if (!log.checks.some((c) => c.id === 'format')) {
      log.add(
        'format',
        'fail',
        e instanceof VerifyError ? e.message : 'The input could not be read as a badge.',
        { detail: describeError(e), code: e instanceof VerifyError ? e.code : 'ERR_UNREADABLE' },
      );
    } else {
      // An unexpected error after the badge was read: report it as unknown, never as a pass.
      log.add('proof', 'warn', 'Verification stopped on an unexpected error; the result is incomplete.', {
        detail: describeError(e),
        code: 'ERR_INTERNAL',
      });
      log.stop('Not checked: verification stopped early.');
    }
  }
  const checks = log.finish();
  const issuer = result.view?.issuerId ? registry.issuerByProfile(result.view.issuerId) : undefined;
  if (issuer) match.issuer = { id: issuer.id, name: issuer.name, page: issuer.page };
  return {
    verdict: verdictOf(checks),
    format: result.format,
    container,
    checks,
    summary: result.view ? summarize(result.view, match, registry) : {},
    ...(result.credential ? { credential: result.credential } : {}),
    catalog: match,
    notes,
  };
}

async function verifyText(
  text: string,
  container: string,
  ctx: VerifyContext,
  log: ReportLog,
  match: CatalogMatch,
  depth: number,
): Promise<JwtResult> {
  if (COMPACT_JWS.test(text)) {
    let jws;
    try {
      jws = parseCompactJws(text);
    } catch (e) {
      log.add('format', 'fail', e instanceof VerifyError ? e.message : 'The token could not be read.', {
        detail: describeError(e),
        code: e instanceof VerifyError ? e.code : 'ERR_JWS_MALFORMED',
      });
      return { format: 'unknown' };
    }
    if (isOb2Assertion(jws.payload)) {
      const { verifyOb2Signed } = await import('./ob2/index.ts');
      return verifyOb2Signed(jws, container, ctx, log, match);
    }
    return verifyJwt(jws, container, ctx, log, match);
  }
  if (text.startsWith('{') || text.startsWith('[')) {
    const json = parseJson(text);
    const enveloped = envelopedToken(json);
    if (enveloped !== undefined) {
      if (depth >= MAX_ENVELOPE_DEPTH)
        throw new VerifyError('ERR_UNREADABLE', 'The credential is wrapped too many times.');
      return verifyText(enveloped, `${container}, enveloped`, ctx, log, match, depth + 1);
    }
    return verifyJsonBadge(json, container, ctx, log, match);
  }
  if (/^https?:\/\/\S+$/.test(text)) {
    return verifyJsonBadge(text, container, ctx, log, match);
  }
  throw new VerifyError(
    'ERR_NOT_A_BADGE',
    'This does not look like a badge: paste a token (three parts separated by dots), JSON, or drop a PNG or SVG badge image.',
  );
}

/** An EnvelopedVerifiableCredential carries its token in a data: URL id (VC 2.0 §4.13). */
function envelopedToken(json: unknown): string | undefined {
  if (!isRecord(json)) return undefined;
  const types = Array.isArray(json.type) ? json.type : [json.type];
  if (!types.includes('EnvelopedVerifiableCredential')) return undefined;
  const id = str(json.id) ?? '';
  const m = /^data:application\/(?:vc\+jwt|jwt|vc\+ld\+json\+jwt)[^,]*,(.+)$/s.exec(id);
  if (!m?.[1]) throw new VerifyError('ERR_UNREADABLE', 'The enveloped credential does not carry a VC-JWT.');
  return m[1];
}

/** Verifies a status list document: a JWS (our lists) or JSON with an embedded proof. */
/** One index per registry object, so repeated verifications (the verify page) share it. */
const indexes = new WeakMap<Registry, RegistryIndex>();
function indexFor(r: Registry | RegistryIndex | undefined): RegistryIndex {
  if (r instanceof RegistryIndex) return r;
  if (!r) return RegistryIndex.empty();
  let index = indexes.get(r);
  if (!index) {
    index = new RegistryIndex(r);
    indexes.set(r, index);
  }
  return index;
}

/**
 * A status list's signature is checked once per registry and list text: its verdict depends only
 * on those (the same bytes, the same published keys). Failures are not kept.
 */
const listCache = new WeakMap<RegistryIndex, Map<string, Promise<SignedList>>>();
function cachedList(
  registry: RegistryIndex,
  text: string,
  verify: () => Promise<SignedList>,
): Promise<SignedList> {
  let lists = listCache.get(registry);
  if (!lists) {
    lists = new Map();
    listCache.set(registry, lists);
  }
  const hit = lists.get(text);
  if (hit) return hit;
  const p = verify();
  if (lists.size >= 32) lists.delete(lists.keys().next().value ?? '');
  lists.set(text, p);
  p.catch(() => lists.delete(text));
  return p;
}

async function verifyListDocument(text: string, ctx: VerifyContext): Promise<SignedList> {
  const trimmed = text.trim();
  if (COMPACT_JWS.test(trimmed)) {
    const { credential, key } = await verifyJwtDocument(parseCompactJws(trimmed), ctx);
    return {
      credential,
      thumbprint: key.thumbprint,
      ...(key.controller ? { controller: key.controller } : {}),
      ...(key.catalog ? { catalogIssuer: key.catalog.issuer.id } : {}),
      how: `JWS signature checked with ${key.catalog ? `${key.catalog.issuer.name}'s published key` : `key ${key.thumbprint}`}`,
    };
  }
  return verifyJsonDocument(parseJson(trimmed, { maxChars: 4_000_000 }), ctx);
}
