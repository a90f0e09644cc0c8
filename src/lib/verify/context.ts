/** What every check of one verification shares: the registry, the resource policy, the clock, the email typed. */
import type { RegistryIndex } from './registry.ts';
import type { Resources } from './resources.ts';

export interface VerifyContext {
  registry: RegistryIndex;
  resources: Resources;
  /** The clock, in milliseconds since the epoch. */
  now: number;
  clockToleranceMs: number;
  /** The earner's email, typed by the person verifying; hashed locally. */
  recipientEmail: string | undefined;
}
