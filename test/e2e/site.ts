/** Shared e2e helpers: one representative URL per page kind, and a crawler for internal links. */
import type { APIRequestContext } from '@playwright/test';

export const PAGE_KINDS = {
  home: '/',
  credentials: '/credentials/',
  credential: '/credentials/riverbend-usd/hinge-questions/',
  retiredCredential: '/credentials/riverbend-usd/student-portfolios-2019/',
  draftCredential: '/credentials/riverbend-usd/retrieval-practice/',
  stacks: '/stacks/',
  stack: '/stacks/formative-assessment-foundations/',
  nOfMStack: '/stacks/personalized-learning-pathway/',
  rubrics: '/rubrics/',
  rubric: '/rubrics/riverbend-demonstrated/',
  qualityRubric: '/rubrics/quality-assurance/',
  issuers: '/issuers/',
  issuer: '/issuers/riverbend-usd/',
  recognizers: '/recognizers/',
  recognizer: '/recognizers/harbor-county-schools/',
  policy: '/recognizers/westhaven-esb/policies/competency-based-renewal/',
  glossary: '/glossary/',
  selfAssessment: '/self-assessment/',
  verify: '/verify/',
  passport: '/passport/',
} as const;

const ATTR = /\s(?:href|src)="([^"#]*)(?:#[^"]*)?"/g;

/**
 * Breadth-first over every same-origin link and asset reachable from `start`, returning each
 * URL with its status and the page it was linked from.
 */
export async function crawl(request: APIRequestContext, start: string[], origin: string) {
  const seen = new Map<string, { status: number; from: string }>();
  const queue: { url: string; from: string }[] = start.map((url) => ({ url, from: '(start)' }));
  while (queue.length) {
    const batch = queue.splice(0, 16);
    await Promise.all(
      batch.map(async ({ url, from }) => {
        if (seen.has(url)) return;
        seen.set(url, { status: 0, from });
        const res = await request.get(url, { maxRedirects: 0 });
        seen.set(url, { status: res.status(), from });
        const type = res.headers()['content-type'] ?? '';
        if (!type.includes('text/html')) return;
        const html = await res.text();
        for (const m of html.matchAll(ATTR)) {
          const raw = m[1];
          if (!raw || raw.startsWith('mailto:')) continue;
          const abs = new URL(raw.replaceAll('&amp;', '&'), origin + url);
          if (abs.origin !== origin) continue;
          const next = abs.pathname + abs.search;
          if (!seen.has(next)) queue.push({ url: next, from: url });
        }
      }),
    );
  }
  return seen;
}
