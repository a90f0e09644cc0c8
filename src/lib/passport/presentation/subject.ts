/** What the presentation checks read, and what they learn (checks.ts). */
import type { ResolvedKey } from '../../verify/jws-key.ts';
import type { Presentation } from './detect.ts';

export interface PresentationSubject {
  presentation: Presentation;
  /** The holder the presentation names (its `holder`, or a VP-JWT's `iss`). */
  named?: string;
  /** Set by the proof check: the key the holder's proof verified with, and who controls it. */
  signer?: { key: ResolvedKey; controller?: string };
  /** Set by the key check: the holder the signature proves. */
  proven?: string;
}
