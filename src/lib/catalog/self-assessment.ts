/**
 * An issuer's self-assessment against the quality rubric: the level they record for each
 * standard, their notes, and what the automatic checks found, summarized and exported.
 */
import type { RubricData } from './schema/rubric.ts';
import type { AutoCheck } from './quality.ts';

export interface SelfAssessment {
  credential: string;
  date: string;
  /** Level id per standard id; missing means not yet assessed. */
  levels: Record<string, string>;
  notes: Record<string, string>;
  /** Automatic findings per standard id. */
  checks: Record<string, AutoCheck[]>;
}

export interface AssessmentSummary {
  complete: boolean;
  meets: boolean;
  /** Standards below the passing level, or not yet assessed. */
  gaps: { id: string; name: string; level?: string }[];
  failedChecks: number;
}

export function summarizeAssessment(
  rubric: Pick<RubricData, 'criteria' | 'levels' | 'pass'>,
  a: SelfAssessment,
): AssessmentSummary {
  const passIndex = rubric.levels.findIndex((l) => l.id === rubric.pass.level);
  const gaps: AssessmentSummary['gaps'] = [];
  for (const k of rubric.criteria) {
    const levelId = a.levels[k.id];
    const index = rubric.levels.findIndex((l) => l.id === levelId);
    const name = rubric.levels[index]?.name;
    if (index < passIndex) gaps.push({ id: k.id, name: k.name, ...(name ? { level: name } : {}) });
  }
  const complete = rubric.criteria.every((k) => a.levels[k.id] !== undefined);
  const failedChecks = Object.values(a.checks)
    .flat()
    .filter((c) => !c.ok).length;
  const needed = rubric.pass.of === 'all' ? rubric.criteria.length : rubric.pass.of;
  return {
    complete,
    meets: complete && rubric.criteria.length - gaps.length >= needed && failedChecks === 0,
    gaps,
    failedChecks,
  };
}

/** The assessment as Markdown, for the pull request description or the issuer's records. */
export function assessmentMarkdown(
  rubric: Pick<RubricData, 'title' | 'criteria' | 'levels' | 'pass'>,
  a: SelfAssessment,
  title: string,
): string {
  const s = summarizeAssessment(rubric, a);
  const lines = [`# Self-assessment: ${title}`, '', `Against the ${rubric.title}, on ${a.date}.`, ''];
  lines.push(
    s.meets
      ? 'Result: meets every standard.'
      : s.complete
        ? `Result: ${s.gaps.length} standard(s) below the passing level; ${s.failedChecks} automatic check(s) not met.`
        : 'Result: not every standard has been assessed yet.',
    '',
  );
  for (const k of rubric.criteria) {
    const level = rubric.levels.find((l) => l.id === a.levels[k.id])?.name ?? 'Not assessed';
    lines.push(`## ${k.name}: ${level}`);
    for (const c of a.checks[k.id] ?? []) lines.push(`- ${c.ok ? '[x]' : '[ ]'} ${c.label}: ${c.detail}`);
    const note = a.notes[k.id]?.trim();
    if (note) lines.push('', note);
    lines.push('');
  }
  return `${lines.join('\n').trim()}\n`;
}
