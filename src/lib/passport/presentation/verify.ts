/**
 * A presentation's holder proof, verified through the verifier's one runner with the
 * presentation checks (checks.ts), and the credentials it carries, unpacked for verifying one by
 * one. See docs/architecture.md, "The educator's passport".
 */
import type { VerifyContext } from '../../verify/context.ts';
import { runChecks } from '../../verify/pipeline/runner.ts';
import type { Check } from '../../verify/report.ts';
import { namedHolder, presentedCredentials, type Presentation } from './detect.ts';
import { presentationChecks } from './checks.ts';

/** What the holder's proof showed: valid (and the key is the holder's), missing, invalid, or not checkable. */
export type HolderProof = 'valid' | 'missing' | 'invalid' | 'unchecked';

export interface PresentationResult {
  format: 'vp-jwt' | 'vp-data-integrity';
  /** The holder the presentation names. */
  named?: string;
  /** The holder its signature proves (only when `proof` is valid). */
  holder?: string;
  proof: HolderProof;
  /** The rows that apply to a presentation, titled for it. */
  rows: Check[];
  /** The credentials it carries, as text to verify. */
  credentials: string[];
  /** Credentials past the limit, not read. */
  dropped: number;
}

const TITLES: Partial<Record<Check['id'], string>> = {
  structure: 'Presentation',
  proof: "Holder's signature",
  key: "Holder's key",
  claims: 'Token claims',
  dates: 'Presentation dates',
};

function proofState(rows: Check[]): HolderProof {
  const proof = rows.find((r) => r.id === 'proof');
  if (proof?.code === 'ERR_NO_PROOF') return 'missing';
  if (rows.some((r) => r.status === 'fail')) return 'invalid';
  if (rows.some((r) => r.status === 'warn') || proof?.status !== 'pass') return 'unchecked';
  return 'valid';
}

export async function verifyPresentation(p: Presentation, ctx: VerifyContext): Promise<PresentationResult> {
  const named = namedHolder(p);
  const { rows, subject } = await runChecks(
    presentationChecks,
    { presentation: p, ...(named ? { named } : {}) },
    ctx,
  );
  const applicable = rows
    .filter((r) => r.id in TITLES)
    .map((r) => ({ ...r, title: TITLES[r.id] ?? r.title }));
  const proof = proofState(applicable);
  const { texts, dropped } = presentedCredentials(p.vp);
  return {
    format: p.kind === 'jwt' ? 'vp-jwt' : 'vp-data-integrity',
    ...(named ? { named } : {}),
    ...(proof === 'valid' && subject.proven ? { holder: subject.proven } : {}),
    proof,
    rows: applicable,
    credentials: texts,
    dropped,
  };
}
