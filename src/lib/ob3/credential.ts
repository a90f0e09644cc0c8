/**
 * An OpenBadgeCredential (OB 3.0, VCDM 2.0) awarding a catalog Achievement to one recipient.
 * Arrays are used for `type`, `credentialSchema` etc. so the result passes both the canonical
 * and the compaction-tolerant JSON Schemas (https://www.imsglobal.org/spec/ob/v3p0/, "JSON Schema").
 */
import { OB3_CREDENTIAL_CONTEXT, OB3_CREDENTIAL_SCHEMA } from './contexts.ts';
import { identityHash, normalizeEmail, randomSalt } from './identity.ts';
import type { Achievement, Evidence, IdentityObject, OpenBadgeCredential, Profile, Result } from './types.ts';

export type Recipient = { email: string; name?: string; salt?: string } | { id: string; name?: string };

export interface CredentialInput {
  /** A fresh `urn:uuid:` unless given. */
  id?: string;
  achievement: Achievement;
  issuer: Profile;
  recipient: Recipient;
  validFrom: Date;
  validUntil?: Date;
  evidence?: { url?: string; name?: string; narrative?: string }[];
  /** Level id per rubric criterion, from the Achievement's resultDescription. */
  results?: { resultDescription: string; achievedLevel: string }[];
  status?: { listUrl: string; index: number };
}

/** VCDM 2.0 dateTimeStamp without milliseconds, as the spec's examples write them. */
export const isoSeconds = (d: Date) => `${d.toISOString().slice(0, 19)}Z`;

export async function buildCredential(input: CredentialInput): Promise<OpenBadgeCredential> {
  const { '@context': _ctx, ...achievement } = input.achievement;
  const identifier: IdentityObject[] = [];
  let subjectId: string | undefined;
  if ('email' in input.recipient) {
    const salt = input.recipient.salt ?? randomSalt();
    identifier.push({
      type: 'IdentityObject',
      identityHash: await identityHash(normalizeEmail(input.recipient.email), salt),
      identityType: 'emailAddress',
      hashed: true,
      salt,
    });
  } else {
    subjectId = input.recipient.id;
  }
  if (input.recipient.name)
    identifier.push({
      type: 'IdentityObject',
      identityHash: input.recipient.name,
      identityType: 'name',
      hashed: false,
    });

  const result: Result[] = (input.results ?? []).map((r) => ({
    type: ['Result'],
    resultDescription: r.resultDescription,
    achievedLevel: r.achievedLevel,
  }));
  const evidence: Evidence[] = (input.evidence ?? []).map((e) => ({
    type: ['Evidence'],
    ...(e.url ? { id: e.url } : {}),
    ...(e.name ? { name: e.name } : {}),
    ...(e.narrative ? { narrative: e.narrative } : {}),
  }));
  const id = input.id ?? `urn:uuid:${crypto.randomUUID()}`;
  return {
    '@context': OB3_CREDENTIAL_CONTEXT,
    id,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: input.issuer,
    validFrom: isoSeconds(input.validFrom),
    ...(input.validUntil ? { validUntil: isoSeconds(input.validUntil) } : {}),
    awardedDate: isoSeconds(input.validFrom),
    name: achievement.name,
    ...(achievement.image ? { image: achievement.image } : {}),
    credentialSubject: {
      ...(subjectId ? { id: subjectId } : {}),
      type: ['AchievementSubject'],
      ...(identifier.length ? { identifier } : {}),
      achievement: achievement,
      ...(result.length ? { result } : {}),
    },
    ...(evidence.length ? { evidence } : {}),
    ...(input.status
      ? {
          credentialStatus: {
            id: `${input.status.listUrl}#${input.status.index}`,
            type: 'BitstringStatusListEntry',
            statusPurpose: 'revocation',
            statusListIndex: String(input.status.index),
            statusListCredential: input.status.listUrl,
          },
        }
      : {}),
    credentialSchema: [{ ...OB3_CREDENTIAL_SCHEMA }],
  };
}
