/**
 * Recognizers' rules must name things that exist and can be earned: a rule that accepts an
 * unknown or retired credential or stack, or an unknown issuer, is an error; one that accepts a
 * draft is a warning (nobody can earn it yet). Rule ids are unique within a recognizer, and a
 * rule's policy page must be one of the recognizer's own. Policies sit in the folder of an
 * existing recognizer.
 */
import type { Catalog, Entry } from '../model.ts';
import { problemAt } from '../model.ts';
import type { Problem } from '../problems.ts';
import type { RecognizerData } from '../schema/recognizer.ts';

type Status = 'draft' | 'active' | 'retired';

function checkEarnable(
  out: Problem[],
  r: Entry<RecognizerData>,
  path: PropertyKey[],
  kind: 'credential' | 'stack',
  id: string,
  status: Status | undefined,
  exists: boolean,
) {
  if (!exists) {
    out.push(
      problemAt(r, path, {
        code: 'reference',
        message: `names ${kind} "${id}", which does not exist`,
        hint:
          kind === 'credential'
            ? 'Write it as "<issuer>/<slug>", the path under content/credentials/ without the extension.'
            : "Write the stack's file name under content/stacks/ without the extension.",
      }),
    );
  } else if (status === 'retired') {
    out.push(
      problemAt(r, path, {
        code: 'status',
        message: `names ${kind} "${id}", which is retired: educators can no longer earn it`,
        hint: `Accept its successor instead, or remove the ${kind} from the rule.`,
      }),
    );
  } else if (status === 'draft') {
    out.push(
      problemAt(r, path, {
        code: 'status',
        severity: 'warning',
        message: `names ${kind} "${id}", which is still a draft: nobody can earn it yet`,
      }),
    );
  }
}

function checkRecognizer(c: Catalog, r: Entry<RecognizerData>): Problem[] {
  const out: Problem[] = [];
  const ids = new Set<string>();
  r.data.rules.forEach((rule, i) => {
    const at = (...rest: PropertyKey[]) => ['rules', i, ...rest];
    if (ids.has(rule.id))
      out.push(
        problemAt(r, at('id'), {
          code: 'duplicate',
          message: `"${rule.id}" is the id of an earlier rule`,
          hint: "Each rule needs its own id: it is part of the rule's address.",
        }),
      );
    ids.add(rule.id);

    const a = rule.accepts;
    if (a.type === 'credentials') {
      const seen = new Set<string>();
      a.credentials.forEach((id, j) => {
        const e = c.credentials.get(id);
        checkEarnable(
          out,
          r,
          at('accepts', 'credentials', j),
          'credential',
          id,
          e?.data.status,
          Boolean(e) || c.invalid.has(`credentials:${id}`),
        );
        if (seen.has(id))
          out.push(
            problemAt(r, at('accepts', 'credentials', j), {
              code: 'duplicate',
              message: `lists "${id}" twice`,
            }),
          );
        seen.add(id);
      });
    } else if (a.type === 'stack') {
      const e = c.stacks.get(a.stack);
      checkEarnable(
        out,
        r,
        at('accepts', 'stack'),
        'stack',
        a.stack,
        e?.data.status,
        Boolean(e) || c.invalid.has(`stacks:${a.stack}`),
      );
    } else if (a.type === 'issuer' && !c.issuers.has(a.issuer) && !c.invalid.has(`issuers:${a.issuer}`)) {
      out.push(
        problemAt(r, at('accepts', 'issuer'), {
          code: 'reference',
          message: `names issuer "${a.issuer}", which is not in content/issuers/`,
        }),
      );
    }

    const page = rule.policy.page;
    if (
      page !== undefined &&
      !c.policies.has(`${r.id}/${page}`) &&
      !c.invalid.has(`policies:${r.id}/${page}`)
    )
      out.push(
        problemAt(r, at('policy', 'page'), {
          code: 'reference',
          message: `names policy "${page}", which is not in content/policies/${r.id}/`,
          hint: `Add content/policies/${r.id}/${page}.md, or link the policy on your own site with "url" and "title".`,
        }),
      );
  });
  return out;
}

export function checkRecognizers(c: Catalog): Problem[] {
  const out: Problem[] = [];
  for (const r of c.recognizers.values()) out.push(...checkRecognizer(c, r));
  for (const p of c.policies.values()) {
    const owner = p.folder ?? '';
    if (!c.recognizers.has(owner) && !c.invalid.has(`recognizers:${owner}`))
      out.push({
        code: 'reference',
        severity: 'error',
        file: p.file,
        line: 1,
        message: `is filed under content/policies/${owner}/, but there is no recognizer "${owner}" in content/recognizers/`,
        hint: 'A policy lives in the folder of the recognizer that adopted it.',
      });
  }
  return out;
}
