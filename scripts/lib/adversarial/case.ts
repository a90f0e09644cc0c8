/** One case of the adversarial corpus: an input file and what the verifier must say about it. */
import type { CheckId, CheckStatus, Verdict } from '../../../src/lib/verify/report.ts';

export interface Expectation {
  verdict: Verdict;
  /** The check that decides the case, its status, and its code (absent for a pass or skip without one). */
  check: CheckId;
  status: CheckStatus;
  code?: string;
}

export interface CorpusCase {
  /** `family/name`; the file is cases/<family>/<name>.<ext>. */
  id: string;
  description: string;
  /** Text (.jwt, .json, .svg, .txt) or bytes (.png). */
  content: string | Uint8Array;
  ext: 'jwt' | 'json' | 'svg' | 'txt' | 'png';
  expect: Expectation;
  /** Documents the verifier may read, by URL (status lists, key documents), served locally. */
  documents?: Record<string, string>;
  /**
   * Give the verifier a fetcher (it records every URL and answers 404): the case then proves
   * which addresses are fetched — by default none at all.
   */
  network?: { fetched: string[] };
}

export const expectVerdict = (
  verdict: Verdict,
  check: CheckId,
  status: CheckStatus,
  code?: string,
): Expectation => ({ verdict, check, status, ...(code ? { code } : {}) });
