/**
 * Reads a pasted draft credential in the browser with the same parser, schema and quality
 * checks as `npm run check`, so an issuer sees what reviewers will see before opening a PR.
 * Loaded only when a draft is pasted (it brings the YAML parser and the schema).
 */
import { issuesToProblems, parseContent } from '../../lib/catalog/error-map.ts';
import type { Problem } from '../../lib/catalog/problems.ts';
import { reviewQuality, type AutoCheck } from '../../lib/catalog/quality.ts';
import { credentialSchema, type RubricData } from '../../lib/catalog/schema/index.ts';
import { parseSource } from '../../lib/catalog/source.ts';

export interface DraftResult {
  title: string;
  problems: Problem[];
  checks: Record<string, AutoCheck[]>;
}

export function assessDraft(
  text: string,
  rubrics: Record<string, RubricData>,
  quality: { id: string; data: RubricData },
): DraftResult {
  const file = { path: 'draft.mdx', text };
  const parsed = parseSource(file);
  if (!parsed.source) return { title: 'Draft', problems: parsed.problems, checks: {} };
  const result = parseContent(credentialSchema(), parsed.source.data);
  if (!result.success)
    return { title: 'Draft', problems: issuesToProblems(result.error.issues, parsed.source), checks: {} };
  const data = result.data;
  const rubric = rubrics[data.rubric];
  const review = reviewQuality({ data, body: parsed.source.body, rubric }, quality);
  const problems: Problem[] = rubric
    ? []
    : [
        {
          code: 'reference',
          severity: 'error',
          file: 'draft.mdx',
          line: parsed.source.locate(['rubric']).line,
          field: 'rubric',
          message: `names rubric "${data.rubric}", which is not in the catalog`,
        },
      ];
  return {
    title: data.title,
    problems,
    checks: Object.fromEntries(review.standards.map((s) => [s.id, s.checks])),
  };
}
