/**
 * `verifyBadge`: one operation for the verify page, the CLI and the tests. Input is whatever
 * someone holds (JWT text, JSON, a data: URL, a baked PNG or SVG); output is a report whose
 * checks say, in plain words, what was found. Nothing throws past this function. The pipeline
 * is described in docs/architecture.md ("The verifier").
 *
 * @example
 * const report = await verifyBadge(pngBytes, { registry: catalogJson, recipientEmail: 'a@b.org' });
 * report.verdict; // 'verified' | 'warnings' | 'unverified' | 'invalid' | 'unreadable'
 */
import { CLOCK_TOLERANCE_MS } from './checks/dates.ts';
import type { VerifyContext } from './context.ts';
import { describeError, VerifyError } from './errors.ts';
import { verifyText } from './formats/dispatch.ts';
import type { Verified } from './formats/format.ts';
import { otherPayloads, readInput, type BadgeInput } from './input.ts';
import { fromError, problem } from './pipeline/check.ts';
import { notChecked, PIPELINE_IDS, toRow } from './pipeline/runner.ts';
import { headlineOf } from './headline.ts';
import { RegistryIndex, type Registry } from './registry.ts';
import { confirmedBy, verdictOf, type CatalogMatch, type Report } from './report.ts';
import { Resources, type ResourceOptions } from './resources.ts';
import { summarize } from './summary.ts';

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

export function contextFor(options: VerifyOptions = {}): VerifyContext {
  return {
    registry: indexFor(options.registry),
    resources: options.resources instanceof Resources ? options.resources : new Resources(options.resources),
    now: (options.now ?? new Date()).getTime(),
    clockToleranceMs: options.clockToleranceMs ?? CLOCK_TOLERANCE_MS,
    recipientEmail: options.recipientEmail,
  };
}

/** The report of input that is no badge at all: why, and nothing else checked. */
function unreadable(e: unknown): Verified {
  const row =
    e instanceof VerifyError
      ? fromError(e, 'this')
      : problem('ERR_UNREADABLE', 'The input could not be read as a badge.', describeError(e));
  return { format: 'unknown', rows: [toRow('format', row), ...notChecked(PIPELINE_IDS)] };
}

/** The catalog's entries for a confirmed badge: its issuer, and its credential with what a principal needs. */
function catalogMatch(subject: Verified['subject'], registry: RegistryIndex): CatalogMatch {
  const issuer = subject?.view?.issuerId ? registry.issuerByProfile(subject.view.issuerId) : undefined;
  const listed = subject?.listed;
  const entry = listed ? registry.credentialById(listed.id) : undefined;
  const stacks = (entry?.stacks ?? []).flatMap((id) => {
    const s = registry.stackById(id);
    return s ? [{ title: s.title, page: s.page }] : [];
  });
  return {
    ...(listed
      ? {
          credential: {
            ...listed,
            ...(entry?.hours === undefined ? {} : { hours: entry.hours }),
            ...(entry?.ceus === undefined ? {} : { ceus: entry.ceus }),
            ...(entry?.quality ? { quality: entry.quality } : {}),
            ...(stacks.length ? { stacks } : {}),
          },
        }
      : {}),
    ...(issuer ? { issuer: { id: issuer.id, name: issuer.name, page: issuer.page } } : {}),
  };
}

export async function verifyBadge(input: BadgeInput, options: VerifyOptions = {}): Promise<Report> {
  const ctx = contextFor(options);
  let container = 'input';
  const notes: string[] = [];
  let result: Verified;
  try {
    const badge = await readInput(input);
    container = badge.container;
    if (badge.baked?.extra)
      notes.push(
        `Only the first Open Badges payload in the image (${badge.baked.location}) was verified; the image also holds ${otherPayloads(badge.baked.extra)}, and other software may show one of those instead.`,
      );
    result = await verifyText(badge.text, container, ctx);
  } catch (e) {
    result = unreadable(e);
  }
  const { subject } = result;
  const view = subject?.view;
  const confirmed = confirmedBy(result.rows);
  const catalog = confirmed ? catalogMatch(subject, ctx.registry) : {};
  const verdict = verdictOf(result.rows);
  return {
    verdict,
    headline: headlineOf(verdict, result.rows),
    format: result.format,
    container,
    checks: result.rows,
    confirmed,
    summary: view ? summarize(view, catalog, ctx.registry, confirmed) : {},
    ...(subject?.credential ? { credential: subject.credential } : {}),
    catalog,
    notes,
  };
}
