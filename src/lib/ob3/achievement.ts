/**
 * An OB 3.0 Achievement for a catalog credential (https://www.imsglobal.org/spec/ob/v3p0/, "Achievement"):
 * criteria link the human page, the rubric becomes one ResultDescription per criterion with
 * its levels (lowest first) and the required level, and CEUs become `creditsAvailable`.
 */
import { ceus } from '../catalog/ceu.ts';
import { describePassRule } from '../catalog/rubric.ts';
import type { CredentialData } from '../catalog/schema/credential.ts';
import type { IssuerData } from '../catalog/schema/issuer.ts';
import type { RubricData } from '../catalog/schema/rubric.ts';
import { SUBJECT_AREAS } from '../catalog/vocabulary.ts';
import { OB3_CONTEXT } from './contexts.ts';
import { profileRef } from './profile.ts';
import type { SiteUrls } from './site.ts';
import type { Achievement, Related, ResultDescription } from './types.ts';

export interface AchievementInput {
  id: string;
  data: CredentialData;
  issuer: IssuerData;
  rubric: RubricData;
  /** Titles of prerequisites and successor, by credential id, for the narrative. */
  titles: ReadonlyMap<string, string>;
}

export function resultDescriptions(achievementId: string, rubric: RubricData): ResultDescription[] {
  const everyCriterion = rubric.pass.of === 'all';
  return rubric.criteria.map((k) => {
    const levelId = (l: string) => `${achievementId}#rubric-${k.id}-${l}`;
    return {
      id: `${achievementId}#rubric-${k.id}`,
      type: ['ResultDescription'],
      name: k.name,
      resultType: 'RubricCriterionLevel',
      rubricCriterionLevel: rubric.levels.map((l) => ({
        id: levelId(l.id),
        type: ['RubricCriterionLevel'],
        name: l.name,
        level: l.name,
        ...(k.descriptors?.[l.id]
          ? { description: k.descriptors[l.id] }
          : l.description
            ? { description: l.description }
            : {}),
        ...(l.points !== undefined ? { points: String(l.points) } : {}),
      })),
      // With an N-of-M pass rule no single criterion is required; the narrative states the rule.
      ...(everyCriterion ? { requiredLevel: levelId(rubric.pass.level) } : {}),
    };
  });
}

export function criteriaNarrative(input: AchievementInput): string {
  const { data, rubric, titles } = input;
  const lines = [
    `**Competency:** ${data.competency}`,
    '',
    `**Key method:** ${data.keyMethod}`,
    '',
    '**Evidence submitted:**',
    ...data.submission.evidence.map((e) => `- ${e.title}: ${e.description.trim()}`),
    '',
    `**Scoring:** ${rubric.title}. ${describePassRule(rubric)}`,
    '',
    `**Estimated learning:** ${data.hours} hours (${ceus(data.hours)} CEUs at 1 CEU per 10 hours).`,
  ];
  if (data.prerequisites.length) {
    lines.push('', `**Prerequisites:** ${data.prerequisites.map((p) => titles.get(p) ?? p).join('; ')}.`);
  }
  return lines.join('\n');
}

export function buildAchievement(input: AchievementInput, urls: SiteUrls): Achievement {
  const { id, data, issuer, rubric } = input;
  const achievementId = urls.achievement(id);
  const related: Related[] = data.supersededBy
    ? [{ id: urls.achievement(data.supersededBy), type: ['Related'] }]
    : [];
  return {
    '@context': OB3_CONTEXT,
    id: achievementId,
    type: ['Achievement'],
    achievementType: 'MicroCredential',
    name: data.title,
    description: data.summary.trim(),
    criteria: { id: urls.page(id), narrative: criteriaNarrative(input) },
    image: { id: urls.badge(id), type: 'Image', caption: `Badge for ${data.title}` },
    creator: profileRef(data.issuer, issuer, urls),
    creditsAvailable: ceus(data.hours),
    fieldOfStudy: data.subjects.map((s) => SUBJECT_AREAS[s]).join(', '),
    inLanguage: 'en',
    version: data.version,
    ...(data.tags.length ? { tag: data.tags } : {}),
    ...(data.alignments.length
      ? {
          alignment: data.alignments.map((a) => ({
            type: ['Alignment'] as ['Alignment'],
            targetName: a.name,
            targetUrl: a.url,
            targetFramework: a.framework,
            ...(a.code ? { targetCode: a.code } : {}),
            ...(a.description ? { targetDescription: a.description } : {}),
          })),
        }
      : {}),
    resultDescription: resultDescriptions(achievementId, rubric),
    ...(related.length ? { related } : {}),
  };
}
