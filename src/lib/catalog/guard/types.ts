/** The namespace guard's input and output (see namespace.ts). */

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
  /** Recognizer files on the base branch: path → text. */
  baseRecognizers?: ReadonlyMap<string, string>;
  /** Recognizer files the pull request adds or changes, as it leaves them: path → text. */
  headRecognizers?: ReadonlyMap<string, string>;
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
