/**
 * What `npm run new` asks for each kind of file, and how each answer is checked (the file it
 * then writes: scaffold.ts). Pure: the command-line tool supplies the answers (flags or prompts)
 * and the catalog.
 */
import { SLUG } from '../schema/common.ts';
import { MIN_HOURS } from '../schema/credential.ts';
import { AUDIENCES, GRADE_BANDS, ISSUER_KINDS, SUBJECT_AREAS } from '../vocabulary.ts';

export const KINDS = ['credential', 'stack', 'rubric', 'issuer'] as const;
export type Kind = (typeof KINDS)[number];

export interface ScaffoldContext {
  /** Issuer id → its contact email. */
  issuers: ReadonlyMap<string, { email: string | undefined }>;
  /** Rubric id → its kind. */
  rubrics: ReadonlyMap<string, { kind: string }>;
  credentials: ReadonlySet<string>;
  /** YYYY-MM-DD */
  today: string;
}

export type Answers = Record<string, string>;

export interface Question {
  /** The flag (without "--") and the answer's key. */
  flag: string;
  prompt: string;
  default?: (a: Answers, c: ScaffoldContext) => string | undefined;
  /** The answers to choose from, listed with the question when there are some. */
  choices?: (c: ScaffoldContext) => string[];
  /** An error sentence, or undefined when the answer is fine. */
  check: (value: string, a: Answers, c: ScaffoldContext) => string | undefined;
}

/** A comma-separated answer as its items. */
export const list = (v: string) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const slugCheck = (v: string) =>
  SLUG.test(v) ? undefined : 'use lower-case words joined by hyphens, e.g. "exit-tickets"';
const textCheck = (max: number) => (v: string) =>
  v.trim() === '' ? 'cannot be empty' : v.length > max ? `at most ${max} characters` : undefined;
/** Vocabulary answers are ids in lower case; "K-2" means "k-2". */
export const vocabList = (v: string) => list(v).map((x) => x.toLowerCase());
const vocab = (o: Record<string, string>) => (v: string) => {
  const items = vocabList(v);
  const bad = items.filter((x) => !(x in o));
  return items.length === 0
    ? `name at least one of: ${Object.keys(o).join(', ')}`
    : bad.length
      ? `unknown ${bad.join(', ')}; choose from ${Object.keys(o).join(', ')}`
      : undefined;
};
const issuerCheck = (v: string, _a: Answers, c: ScaffoldContext) =>
  c.issuers.has(v)
    ? undefined
    : `no issuer "${v}" in content/issuers/ (known: ${[...c.issuers.keys()].join(', ') || 'none'}); add it first with npm run new -- issuer`;
const first = <T>(xs: Iterable<T>) => [...xs][0];

/** A slug suggested from a title: "Exit Tickets, K–2" → "exit-tickets-k-2" (at most 60 characters). */
export function slugFrom(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
}
const slugDefault = (a: Answers) => {
  const s = slugFrom(a.title ?? '');
  return s || undefined;
};
const assessmentRubrics = (c: ScaffoldContext) =>
  [...c.rubrics].filter(([, r]) => r.kind === 'assessment').map(([id]) => id);

export const QUESTIONS: Record<Kind, Question[]> = {
  credential: [
    {
      flag: 'issuer',
      prompt: 'Issuer id (file name in content/issuers/)',
      default: (_a, c) => (c.issuers.size === 1 ? first(c.issuers.keys()) : undefined),
      check: issuerCheck,
    },
    { flag: 'title', prompt: 'Title', check: textCheck(120) },
    {
      flag: 'slug',
      prompt: 'Slug (file name, part of the URL)',
      default: slugDefault,
      check: (v, a, c) =>
        slugCheck(v) ??
        (c.credentials.has(`${a.issuer}/${v}`) ? `credential ${a.issuer}/${v} already exists` : undefined),
    },
    {
      flag: 'hours',
      prompt: 'Estimated hours of learning (1 CEU = 10 hours)',
      default: () => '10',
      check: (v) =>
        /^\d+(\.\d+)?$/.test(v) &&
        Number(v) >= MIN_HOURS &&
        Number(v) <= 200 &&
        Number.isInteger(Number(v) * 4)
          ? undefined
          : `a number of hours from ${MIN_HOURS} to 200, in quarter hours, e.g. 15 or 7.5`,
    },
    {
      flag: 'subjects',
      prompt: `Subject areas, comma-separated (${Object.keys(SUBJECT_AREAS).join(', ')})`,
      check: vocab(SUBJECT_AREAS),
    },
    {
      flag: 'grade-bands',
      prompt: `Grade bands, comma-separated (${Object.keys(GRADE_BANDS).join(', ')})`,
      check: vocab(GRADE_BANDS),
    },
    {
      flag: 'audience',
      prompt: `Audience, comma-separated (${Object.keys(AUDIENCES).join(', ')})`,
      default: () => 'teacher',
      check: vocab(AUDIENCES),
    },
    {
      flag: 'rubric',
      prompt: 'Assessment rubric id (file name in content/rubrics/)',
      choices: assessmentRubrics,
      default: (a, c) =>
        [...c.rubrics].find(
          ([id, r]) => r.kind === 'assessment' && id.startsWith(a.issuer?.split('-')[0] ?? '\0'),
        )?.[0] ?? [...c.rubrics].find(([, r]) => r.kind === 'assessment')?.[0],
      check: (v, _a, c) => {
        const r = c.rubrics.get(v);
        if (!r)
          return `no rubric "${v}" in content/rubrics/; choose from ${assessmentRubrics(c).join(', ') || 'none yet'} (or add one with npm run new -- rubric)`;
        return r.kind === 'assessment'
          ? undefined
          : `"${v}" is a ${r.kind} rubric; a credential is scored with an assessment rubric`;
      },
    },
    {
      flag: 'email',
      prompt: 'Support email for earners',
      default: (a, c) => c.issuers.get(a.issuer ?? '')?.email,
      check: (v) => (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? undefined : 'an email address'),
    },
  ],
  stack: [
    { flag: 'title', prompt: 'Title', check: textCheck(120) },
    { flag: 'slug', prompt: 'Slug (file name, part of the URL)', default: slugDefault, check: slugCheck },
    {
      flag: 'curator',
      prompt: 'Curating issuer id',
      default: (_a, c) => (c.issuers.size === 1 ? first(c.issuers.keys()) : undefined),
      check: issuerCheck,
    },
    {
      flag: 'credentials',
      prompt: 'Credentials, comma-separated as <issuer>/<slug>, in order',
      check: (v, _a, c) => {
        const ids = list(v);
        const missing = ids.filter((id) => !c.credentials.has(id));
        return ids.length < 2
          ? 'a stack needs at least two credentials'
          : missing.length
            ? `no credential ${missing.join(', ')}`
            : new Set(ids).size !== ids.length
              ? 'a credential is listed twice'
              : undefined;
      },
    },
    {
      flag: 'ordered',
      prompt: 'Earned in the listed order? (yes/no)',
      default: () => 'no',
      check: (v) => (/^(y|yes|n|no|true|false)$/i.test(v) ? undefined : 'yes or no'),
    },
    {
      flag: 'need',
      prompt: 'How many must be earned ("all" or a number)',
      default: () => 'all',
      check: (v, a) =>
        v === 'all' || (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) < list(a.credentials ?? '').length)
          ? undefined
          : `"all", or a number from 1 to ${list(a.credentials ?? '').length - 1}`,
    },
  ],
  rubric: [
    { flag: 'title', prompt: 'Title', check: textCheck(120) },
    {
      flag: 'slug',
      prompt: 'Slug (file name, part of the URL)',
      default: slugDefault,
      check: (v, _a, c) => slugCheck(v) ?? (c.rubrics.has(v) ? `rubric ${v} already exists` : undefined),
    },
  ],
  issuer: [
    {
      flag: 'id',
      prompt: 'Issuer id (lower-case, hyphens; part of every badge URL)',
      check: (v, _a, c) => slugCheck(v) ?? (c.issuers.has(v) ? `issuer ${v} already exists` : undefined),
    },
    { flag: 'name', prompt: 'Full name', check: textCheck(120) },
    {
      flag: 'kind',
      prompt: `Kind (${Object.keys(ISSUER_KINDS).join(', ')})`,
      check: (v) =>
        v.toLowerCase() in ISSUER_KINDS ? undefined : `one of ${Object.keys(ISSUER_KINDS).join(', ')}`,
    },
    {
      flag: 'url',
      prompt: 'Website (https://…)',
      check: (v) => (/^https?:\/\/[^\s/]+\.[^\s]+$/.test(v) ? undefined : 'a full http(s) URL'),
    },
    {
      flag: 'email',
      prompt: 'Contact email',
      check: (v) => (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? undefined : 'an email address'),
    },
    {
      flag: 'color',
      prompt: 'Brand colour for generated badges (#rrggbb)',
      default: () => '#35557a',
      check: (v) => (/^#[0-9a-fA-F]{6}$/.test(v) ? undefined : 'a colour written as #rrggbb'),
    },
    {
      flag: 'maintainers',
      prompt: 'GitHub logins allowed to maintain this issuer, comma-separated',
      check: (v) => {
        const xs = list(v);
        return xs.length === 0
          ? 'at least one GitHub login'
          : xs.every((x) => /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(x))
            ? undefined
            : 'GitHub logins: letters, digits and hyphens';
      },
    },
  ],
};
