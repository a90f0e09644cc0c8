/**
 * A micro-credential as a CTDL MicroCredential (Credential Engine's credential schema): what it
 * is, who owns it, how long it takes, and who recognizes it for what. Each recognition rule is a
 * ConditionProfile asserted by the recognizer, with its credit value and unit, its conditions,
 * the day it takes effect and the policy that grants it: under ceterms:isAdvancedStandingFor
 * when it counts toward credit, a renewal, an endorsement or pay, and under
 * ceterms:isRecommendedFor for a hiring preference.
 */
import type { Unit } from '../catalog/recognition/value.ts';
import type { CreditUnit, Purpose } from '../catalog/vocabulary.ts';
import {
  alignment,
  credentialStatus,
  creditUnit,
  CTDL_CONTEXT,
  ctidFor,
  hoursDuration,
  isoDay,
  plain,
  type Concept,
} from './terms.ts';

export interface RecognitionProfile {
  purpose: Purpose;
  /** The recognizer's @id (its CTDL document). */
  recognizer: string;
  name: string;
  description: string;
  /** What this credential is worth under the rule, when that is a fixed amount. */
  amount?: number | undefined;
  unit: Unit;
  /** The standard unit the recognizer's unit is, when it is one. */
  creditUnit?: CreditUnit | undefined;
  conditions: readonly string[];
  from: Date;
  until?: Date | undefined;
  /** URL of the policy that grants it. */
  policy: string;
}

export interface CredentialCtdlInput {
  /** This document's URL: the credential's @id. */
  id: string;
  page: string;
  image: string;
  title: string;
  summary: string;
  status: 'active' | 'retired';
  hours: number;
  tags: readonly string[];
  published: Date;
  /** The issuer's @id. */
  issuer: string;
  /** @ids of recognizers with a rule in effect for it. */
  recognizedBy: readonly string[];
  recognitions: readonly RecognitionProfile[];
}

const CEU: Concept = {
  scheme: 'CreditUnit',
  schemeName: 'Credit Unit',
  node: 'creditUnit:ContinuingEducationUnit',
  name: 'Continuing Education Unit',
};

function conditionProfile(r: RecognitionProfile) {
  const unit = r.creditUnit ? creditUnit(r.creditUnit) : r.unit.singular === 'CEU' ? CEU : undefined;
  return {
    '@type': 'ceterms:ConditionProfile',
    'ceterms:name': r.name,
    'ceterms:description': r.description,
    'ceterms:assertedBy': [r.recognizer],
    ...(r.amount !== undefined ? { 'ceterms:creditUnitValue': r.amount } : {}),
    ...(unit ? { 'ceterms:creditUnitType': alignment(unit, plain) } : {}),
    'ceterms:creditUnitTypeDescription': r.unit.plural,
    ...(r.conditions.length || r.until
      ? {
          'ceterms:condition': [
            ...r.conditions,
            ...(r.until ? [`The recognizer's rule ends on ${isoDay(r.until)}.`] : []),
          ],
        }
      : {}),
    'ceterms:dateEffective': isoDay(r.from),
    'ceterms:subjectWebpage': r.policy,
  };
}

export function credentialCtdl(c: CredentialCtdlInput): Record<string, unknown> {
  const credit = c.recognitions.filter((r) => r.purpose !== 'hiring-preference');
  const hiring = c.recognitions.filter((r) => r.purpose === 'hiring-preference');
  return {
    '@context': CTDL_CONTEXT,
    '@id': c.id,
    '@type': 'ceterms:MicroCredential',
    'ceterms:ctid': ctidFor(c.page),
    'ceterms:name': c.title,
    'ceterms:description': c.summary,
    'ceterms:subjectWebpage': c.page,
    'ceterms:credentialStatusType': alignment(credentialStatus(c.status), plain),
    'ceterms:ownedBy': [c.issuer],
    'ceterms:offeredBy': [c.issuer],
    'ceterms:image': c.image,
    'ceterms:inLanguage': ['en'],
    'ceterms:dateEffective': isoDay(c.published),
    ...(c.tags.length ? { 'ceterms:keyword': [...c.tags] } : {}),
    'ceterms:estimatedDuration': [
      {
        '@type': 'ceterms:DurationProfile',
        'ceterms:exactDuration': hoursDuration(c.hours),
        'ceterms:description': 'Estimated hours of learning; 1 CEU = 10 hours.',
      },
    ],
    ...(c.recognizedBy.length ? { 'ceterms:recognizedBy': [...c.recognizedBy] } : {}),
    ...(credit.length ? { 'ceterms:isAdvancedStandingFor': credit.map(conditionProfile) } : {}),
    ...(hiring.length ? { 'ceterms:isRecommendedFor': hiring.map(conditionProfile) } : {}),
  };
}
