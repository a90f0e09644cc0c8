/** Reading a rubric's pass rule and scoring results against it. */
import type { RubricData } from './schema/rubric.ts';

/** "Passing: at least Proficient on every criterion." */
export function describePassRule(r: Pick<RubricData, 'levels' | 'criteria' | 'pass'>): string {
  const level = r.levels.find((l) => l.id === r.pass.level)?.name ?? r.pass.level;
  const top = r.levels.at(-1)?.id === r.pass.level;
  const atLeast = top ? level : `at least ${level}`;
  const of =
    r.pass.of === 'all' ? 'every criterion' : `at least ${r.pass.of} of the ${r.criteria.length} criteria`;
  return `Passing: ${atLeast} on ${of}.`;
}

/**
 * Whether scores (criterion id → level id) pass the rubric. A missing score is not a pass.
 * Levels are ordered lowest first, so "at least" compares positions.
 */
export function passes(
  r: Pick<RubricData, 'levels' | 'criteria' | 'pass'>,
  scores: Readonly<Record<string, string>>,
): boolean {
  const need = r.levels.findIndex((l) => l.id === r.pass.level);
  if (need < 0) return false;
  const met = r.criteria.filter((k) => {
    const got = r.levels.findIndex((l) => l.id === scores[k.id]);
    return got >= need;
  }).length;
  return met >= (r.pass.of === 'all' ? r.criteria.length : r.pass.of);
}
