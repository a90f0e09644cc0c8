/** A rubric's levels, criteria and pass rule must agree with each other. */
import type { Catalog } from '../model.ts';
import { problemAt } from '../model.ts';
import type { Problem } from '../problems.ts';

export function checkRubrics(c: Catalog): Problem[] {
  const out: Problem[] = [];
  for (const r of c.rubrics.values()) {
    const { levels, criteria, pass } = r.data;
    const levelIds = levels.map((l) => l.id);
    dupes(levelIds).forEach((i) =>
      out.push(
        problemAt(r, ['levels', i, 'id'], {
          code: 'duplicate',
          message: `repeats level id "${levelIds[i]}"`,
        }),
      ),
    );
    const criterionIds = criteria.map((k) => k.id);
    dupes(criterionIds).forEach((i) =>
      out.push(
        problemAt(r, ['criteria', i, 'id'], {
          code: 'duplicate',
          message: `repeats criterion id "${criterionIds[i]}"`,
        }),
      ),
    );

    const passIndex = levelIds.indexOf(pass.level);
    if (passIndex < 0) {
      out.push(
        problemAt(r, ['pass', 'level'], {
          code: 'rubric-pass-rule',
          message: `is "${pass.level}", which is not one of the rubric's levels`,
          hint: `Levels, lowest first: ${levelIds.join(', ')}.`,
        }),
      );
    } else if (passIndex === 0) {
      out.push(
        problemAt(r, ['pass', 'level'], {
          code: 'rubric-pass-rule',
          message: `is the lowest level, so every submission would pass`,
          hint: 'Levels are listed lowest first; name the level a submission must reach.',
        }),
      );
    }
    if (typeof pass.of === 'number' && pass.of > criteria.length) {
      out.push(
        problemAt(r, ['pass', 'of'], {
          code: 'rubric-pass-rule',
          message: `asks for ${pass.of} criteria but the rubric has ${criteria.length}`,
          hint: 'Lower the number or write of: all.',
        }),
      );
    }
    const points = levels.map((l) => l.points);
    if (points.some((p) => p !== undefined)) {
      if (points.some((p) => p === undefined))
        out.push(
          problemAt(r, ['levels'], {
            code: 'rubric-levels',
            message: 'give points for some levels but not all',
          }),
        );
      else if (points.some((p, i) => i > 0 && (p ?? 0) <= (points[i - 1] ?? 0)))
        out.push(
          problemAt(r, ['levels'], {
            code: 'rubric-levels',
            message: 'points must increase from the first (lowest) level to the last',
            hint: 'List levels lowest first.',
          }),
        );
    }
    criteria.forEach((k, i) => {
      for (const key of Object.keys(k.descriptors ?? {})) {
        if (!levelIds.includes(key))
          out.push(
            problemAt(r, ['criteria', i, 'descriptors', key], {
              code: 'rubric-levels',
              message: `describes level "${key}", which the rubric does not have`,
              hint: `Levels: ${levelIds.join(', ')}.`,
            }),
          );
      }
      if (r.data.kind === 'assessment') {
        const missing = levelIds.filter((l) => !(k.descriptors && l in k.descriptors));
        if (missing.length)
          out.push(
            problemAt(r, ['criteria', i, 'descriptors'], {
              code: 'rubric-levels',
              message: `has no descriptor for level${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
              hint: 'Assessors and earners need to see what each level looks like.',
            }),
          );
      }
    });
  }
  return out;
}

function dupes(ids: readonly string[]): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  ids.forEach((id, i) => {
    if (seen.has(id)) out.push(i);
    seen.add(id);
  });
  return out;
}
