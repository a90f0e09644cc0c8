/**
 * The namespace guard: who may change what in a pull request. Pure: it is given the changed
 * paths, the author, the issuer files as they are on the base branch (never as the pull
 * request has them, or a PR could add its own author) and as the PR leaves them, and the
 * catalog maintainers; it decides each file.
 *
 * - `content/credentials|status|images/<issuer>/…`: that issuer's maintainers (from the base
 *   issuer file) or catalog maintainers; anyone else is denied.
 * - `content/issuers/<issuer>.md(x)`: edited only by its maintainers or catalog maintainers; a
 *   new issuer, a removed one, a change to `keys` or to `maintainers` needs a catalog
 *   maintainer's review, whoever makes it.
 * - `.github/catalog-maintainers.txt`: catalog maintainers only, and reviewed.
 * - Shared content (stacks, rubrics, glossary) edited, and anything outside content/ (code,
 *   checks, workflows), need a catalog maintainer's review unless one made the change.
 * - Symbolic links and unsafe paths are denied everywhere.
 */
import type { Problem } from './problems.ts';
import { unsafePathReason } from './rules/files.ts';
import { parseSource } from './source.ts';

export type ChangeStatus = 'A' | 'M' | 'D' | 'R';

export interface Change {
  status: ChangeStatus;
  /** The path after the change (for a rename, the new path). */
  path: string;
  /** For a rename: the path before. */
  from?: string;
  /** Git file mode after the change, e.g. "100644"; "120000" is a symbolic link. */
  mode?: string;
}

export interface GuardInput {
  changes: readonly Change[];
  /** The pull request author's GitHub login. */
  author: string;
  /** Issuer files on the base branch: path → text. */
  baseIssuers: ReadonlyMap<string, string>;
  /** Issuer files the pull request adds or changes, as it leaves them: path → text. */
  headIssuers: ReadonlyMap<string, string>;
  /** Catalog maintainers' GitHub logins (from the base branch). */
  catalogMaintainers: readonly string[];
}

export type Decision = 'allowed' | 'denied' | 'needs-review';

export interface Reason {
  message: string;
  /** Problem code when it is not the decision's own ("namespace" or "needs-review"). */
  code?: string;
  hint?: string;
  line?: number;
  field?: string;
}

export interface FileDecision {
  path: string;
  status: ChangeStatus;
  decision: Decision;
  reasons: Reason[];
}

export interface GuardResult {
  decisions: FileDecision[];
  /** False when any file is denied. */
  ok: boolean;
  needsReview: boolean;
}

export const CATALOG_MAINTAINERS_FILE = '.github/catalog-maintainers.txt';
export const CODEOWNERS_FILE = '.github/CODEOWNERS';

/** Logins from the catalog maintainers file: one per line, `#` comments, an optional "@". */
export function parseMaintainersFile(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim().replace(/^@/, ''))
    .filter((l) => l.length > 0);
}

const FILE_HINT =
  'Commit regular files with plain names (lower-case letters, digits, hyphens): links and unusual names can reach outside the repository.';

const ISSUER_FILE = /^content\/issuers\/([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx?$/;
const NAMESPACED = /^content\/(credentials|status|images)\/([^/]+)\//;

interface IssuerView {
  maintainers: string[];
  keys: Map<string, Record<string, unknown>>;
  /** Line of a top-level field, for pointing at it. */
  lineOf(field: 'keys' | 'maintainers'): number;
  readable: boolean;
}

function readIssuer(path: string, text: string | undefined): IssuerView | undefined {
  if (text === undefined) return undefined;
  const { source } = parseSource({ path, text });
  const data = (source?.data ?? {}) as { maintainers?: unknown; keys?: unknown };
  const maintainers = Array.isArray(data.maintainers)
    ? data.maintainers.filter((m): m is string => typeof m === 'string')
    : [];
  const keys = new Map<string, Record<string, unknown>>();
  if (Array.isArray(data.keys)) {
    data.keys.forEach((k, i) => {
      if (k && typeof k === 'object')
        keys.set(keyName(k as Record<string, unknown>, i), k as Record<string, unknown>);
    });
  }
  return { maintainers, keys, lineOf: (f) => source?.locate([f]).line ?? 1, readable: source !== undefined };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a, jsonDates) === JSON.stringify(b, jsonDates);
function jsonDates(this: unknown, _key: string, value: unknown) {
  return value instanceof Date ? value.toISOString() : value;
}
const day = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));

/** What changed in an issuer's published keys, in plain words. */
export function describeKeyChanges(
  before: ReadonlyMap<string, Record<string, unknown>>,
  after: ReadonlyMap<string, Record<string, unknown>>,
): string[] {
  const out: string[] = [];
  for (const [kid, k] of after) {
    const old = before.get(kid);
    if (!old) {
      out.push(`adds key ${kid}${typeof k.alg === 'string' ? ` (${k.alg})` : ''}`);
      continue;
    }
    if (!same(old.jwk, k.jwk))
      out.push(
        `changes the key material of ${kid} but keeps its kid: that makes it a different key under an old name`,
      );
    if (!same(old.alg, k.alg)) out.push(`changes the algorithm of key ${kid}`);
    if (!same(old.validFrom, k.validFrom))
      out.push(`moves validFrom of key ${kid} from ${day(old.validFrom)} to ${day(k.validFrom)}`);
    if (!same(old.validUntil, k.validUntil))
      out.push(
        k.validUntil === undefined
          ? `removes validUntil from key ${kid}, so it could sign again`
          : `sets validUntil of key ${kid} to ${day(k.validUntil)}`,
      );
    if (old.revoked !== undefined && k.revoked === undefined)
      out.push(`lifts the revocation of key ${kid}: a revoked key must stay revoked`);
    else if (!same(old.revoked, k.revoked))
      out.push(old.revoked === undefined ? `revokes key ${kid}` : `changes the revocation of key ${kid}`);
  }
  for (const kid of before.keys())
    if (!after.has(kid))
      out.push(`removes key ${kid}: badges it signed would stop verifying (revoke or retire it instead)`);
  return out;
}

const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));

export function guardChanges(input: GuardInput): GuardResult {
  const author = input.author.toLowerCase();
  const catalog = lower(input.catalogMaintainers);
  const isCatalog = catalog.has(author);
  const catalogNames = input.catalogMaintainers.length ? input.catalogMaintainers.join(', ') : 'none listed';

  const issuerPath = (map: ReadonlyMap<string, string>, id: string) =>
    [`content/issuers/${id}.md`, `content/issuers/${id}.mdx`].find((p) => map.has(p));
  const baseIssuer = (id: string) => {
    const p = issuerPath(input.baseIssuers, id);
    return p ? readIssuer(p, input.baseIssuers.get(p)) : undefined;
  };
  const addedIssuers = new Set(
    input.changes.filter((c) => c.status === 'A' || c.status === 'R').map((c) => c.path),
  );

  const decisions: FileDecision[] = [];
  const decide = (path: string, status: ChangeStatus, decision: Decision, ...reasons: Reason[]) =>
    decisions.push({ path, status, decision, reasons });

  const one = (path: string, status: ChangeStatus, mode: string | undefined) => {
    const unsafe = unsafePathReason(path);
    if (unsafe)
      return decide(path, status, 'denied', { code: 'path', message: `path ${unsafe}`, hint: FILE_HINT });
    if (mode === '120000' && status !== 'D')
      return decide(path, status, 'denied', {
        code: 'symlink',
        message: 'is a symbolic link; links can point outside the repository',
        hint: FILE_HINT,
      });

    const ns = NAMESPACED.exec(path);
    if (ns?.[2]) {
      const id = ns[2];
      const where = `content/${ns[1]}/${id}/`;
      const base = baseIssuer(id);
      if (base) {
        const owners = lower(base.maintainers);
        if (owners.has(author) || isCatalog) return decide(path, status, 'allowed');
        return decide(path, status, 'denied', {
          message: `is in ${id}'s namespace (${where}); only its maintainers (${base.maintainers.join(', ') || 'none listed'}) or catalog maintainers may change it, and ${input.author} is neither`,
        });
      }
      const newPath = [...addedIssuers].find(
        (p) => p === `content/issuers/${id}.md` || p === `content/issuers/${id}.mdx`,
      );
      const created = newPath ? readIssuer(newPath, input.headIssuers.get(newPath)) : undefined;
      if (created && (lower(created.maintainers).has(author) || isCatalog))
        return decide(path, status, 'allowed');
      return decide(path, status, 'denied', {
        message: created
          ? `is in the namespace of the new issuer ${id}, whose maintainers (${created.maintainers.join(', ')}) do not include ${input.author}`
          : `is in ${where}, but there is no issuer "${id}" on the base branch or in this pull request`,
      });
    }

    const issuerId = ISSUER_FILE.exec(path)?.[1];
    if (issuerId) {
      const base = input.baseIssuers.has(path) ? readIssuer(path, input.baseIssuers.get(path)) : undefined;
      const head = status === 'D' ? undefined : readIssuer(path, input.headIssuers.get(path));
      if (!base) {
        if (!head) return decide(path, status, 'needs-review', { message: 'could not be read' });
        if (!lower(head.maintainers).has(author) && !isCatalog) {
          return decide(path, status, 'denied', {
            message: `adds issuer ${issuerId} without listing ${input.author} among its maintainers`,
            line: head.lineOf('maintainers'),
            field: 'maintainers',
          });
        }
        return decide(path, status, 'needs-review', {
          message: `adds a new issuer, ${issuerId}: a catalog maintainer confirms who they are and their keys before it is merged`,
          line: 1,
        });
      }
      const owners = lower(base.maintainers);
      if (!owners.has(author) && !isCatalog) {
        return decide(path, status, 'denied', {
          message: `is ${issuerId}'s issuer file; only its maintainers (${base.maintainers.join(', ') || 'none listed'}) or catalog maintainers may change it, and ${input.author} is neither`,
        });
      }
      if (!head)
        return decide(path, status, 'needs-review', {
          message: `removes issuer ${issuerId}: every badge it issued would stop verifying`,
        });
      if (!head.readable)
        return decide(path, status, 'needs-review', {
          message: 'could not be read to compare its keys and maintainers (see npm run check)',
        });
      const reasons: Reason[] = [];
      const keyChanges = describeKeyChanges(base.keys, head.keys);
      if (keyChanges.length)
        reasons.push({
          message: `changes ${issuerId}'s published keys: ${keyChanges.join('; ')}`,
          line: head.lineOf('keys'),
          field: 'keys',
        });
      const before = [...owners];
      const after = [...lower(head.maintainers)];
      const added = after.filter((m) => !owners.has(m));
      const removed = before.filter((m) => !after.includes(m));
      if (added.length || removed.length) {
        const parts = [
          added.length ? `adds ${added.join(', ')}` : '',
          removed.length ? `removes ${removed.join(', ')}` : '',
        ].filter(Boolean);
        reasons.push({
          message: `changes who maintains ${issuerId}: ${parts.join('; ')}`,
          line: head.lineOf('maintainers'),
          field: 'maintainers',
        });
      }
      return reasons.length
        ? decide(path, status, 'needs-review', ...reasons)
        : decide(path, status, 'allowed');
    }

    if (path === CATALOG_MAINTAINERS_FILE) {
      if (!isCatalog)
        return decide(path, status, 'denied', {
          message: `lists the catalog maintainers (${catalogNames}); only they may change it`,
        });
      return decide(path, status, 'needs-review', { message: 'changes who the catalog maintainers are' });
    }
    if (path === CODEOWNERS_FILE) return decide(path, status, 'allowed'); // generated; npm run codeowners -- --check verifies it
    if (isCatalog) return decide(path, status, 'allowed');
    if (path.startsWith('content/')) {
      if (status === 'A') return decide(path, status, 'allowed');
      return decide(path, status, 'needs-review', {
        message: 'changes shared content (stacks, rubrics, glossary) that other issuers rely on',
      });
    }
    return decide(path, status, 'needs-review', { message: "changes the site's code, checks or workflows" });
  };

  for (const c of input.changes) {
    if (c.status === 'R' && c.from !== undefined) {
      one(c.from, 'D', undefined);
      one(c.path, 'A', c.mode);
    } else one(c.path, c.status, c.mode);
  }
  return {
    decisions,
    ok: !decisions.some((d) => d.decision === 'denied'),
    needsReview: decisions.some((d) => d.decision === 'needs-review'),
  };
}

const HINTS: Record<Exclude<Decision, 'allowed'>, string> = {
  denied:
    "Change only your own issuer's files (content/credentials/<issuer>/ and the like), as listed in your issuer file's maintainers. Ask that issuer's maintainers, or a catalog maintainer, for anything else.",
  'needs-review':
    'Nothing to fix: a catalog maintainer reviews this part of the pull request before it is merged.',
};

/** The guard's findings as content problems: denials are errors, reviews warnings. */
export function guardProblems(result: GuardResult): Problem[] {
  return result.decisions.flatMap((d) => {
    const decision = d.decision;
    if (decision === 'allowed') return [];
    return d.reasons.map((r): Problem => ({
      code: r.code ?? (decision === 'denied' ? 'namespace' : 'needs-review'),
      severity: decision === 'denied' ? 'error' : 'warning',
      file: d.path,
      line: r.line ?? 1,
      ...(r.field ? { field: r.field } : {}),
      message: r.message,
      hint: r.hint ?? HINTS[decision],
    }));
  });
}

/** A key's name in a diff: its `kid`, or its position when it has none. */
function keyName(k: Record<string, unknown>, i: number): string {
  return typeof k.kid === 'string' ? k.kid : `#${i}`;
}
