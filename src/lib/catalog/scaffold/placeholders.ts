/**
 * The sentences `npm run new` writes where only the author can write the text. They read as
 * plain statements (a draft may be previewed), never as "TODO" markers, and the content check
 * refuses them in anything that is not a draft (rules/placeholders.ts).
 */
export const PLACEHOLDERS = {
  summary: 'This draft is still being written, and its summary is not ready yet.',
  competency: 'The competency statement of this draft has not been written yet.',
  keyMethod: 'The key method of this draft has not been written yet.',
  evidence: 'The evidence this draft asks for has not been described yet.',
  access: 'How to apply for this draft has not been written yet.',
  resubmission: 'The resubmission policy of this draft has not been written yet.',
  assessors: 'Who assesses submissions for this draft has not been decided yet.',
  methodComponents:
    'The method components of this draft have not been written yet. Each component gets its own "###" heading and a short explanation of what the educator does.',
  research:
    'The research rationale of this draft has not been written yet. It explains, in plain language, why the key method works, citing the studies listed in the research field.',
  criterion: 'What this criterion looks for has not been written yet.',
  descriptor: 'What performance at this level looks like has not been written yet.',
  stackBody: 'This draft stack does not have a description yet: who it is for, and what earning it shows.',
  rubricBody:
    'This draft rubric does not have a description yet: how assessors use it, and what happens when a submission does not pass.',
  issuerSummary: 'This issuer has not written its summary yet.',
  issuerBody:
    'This issuer has not written its description yet: who it serves, how it designs its credentials, and how earners reach it.',
} as const;

export const ALL_PLACEHOLDERS: readonly string[] = Object.values(PLACEHOLDERS);
