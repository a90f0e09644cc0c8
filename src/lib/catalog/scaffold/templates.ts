/**
 * The files `npm run new` writes: every field and section a contributor needs, valid as
 * written, marked `status: draft`, with plain placeholder sentences where only the author can
 * write the text.
 */
import { Document, isScalar, isSeq, visit } from 'yaml';
import { CREDENTIAL_BODY_HEADINGS } from '../schema/credential.ts';
import { PLACEHOLDERS as P } from './placeholders.ts';

export interface CredentialAnswers {
  issuer: string;
  slug: string;
  title: string;
  hours: number;
  subjects: string[];
  gradeBands: string[];
  audience: string[];
  rubric: string;
  email: string;
  /** YYYY-MM-DD */
  today: string;
}

export interface StackAnswers {
  slug: string;
  title: string;
  curator: string;
  credentials: string[];
  ordered: boolean;
  /** Credentials needed: all of them when undefined. */
  n: number | undefined;
  today: string;
}

export interface RubricAnswers {
  slug: string;
  title: string;
}

export interface IssuerAnswers {
  id: string;
  name: string;
  kind: string;
  url: string;
  email: string;
  color: string;
  maintainers: string[];
}

/** YAML frontmatter; short lists of plain values are written inline, as `[a, b]`. */
function frontmatter(data: Record<string, unknown>): string {
  const doc = new Document(data);
  visit(doc, {
    Seq(_, node) {
      if (isSeq(node) && node.items.every((i) => isScalar(i) && String(i.value).length < 40))
        node.flow = true;
    },
  });
  return `---\n${doc.toString({ lineWidth: 96, minContentWidth: 40, flowCollectionPadding: false }).trimEnd()}\n---\n`;
}

export function credentialFile(a: CredentialAnswers): string {
  const data = {
    title: a.title,
    summary: P.summary,
    issuer: a.issuer,
    status: 'draft',
    version: '0.1',
    published: a.today,
    competency: P.competency,
    keyMethod: P.keyMethod,
    hours: a.hours,
    subjects: a.subjects,
    gradeBands: a.gradeBands,
    audience: a.audience,
    tags: [],
    rubric: a.rubric,
    prerequisites: [],
    alignments: [],
    research: [],
    resources: [],
    submission: {
      overview: [
        {
          prompt:
            'Describe the learners, the setting and the goals of the lessons in which you practised this competency.',
          length: '150–250 words',
        },
      ],
      evidence: [{ title: 'Evidence from practice', description: P.evidence, formats: ['document'] }],
      reflection: [
        {
          prompt: 'What did you learn from using the key method, and what will you change next time?',
          length: '200–300 words',
        },
      ],
    },
    resubmission: P.resubmission,
    contentExperts: [],
    cost: { amount: 0 },
    access: P.access,
    support: { email: a.email },
    assessment: { assessors: P.assessors },
    reviews: [],
  };
  const sections = CREDENTIAL_BODY_HEADINGS.filter((h) => h.required).map(
    (h) => `## ${h.text}\n\n${h.text === 'Method components' ? P.methodComponents : P.research}\n`,
  );
  return `${frontmatter(data)}\n${sections.join('\n')}`;
}

export function stackFile(a: StackAnswers): string {
  const data = {
    title: a.title,
    summary: P.summary,
    curator: a.curator,
    status: 'draft',
    published: a.today,
    credentials: a.credentials,
    rule: a.n === undefined ? { type: 'all' } : { type: 'n-of-m', n: a.n },
    ordered: a.ordered,
  };
  return `${frontmatter(data)}\n${P.stackBody}\n`;
}

export function rubricFile(a: RubricAnswers): string {
  const data = {
    title: a.title,
    summary: P.summary,
    kind: 'assessment',
    status: 'draft',
    version: '0.1',
    levels: [
      { id: 'not-yet', name: 'Not yet demonstrated', points: 0 },
      { id: 'demonstrated', name: 'Demonstrated', points: 1 },
    ],
    criteria: [
      {
        id: 'competency',
        name: 'Competency demonstrated',
        description: P.criterion,
        descriptors: { 'not-yet': P.descriptor, demonstrated: P.descriptor },
      },
    ],
    pass: { level: 'demonstrated', of: 'all' },
  };
  return `${frontmatter(data)}\n${P.rubricBody}\n`;
}

export function issuerFile(a: IssuerAnswers): string {
  const data = {
    name: a.name,
    kind: a.kind,
    summary: P.issuerSummary,
    url: a.url,
    email: a.email,
    color: a.color,
    maintainers: a.maintainers,
    keys: [],
  };
  return `${frontmatter(data)}\n${P.issuerBody}\n`;
}
