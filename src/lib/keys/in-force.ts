/** Whether an issuer key was in force at a moment: after validFrom, before validUntil, never revoked before then. */

export interface KeyWindow {
  validFrom: Date;
  validUntil?: Date | undefined;
  revoked?: { date: Date; reason: string } | undefined;
}

export type InForce =
  { ok: true } | { ok: false; reason: 'not-yet-valid' | 'retired' | 'revoked'; since: Date };

export function keyInForce(key: KeyWindow, at: Date): InForce {
  if (key.revoked && at >= key.revoked.date) return { ok: false, reason: 'revoked', since: key.revoked.date };
  if (at < key.validFrom) return { ok: false, reason: 'not-yet-valid', since: key.validFrom };
  if (key.validUntil && at >= key.validUntil) return { ok: false, reason: 'retired', since: key.validUntil };
  return { ok: true };
}
