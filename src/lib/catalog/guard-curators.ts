/**
 * A stack names the issuer that curates it, and the page presents it as that issuer's. Anyone
 * may propose a stack, but one that names another issuer as curator is that issuer's to accept:
 * the guard flags it for review by the named curator's maintainers (as the base branch lists
 * them, or as a new issuer in the same pull request lists them). Pure.
 */
import type { GuardFinding } from './guard-secrets.ts';
import type { Change } from './namespace.ts';
import { parseSource } from './source.ts';

const STACK_FILE = /^content\/stacks\/[^/]+\.mdx?$/;

export interface CuratorInput {
  changes: readonly Change[];
  author: string;
  /** Stack files the pull request adds or changes, as it leaves them: path → text. */
  headStacks: ReadonlyMap<string, string>;
  /** Issuer files on the base branch, and those the pull request adds or changes: path → text. */
  baseIssuers: ReadonlyMap<string, string>;
  headIssuers: ReadonlyMap<string, string>;
  catalogMaintainers: readonly string[];
}

function maintainersOf(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  const data = parseSource({ path: 'issuer.md', text }).source?.data as { maintainers?: unknown } | undefined;
  return Array.isArray(data?.maintainers)
    ? data.maintainers.filter((m): m is string => typeof m === 'string')
    : [];
}

export function curatorFindings(input: CuratorInput): GuardFinding[] {
  const author = input.author.toLowerCase();
  if (input.catalogMaintainers.some((m) => m.toLowerCase() === author)) return [];
  const out: GuardFinding[] = [];
  for (const c of input.changes) {
    if (c.status === 'D' || !STACK_FILE.test(c.path)) continue;
    const text = input.headStacks.get(c.path);
    const source = text === undefined ? undefined : parseSource({ path: c.path, text }).source;
    const curator = (source?.data as { curator?: unknown } | undefined)?.curator;
    if (!source || typeof curator !== 'string') continue;
    const file = (m: ReadonlyMap<string, string>) =>
      m.get(`content/issuers/${curator}.md`) ?? m.get(`content/issuers/${curator}.mdx`);
    // The base branch decides who maintains an existing issuer; a pull request cannot add itself.
    const maintainers = maintainersOf(file(input.baseIssuers)) ?? maintainersOf(file(input.headIssuers));
    if (maintainers === undefined) continue; // no such issuer: the content check reports the reference
    if (maintainers.some((m) => m.toLowerCase() === author)) continue;
    const who = maintainers.length ? maintainers.map((m) => `@${m}`).join(', ') : 'no one listed';
    out.push({
      path: c.path,
      decision: 'needs-review',
      reason: {
        code: 'curator',
        message: `names ${curator} as its curator, but ${input.author} is not among ${curator}'s maintainers (${who}): they review it before it is merged`,
        hint: `A stack you curate names your own issuer as curator. To propose one for ${curator}, ask its maintainers to review this pull request.`,
        line: source.locate(['curator']).line,
        field: 'curator',
      },
    });
  }
  return out;
}
