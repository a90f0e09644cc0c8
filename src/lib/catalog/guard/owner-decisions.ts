/**
 * The guard's decisions for owned files: files in an issuer's or recognizer's folders, and the
 * issuer and recognizer files themselves.
 */
import { ownerFilePaths, type OwnerKind } from '../owners.ts';
import { describeKeyChanges } from './key-changes.ts';
import type { OwnerView } from './owner-file.ts';
import type { Decision, Reason } from './types.ts';

export interface Context {
  author: string;
  /** Lower-cased. */
  authorKey: string;
  isCatalog: boolean;
  /** The owner's file on the base branch, read. */
  base(kind: OwnerKind, id: string): OwnerView | undefined;
  /** The owner's file as the pull request adds it (only when it adds or renames it in). */
  added(kind: OwnerKind, id: string): OwnerView | undefined;
}

export type Verdict = { decision: Decision; reasons: Reason[] };

const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
const names = (v: OwnerView) => v.maintainers.join(', ') || 'none listed';
const allow: Verdict = { decision: 'allowed', reasons: [] };
const deny = (message: string, extra: Omit<Reason, 'message'> = {}): Verdict => ({
  decision: 'denied',
  reasons: [{ message, ...extra }],
});
const review = (...reasons: Reason[]): Verdict => ({ decision: 'needs-review', reasons });

/** A file in an owner's folder, e.g. content/credentials/<issuer>/x.mdx or content/policies/<recognizer>/x.md. */
export function decideFolder(ctx: Context, kind: OwnerKind, id: string, folder: string): Verdict {
  const where = `content/${folder}/${id}/`;
  const base = ctx.base(kind, id);
  if (base) {
    if (lower(base.maintainers).has(ctx.authorKey) || ctx.isCatalog) return allow;
    return deny(
      `is in ${id}'s namespace (${where}); only its maintainers (${names(base)}) or catalog maintainers may change it, and ${ctx.author} is neither`,
    );
  }
  const created = ctx.added(kind, id);
  if (created && (lower(created.maintainers).has(ctx.authorKey) || ctx.isCatalog)) return allow;
  return deny(
    created
      ? `is in the namespace of the new ${kind} ${id}, whose maintainers (${created.maintainers.join(', ')}) do not include ${ctx.author}`
      : `is in ${where}, but there is no ${kind} "${id}" on the base branch or in this pull request`,
  );
}

const REMOVED: Record<OwnerKind, string> = {
  issuer: 'every badge it issued would stop verifying',
  recognizer: 'its recognition rules would disappear from every credential they name',
};

/** An issuer or recognizer file. `head` is undefined when the pull request deletes it. */
export function decideOwnerFile(
  ctx: Context,
  kind: OwnerKind,
  id: string,
  base: OwnerView | undefined,
  head: OwnerView | undefined,
): Verdict {
  if (!base) {
    if (!head) return review({ message: 'could not be read' });
    if (!lower(head.maintainers).has(ctx.authorKey) && !ctx.isCatalog)
      return deny(`adds ${kind} ${id} without listing ${ctx.author} among its maintainers`, {
        line: head.lineOf('maintainers'),
        field: 'maintainers',
      });
    return review({
      message:
        kind === 'issuer'
          ? `adds a new issuer, ${id}: a catalog maintainer confirms who they are and their keys before it is merged`
          : `adds a new recognizer, ${id}: a catalog maintainer confirms who they are before it is merged`,
      line: 1,
    });
  }
  const owners = lower(base.maintainers);
  if (!owners.has(ctx.authorKey) && !ctx.isCatalog)
    return deny(
      `is ${id}'s ${kind} file; only its maintainers (${names(base)}) or catalog maintainers may change it, and ${ctx.author} is neither`,
    );
  if (!head) return review({ message: `removes ${kind} ${id}: ${REMOVED[kind]}` });
  if (!head.readable)
    return review({ message: 'could not be read to compare its keys and maintainers (see npm run check)' });
  const reasons: Reason[] = [];
  const keyChanges = describeKeyChanges(base.keys, head.keys);
  if (keyChanges.length)
    reasons.push({
      message: `changes ${id}'s published keys: ${keyChanges.join('; ')}`,
      line: head.lineOf('keys'),
      field: 'keys',
    });
  const after = [...lower(head.maintainers)];
  const added = after.filter((m) => !owners.has(m));
  const removed = [...owners].filter((m) => !after.includes(m));
  if (added.length || removed.length) {
    const parts = [
      added.length ? `adds ${added.join(', ')}` : '',
      removed.length ? `removes ${removed.join(', ')}` : '',
    ].filter(Boolean);
    reasons.push({
      message: `changes who maintains ${id}: ${parts.join('; ')}`,
      line: head.lineOf('maintainers'),
      field: 'maintainers',
    });
  }
  return reasons.length ? review(...reasons) : allow;
}

/** The owner's file path in a map, in either spelling. */
export const pathIn = (map: ReadonlyMap<string, string>, kind: OwnerKind, id: string) =>
  ownerFilePaths(kind, id).find((p) => map.has(p));
