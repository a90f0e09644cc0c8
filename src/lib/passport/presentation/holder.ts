/**
 * Whether a presentation ties its holder to a credential inside it, reported per credential and
 * never assumed: only when the holder's proof is valid and the credential names its earner by
 * an identifier (`credentialSubject.id`) that is the holder. A badge that names its earner only
 * by a (hashed) email or a name cannot be tied to a key, and says so.
 */
import { asList, isRecord, str } from '../../verify/json.ts';
import type { PresentationResult } from './verify.ts';

export type HolderBinding =
  | { state: 'tied'; holder: string; message: string }
  | { state: 'other'; holder: string; subject: string; message: string }
  | { state: 'not-identified'; message: string }
  | { state: 'not-proven'; message: string };

const PROOF_WORDS = {
  missing: 'the presentation is not signed by its holder',
  invalid: "the holder's signature on the presentation is not valid",
  unchecked: "the holder's signature on the presentation could not be checked",
} as const;

/** The earner's identifier a credential names, if any. */
export function subjectIdOf(credential: unknown): string | undefined {
  if (!isRecord(credential)) return undefined;
  const subject = asList(credential.credentialSubject).find(isRecord);
  return subject ? str(subject.id) : undefined;
}

export function holderBinding(p: PresentationResult, credential: unknown): HolderBinding {
  if (p.proof !== 'valid' || !p.holder)
    return {
      state: 'not-proven',
      message: `Not tied to the holder: ${PROOF_WORDS[p.proof === 'valid' ? 'unchecked' : p.proof]}.`,
    };
  const subject = subjectIdOf(credential);
  if (!subject)
    return {
      state: 'not-identified',
      message:
        'Not tied to the holder: the badge names its earner by email or name, not by an identifier the holder could prove.',
    };
  if (subject !== p.holder)
    return {
      state: 'other',
      holder: p.holder,
      subject,
      message: `Presented by ${p.holder.slice(0, 120)}, but awarded to ${subject.slice(0, 120)}.`,
    };
  return { state: 'tied', holder: p.holder, message: 'Awarded to the holder who signed the presentation.' };
}
