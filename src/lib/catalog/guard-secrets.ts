/**
 * The guard's scan of the whole tracked tree for private keys. `git add -f .keys/…` gets past
 * .gitignore, and a key can hide in any file (code, a fixture, a PNG's text chunk), so every
 * tracked file is read, not only content and not only the files a pull request changes:
 *
 * - a file in a private key store (a `.keys` folder, `*.private.jwk.json`) or holding private key
 *   material is denied, wherever it is;
 * - except under `test/`, where throwaway test keys live (fixtures, vectors): there a file the pull
 *   request adds or changes is flagged for a catalog maintainer's review, and others pass.
 *
 * Pure: given the tracked files' text and the decisions of `guardChanges`, it returns the
 * decisions with these findings folded in, and the findings in files the pull request did not
 * change (a key committed earlier is still published).
 */
import type { Decision, FileDecision, GuardResult, Reason } from './namespace.ts';
import type { Problem } from './problems.ts';
import { PRIVATE_KEY_HINT } from './rules/secrets.ts';
import { privateKeyLines } from '../secrets/private-keys.ts';

export interface TrackedFile {
  path: string;
  /** The file's text (binary files decoded as Latin-1, so text chunks still read). */
  text: string;
}

export interface GuardFinding {
  path: string;
  decision: Exclude<Decision, 'allowed'>;
  reason: Reason;
}

const KEY_STORE = /(?:^|\/)\.keys\/|\.private\.jwk\.json$/;
const TEST_TREE = /^test\//;

/** Private keys in tracked files: denied anywhere but test/, reviewed there when changed. */
export function scanTrackedFiles(
  files: readonly TrackedFile[],
  changed: ReadonlySet<string>,
): GuardFinding[] {
  const out: GuardFinding[] = [];
  for (const file of files) {
    const inTests = TEST_TREE.test(file.path);
    if (inTests && !changed.has(file.path)) continue;
    const decision = inTests ? 'needs-review' : 'denied';
    const found = privateKeyLines(file.text);
    const where = inTests
      ? 'only throwaway test keys belong under test/; a catalog maintainer confirms this is one'
      : 'private keys are never committed';
    if (KEY_STORE.test(file.path) && !found.length)
      out.push({
        path: file.path,
        decision,
        reason: {
          code: 'private-key',
          message: `is in a private key store (.keys/ or *.private.jwk.json): ${where}`,
          hint: PRIVATE_KEY_HINT,
          line: 1,
        },
      });
    for (const f of found)
      out.push({
        path: file.path,
        decision,
        reason: {
          code: 'private-key',
          message: `holds ${f.what} (line ${f.line}): ${where}`,
          hint: PRIVATE_KEY_HINT,
          line: f.line,
        },
      });
  }
  return out;
}

const RANK: Record<Decision, number> = { allowed: 0, 'needs-review': 1, denied: 2 };

/**
 * Folds findings into the decisions for the files they are about. A denial replaces the other
 * reasons (they no longer matter); a review is added to them. Findings about files the pull
 * request did not change come back in `unchanged`.
 */
export function withFindings(
  result: GuardResult,
  findings: readonly GuardFinding[],
): { result: GuardResult; unchanged: GuardFinding[] } {
  const decisions: FileDecision[] = result.decisions.map((d) => ({ ...d, reasons: [...d.reasons] }));
  const unchanged: GuardFinding[] = [];
  for (const f of findings) {
    const d = decisions.find((x) => x.path === f.path && x.status !== 'D');
    if (!d) {
      unchanged.push(f);
      continue;
    }
    const replacing = f.decision === 'denied' && d.decision !== 'denied';
    if (RANK[f.decision] > RANK[d.decision]) d.decision = f.decision;
    d.reasons = replacing ? [f.reason] : [...d.reasons, f.reason];
  }
  const denied =
    decisions.some((d) => d.decision === 'denied') || unchanged.some((f) => f.decision === 'denied');
  return {
    result: {
      decisions,
      ok: !denied,
      needsReview: decisions.some((d) => d.decision === 'needs-review') || unchanged.length > 0,
    },
    unchanged,
  };
}

/** Findings in unchanged files, as problems for annotations. */
export function treeProblems(findings: readonly GuardFinding[]): Problem[] {
  return findings.map((f) => ({
    code: f.reason.code ?? 'private-key',
    severity: f.decision === 'denied' ? 'error' : 'warning',
    file: f.path,
    line: f.reason.line ?? 1,
    message: f.reason.message,
    ...(f.reason.hint ? { hint: f.reason.hint } : {}),
  }));
}
