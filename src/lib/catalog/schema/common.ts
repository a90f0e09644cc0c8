/**
 * Building blocks shared by every content schema.
 *
 * Domain code in `src/lib` never imports Astro: these schemas use `zod` directly (the same
 * major version Astro re-exports as `astro/zod`), so the content check, the CLIs and the
 * unit tests validate exactly what the Astro build validates.
 */
import { z } from 'zod';

/** Lower-case words joined by single hyphens: `formative-checks`. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slug = () =>
  z.string().regex(SLUG, { error: 'must be lower-case words joined by hyphens, e.g. "formative-checks"' });

/** A credential id is `<issuer>/<slug>`, the same as its path under `content/credentials/`. */
export const credentialId = () =>
  z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'must be "<issuer>/<slug>", e.g. "riverbend-usd/checks-for-understanding"',
  });

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2024-02-30" names no day: JavaScript would quietly read it as 1 March. */
const impossibleDay = (v: unknown) => {
  const m = typeof v === 'string' ? DAY.exec(v.trim()) : null;
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d;
};

/** Dates may be written as YAML dates or ISO strings; both become `Date`. */
export const date = () =>
  z.preprocess(
    (v, ctx) => {
      if (impossibleDay(v))
        ctx.addIssue({ code: 'custom', message: `is not a day on the calendar: ${String(v).trim()}` });
      return v;
    },
    z.coerce.date({ error: 'must be a date written as YYYY-MM-DD' }),
  );

export const httpUrl = () =>
  z.url({ protocol: /^https?$/, error: 'must be a full http(s) URL, e.g. "https://example.org/page"' });

export const nonEmpty = (max = 2000) => z.string().trim().min(1, { error: 'must not be empty' }).max(max);

export const lifecycleStatus = () =>
  z.enum(['draft', 'active', 'retired'], { error: 'must be one of: draft, active, retired' });

/** A person named on a credential: content expert, reviewer. */
export const person = () =>
  z.strictObject({
    name: nonEmpty(120),
    role: nonEmpty(200).optional(),
    affiliation: nonEmpty(200).optional(),
  });

export type Person = z.infer<ReturnType<typeof person>>;

export const email = () => z.email({ error: 'must be an email address' });

/** GitHub usernames allowed to change an issuer's or recognizer's namespace. */
export const maintainerLogins = () =>
  z
    .array(z.string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, { error: 'must be a GitHub username' }))
    .min(1);
