/**
 * The namespace guard: who may change what in a pull request. Pure: it is given the changed
 * paths, the author, the issuer and recognizer files as they are on the base branch (never as
 * the pull request has them, or a PR could add its own author) and as the PR leaves them, and
 * the catalog maintainers; it decides each file. Owners and their folders: owners.ts.
 *
 * - `content/credentials|status|images/<issuer>/…`: that issuer's maintainers (from the base
 *   issuer file) or catalog maintainers; anyone else is denied. Likewise
 *   `content/policies/<recognizer>/…` for a recognizer's maintainers.
 * - `content/issuers/<issuer>.md(x)` and `content/recognizers/<recognizer>.md(x)`: edited only
 *   by its maintainers or catalog maintainers; a new one, a removed one, a change to `keys` or
 *   to `maintainers` needs a catalog maintainer's review, whoever makes it.
 * - `.github/catalog-maintainers.txt`: catalog maintainers only, and reviewed.
 * - Shared content (stacks, rubrics, glossary) edited, and anything outside content/ (code,
 *   checks, workflows), need a catalog maintainer's review unless one made the change.
 * - Symbolic links and unsafe paths are denied everywhere.
 */
import { ownerFileOf, ownerFolderOf, type OwnerKind } from './owners.ts';
import type { Problem } from './problems.ts';
import { unsafePathReason } from './rules/files.ts';
import {
  decideFolder,
  decideOwnerFile,
  pathIn,
  type Context,
  type Verdict,
} from './guard/owner-decisions.ts';
import { readOwnerFile } from './guard/owner-file.ts';
import {
  CATALOG_MAINTAINERS_FILE,
  CODEOWNERS_FILE,
  type ChangeStatus,
  type Decision,
  type FileDecision,
  type GuardInput,
  type GuardResult,
} from './guard/types.ts';

export * from './guard/types.ts';
export { describeKeyChanges } from './guard/key-changes.ts';

const FILE_HINT =
  'Commit regular files with plain names (lower-case letters, digits, hyphens): links and unusual names can reach outside the repository.';

export function guardChanges(input: GuardInput): GuardResult {
  const authorKey = input.author.toLowerCase();
  const isCatalog = input.catalogMaintainers.some((m) => m.toLowerCase() === authorKey);
  const catalogNames = input.catalogMaintainers.length ? input.catalogMaintainers.join(', ') : 'none listed';
  const baseFiles: Record<OwnerKind, ReadonlyMap<string, string>> = {
    issuer: input.baseIssuers,
    recognizer: input.baseRecognizers ?? new Map(),
  };
  const headFiles: Record<OwnerKind, ReadonlyMap<string, string>> = {
    issuer: input.headIssuers,
    recognizer: input.headRecognizers ?? new Map(),
  };
  const addedPaths = new Set(
    input.changes.filter((c) => c.status === 'A' || c.status === 'R').map((c) => c.path),
  );
  const ctx: Context = {
    author: input.author,
    authorKey,
    isCatalog,
    base: (kind, id) => {
      const p = pathIn(baseFiles[kind], kind, id);
      return p ? readOwnerFile(p, baseFiles[kind].get(p)) : undefined;
    },
    added: (kind, id) => {
      const p = pathIn(headFiles[kind], kind, id);
      return p && addedPaths.has(p) ? readOwnerFile(p, headFiles[kind].get(p)) : undefined;
    },
  };

  const decisions: FileDecision[] = [];
  const decide = (path: string, status: ChangeStatus, v: Verdict) =>
    decisions.push({ path, status, decision: v.decision, reasons: v.reasons });
  const verdict = (decision: Decision, message?: string, code?: string, hint?: string): Verdict => ({
    decision,
    reasons: message ? [{ message, ...(code ? { code } : {}), ...(hint ? { hint } : {}) }] : [],
  });

  const one = (path: string, status: ChangeStatus, mode: string | undefined): Verdict => {
    const unsafe = unsafePathReason(path);
    if (unsafe) return verdict('denied', `path ${unsafe}`, 'path', FILE_HINT);
    if (mode === '120000' && status !== 'D')
      return verdict(
        'denied',
        'is a symbolic link; links can point outside the repository',
        'symlink',
        FILE_HINT,
      );

    const folder = ownerFolderOf(path);
    if (folder) return decideFolder(ctx, folder.kind, folder.id, folder.folder);

    const owner = ownerFileOf(path);
    if (owner) {
      const base = baseFiles[owner.kind].has(path)
        ? readOwnerFile(path, baseFiles[owner.kind].get(path))
        : undefined;
      const head = status === 'D' ? undefined : readOwnerFile(path, headFiles[owner.kind].get(path));
      return decideOwnerFile(ctx, owner.kind, owner.id, base, head);
    }

    if (path === CATALOG_MAINTAINERS_FILE) {
      if (!isCatalog)
        return verdict('denied', `lists the catalog maintainers (${catalogNames}); only they may change it`);
      return verdict('needs-review', 'changes who the catalog maintainers are');
    }
    if (path === CODEOWNERS_FILE) return verdict('allowed'); // generated; npm run codeowners -- --check verifies it
    if (isCatalog) return verdict('allowed');
    if (path.startsWith('content/')) {
      if (status === 'A') return verdict('allowed');
      return verdict(
        'needs-review',
        'changes shared content (stacks, rubrics, glossary) that other issuers rely on',
      );
    }
    return verdict('needs-review', "changes the site's code, checks or workflows");
  };

  for (const c of input.changes) {
    if (c.status === 'R' && c.from !== undefined) {
      decide(c.from, 'D', one(c.from, 'D', undefined));
      decide(c.path, 'A', one(c.path, 'A', c.mode));
    } else decide(c.path, c.status, one(c.path, c.status, c.mode));
  }
  return {
    decisions,
    ok: !decisions.some((d) => d.decision === 'denied'),
    needsReview: decisions.some((d) => d.decision === 'needs-review'),
  };
}

const HINTS: Record<Exclude<Decision, 'allowed'>, string> = {
  denied:
    "Change only your own files: your issuer's or recognizer's file and its folders (content/credentials/<issuer>/, content/policies/<recognizer>/ and the like), as its maintainers list says. Ask their maintainers, or a catalog maintainer, for anything else.",
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
