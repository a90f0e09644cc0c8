/**
 * Controlled vocabularies used by the schemas and shown as facets.
 * Each list is ordered as it should appear to a reader.
 */

export const SUBJECT_AREAS = {
  'personalized-learning': 'Personalized learning',
  'digital-learning': 'Digital teaching and learning',
  assessment: 'Assessment',
  sel: 'Social and emotional learning',
  leadership: 'Leadership',
  literacy: 'Literacy',
  stem: 'STEM',
  'inclusive-practice': 'Inclusive practice',
  'family-engagement': 'Family and community engagement',
  'professional-learning': 'Professional learning',
} as const;

export const GRADE_BANDS = {
  'pre-k': 'Pre-K',
  'k-2': 'Grades K–2',
  '3-5': 'Grades 3–5',
  '6-8': 'Grades 6–8',
  '9-12': 'Grades 9–12',
  adult: 'Adult learners',
} as const;

export const AUDIENCES = {
  teacher: 'Classroom teachers',
  'pre-service': 'Pre-service teachers',
  paraprofessional: 'Paraprofessionals',
  coach: 'Instructional coaches',
  'school-leader': 'School leaders',
  'district-leader': 'District leaders',
  'support-staff': 'Instructional support staff',
} as const;

export const ISSUER_KINDS = {
  'school-district': 'School district',
  university: 'University',
  nonprofit: 'Nonprofit',
  'state-agency': 'State agency',
  company: 'Company',
} as const;

export const RESOURCE_KINDS = {
  article: 'Article',
  book: 'Book',
  guide: 'Guide',
  video: 'Video',
  tool: 'Tool',
  template: 'Template',
  course: 'Course',
  website: 'Website',
} as const;

export type SubjectArea = keyof typeof SUBJECT_AREAS;
export type GradeBand = keyof typeof GRADE_BANDS;
export type Audience = keyof typeof AUDIENCES;

export const keysOf = <T extends Record<string, string>>(o: T) =>
  Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

/** Who recognizes credentials: the field's "recognizer" (see the glossary). */
export const RECOGNIZER_KINDS = {
  'state-agency': 'State agency',
  district: 'School district (LEA)',
  university: 'University',
  employer: 'Employer',
  association: 'Association',
} as const;

/** What a recognition rule counts a credential or stack toward. */
export const PURPOSES = {
  'license-renewal': 'License renewal',
  ceus: 'Continuing education units (CEUs)',
  'salary-advancement': 'Salary advancement',
  'pd-hours': 'Professional development hours',
  endorsement: 'Add-on endorsement',
  'graduate-credit': 'Graduate credit',
  'hiring-preference': 'Hiring preference',
} as const;

/**
 * Standard credit units a recognizer's own unit may be declared as, so that machine-readable
 * exports can name it (CTDL's CreditUnit concepts).
 */
export const CREDIT_UNITS = {
  ceu: 'Continuing education unit',
  'clock-hour': 'Clock hour',
  'contact-hour': 'Contact hour',
  'semester-hour': 'Semester hour',
  'quarter-hour': 'Quarter hour',
  'degree-credit': 'Degree credit',
} as const;

export type RecognizerKind = keyof typeof RECOGNIZER_KINDS;
export type Purpose = keyof typeof PURPOSES;
export type CreditUnit = keyof typeof CREDIT_UNITS;
export type IssuerKind = keyof typeof ISSUER_KINDS;
