/** The outcomes of a quality review and their labels, without the schemas (the search island imports this). */
export type QualityStatus = 'meets' | 'gaps' | 'not-reviewed';

export const QUALITY_STATUS_LABELS: Record<QualityStatus, string> = {
  meets: 'Meets the quality standards',
  gaps: 'Review found gaps',
  'not-reviewed': 'Not yet reviewed',
};
