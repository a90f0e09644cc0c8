/**
 * Reads a pasted draft credential in the browser with the content check itself (the rules of
 * `npm run check`, src/lib/catalog/draft-check.ts), against the published catalog, so an issuer
 * sees what reviewers will see before opening a pull request; then its quality checks. Loaded
 * only when a draft is pasted (it brings the YAML and MDX parsers and the schemas); the catalog
 * is fetched once, then.
 */
import { checkDraft, type SerializedCatalog } from '../../lib/catalog/draft-check.ts';
import type { Problem } from '../../lib/catalog/problems.ts';
import { reviewQuality, type AutoCheck } from '../../lib/catalog/quality.ts';
import type { CredentialData, RubricData } from '../../lib/catalog/schema/index.ts';

export interface DraftResult {
  title: string;
  problems: Problem[];
  checks: Record<string, AutoCheck[]>;
}

let published: Promise<SerializedCatalog> | undefined;

export async function assessDraft(
  text: string,
  catalogUrl: string,
  rubrics: Record<string, RubricData>,
  quality: { id: string; data: RubricData },
): Promise<DraftResult> {
  published ??= fetch(catalogUrl).then(async (r) => {
    if (!r.ok) throw new Error(`the catalog could not be loaded (${r.status})`);
    return (await r.json()) as SerializedCatalog;
  });
  const { problems, entry } = await checkDraft(text, await published);
  if (!entry) return { title: 'Draft', problems, checks: {} };
  const data = entry.data as CredentialData;
  const review = reviewQuality({ data, body: entry.body, rubric: rubrics[data.rubric] }, quality);
  return {
    title: data.title,
    problems,
    checks: Object.fromEntries(review.standards.map((s) => [s.id, s.checks])),
  };
}
