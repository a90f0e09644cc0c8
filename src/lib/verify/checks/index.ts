/**
 * The checks every W3C verifiable credential goes through, whatever carried it (a VC-JWT, JSON with
 * a Data Integrity proof): a format adds only its own proof check.
 */
import type { CheckUnit, Checks } from '../pipeline/check.ts';
import type { CredentialSubject } from '../subject.ts';
import { achievementCheck } from './achievement.ts';
import { claimsCheck } from './claims.ts';
import { datesCheck } from './dates.ts';
import { endorsementsCheck } from './endorsements.ts';
import { issuerCheck } from './issuer.ts';
import { keyCheck } from './key.ts';
import { recipientCheck } from './recipient.ts';
import { statusCheck } from './status.ts';
import { structureCheck } from './structure.ts';

export function credentialChecks(proof: CheckUnit<CredentialSubject, 'proof'>): Checks<CredentialSubject> {
  return {
    structure: structureCheck,
    proof,
    key: keyCheck,
    issuer: issuerCheck,
    claims: claimsCheck,
    dates: datesCheck,
    status: statusCheck,
    achievement: achievementCheck,
    endorsements: endorsementsCheck,
    recipient: recipientCheck,
  };
}
