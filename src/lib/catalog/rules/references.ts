/**
 * Cross-references between entries: every id a file names must exist, be of the right kind,
 * and (for credentials) sit in its issuer's namespace.
 */
import type { Catalog } from '../model.ts';
import { problemAt } from '../model.ts';
import type { Problem } from '../problems.ts';

const known = (ids: Iterable<string>) => {
  const list = [...ids].sort();
  return list.length
    ? `Known ids: ${list.slice(0, 12).join(', ')}${list.length > 12 ? ', …' : ''}.`
    : 'There are none yet.';
};

export function checkReferences(c: Catalog): Problem[] {
  const out: Problem[] = [];
  /** Present, or present but invalid (already reported): either way not a dangling reference. */
  const has = (name: 'issuers' | 'credentials' | 'rubrics' | 'glossary', id: string) =>
    c[name].has(id) || c.invalid.has(`${name}:${id}`);

  for (const cred of c.credentials.values()) {
    const d = cred.data;
    if (!has('issuers', d.issuer)) {
      out.push(
        problemAt(cred, ['issuer'], {
          code: 'reference',
          message: `names issuer "${d.issuer}", which is not in content/issuers/`,
          hint: known(c.issuers.keys()),
        }),
      );
    }
    if (cred.folder !== undefined && d.issuer !== cred.folder) {
      out.push(
        problemAt(cred, ['issuer'], {
          code: 'namespace',
          message: `is "${d.issuer}" but the file is filed under content/credentials/${cred.folder}/`,
          hint: `A credential lives in its own issuer's folder: move it to content/credentials/${d.issuer}/ or correct the issuer.`,
        }),
      );
    }
    const rubric = c.rubrics.get(d.rubric);
    if (!rubric) {
      if (!has('rubrics', d.rubric))
        out.push(
          problemAt(cred, ['rubric'], {
            code: 'reference',
            message: `names rubric "${d.rubric}", which is not in content/rubrics/`,
            hint: known(c.rubrics.keys()),
          }),
        );
    } else if (rubric.data.kind !== 'assessment') {
      out.push(
        problemAt(cred, ['rubric'], {
          code: 'reference',
          message: `names "${d.rubric}", a quality rubric; a credential is scored with an assessment rubric`,
        }),
      );
    }
    const seen = new Set<string>();
    d.prerequisites.forEach((p, i) => {
      if (p === cred.id)
        out.push(
          problemAt(cred, ['prerequisites', i], {
            code: 'prerequisite-cycle',
            message: 'lists the credential itself as its own prerequisite',
          }),
        );
      else if (!has('credentials', p))
        out.push(
          problemAt(cred, ['prerequisites', i], {
            code: 'reference',
            message: `names credential "${p}", which does not exist`,
            hint: 'Write it as "<issuer>/<slug>", the path under content/credentials/ without the extension.',
          }),
        );
      if (seen.has(p))
        out.push(problemAt(cred, ['prerequisites', i], { code: 'duplicate', message: `lists "${p}" twice` }));
      seen.add(p);
      const pre = c.credentials.get(p);
      if (pre && d.status === 'active' && pre.data.status !== 'active') {
        out.push(
          problemAt(cred, ['prerequisites', i], {
            code: 'status',
            severity: 'warning',
            message: `is "${p}", which is ${pre.data.status}: earners cannot complete it`,
          }),
        );
      }
    });
    if (d.supersededBy && !has('credentials', d.supersededBy)) {
      out.push(
        problemAt(cred, ['supersededBy'], {
          code: 'reference',
          message: `names credential "${d.supersededBy}", which does not exist`,
        }),
      );
    }
    if (d.status === 'retired' && !d.retired) {
      out.push(
        problemAt(cred, ['status'], {
          code: 'status',
          message: 'is "retired" but no "retired" date is given',
          hint: 'Add retired: YYYY-MM-DD.',
        }),
      );
    }
    if (d.status !== 'retired' && d.retired) {
      out.push(
        problemAt(cred, ['retired'], {
          code: 'status',
          message: `is set but the status is "${d.status}"`,
          hint: 'Remove the date, or set status: retired.',
        }),
      );
    }
    d.reviews.forEach((r, i) => {
      const qr = c.rubrics.get(r.rubric);
      if (!qr) {
        if (!has('rubrics', r.rubric))
          out.push(
            problemAt(cred, ['reviews', i, 'rubric'], {
              code: 'reference',
              message: `names rubric "${r.rubric}", which does not exist`,
            }),
          );
        return;
      }
      if (qr.data.kind !== 'quality')
        out.push(
          problemAt(cred, ['reviews', i, 'rubric'], {
            code: 'reference',
            message: `"${r.rubric}" is not a quality rubric`,
          }),
        );
      const criteria = new Set(qr.data.criteria.map((k) => k.id));
      const levels = new Set(qr.data.levels.map((l) => l.id));
      for (const [std, level] of Object.entries(r.levels)) {
        if (!criteria.has(std))
          out.push(
            problemAt(cred, ['reviews', i, 'levels', std], {
              code: 'reference',
              message: `"${std}" is not a standard of ${r.rubric}`,
              hint: `Standards: ${[...criteria].join(', ')}.`,
            }),
          );
        else if (!levels.has(level))
          out.push(
            problemAt(cred, ['reviews', i, 'levels', std], {
              code: 'reference',
              message: `"${level}" is not a level of ${r.rubric}`,
              hint: `Levels: ${[...levels].join(', ')}.`,
            }),
          );
      }
    });
  }

  for (const stack of c.stacks.values()) {
    if (!has('issuers', stack.data.curator)) {
      out.push(
        problemAt(stack, ['curator'], {
          code: 'reference',
          message: `names issuer "${stack.data.curator}", which is not in content/issuers/`,
          hint: known(c.issuers.keys()),
        }),
      );
    }
    const seen = new Set<string>();
    stack.data.credentials.forEach((id, i) => {
      if (!has('credentials', id))
        out.push(
          problemAt(stack, ['credentials', i], {
            code: 'reference',
            message: `names credential "${id}", which does not exist`,
            hint: 'Write it as "<issuer>/<slug>".',
          }),
        );
      if (seen.has(id))
        out.push(problemAt(stack, ['credentials', i], { code: 'duplicate', message: `lists "${id}" twice` }));
      seen.add(id);
    });
  }

  for (const term of c.glossary.values()) {
    term.data.related.forEach((r, i) => {
      if (!has('glossary', r))
        out.push(
          problemAt(term, ['related', i], {
            code: 'reference',
            message: `names term "${r}", which is not in content/glossary/`,
          }),
        );
    });
  }
  return out;
}
