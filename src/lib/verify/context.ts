/** What every step of a verification shares: the registry, the resource policy, the clock. */
import type { SignedList } from './checks/status.ts';
import type { CredentialView } from './credential-view.ts';
import type { RegistryIndex } from './registry.ts';
import type { ReportLog } from './report.ts';
import type { Resources } from './resources.ts';

export interface VerifyContext {
  registry: RegistryIndex;
  resources: Resources;
  now: number;
  clockToleranceMs: number;
  recipientEmail: string | undefined;
  /** Verifies a status list document (JWS or JSON with a proof). */
  verifyList: (text: string) => Promise<SignedList>;
  checkEndorsements: (v: CredentialView, log: ReportLog) => Promise<void>;
}
