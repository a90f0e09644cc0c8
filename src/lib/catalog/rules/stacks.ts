/** A stack's rule must be achievable with the credentials it lists, as they stand today. */
import type { Catalog } from '../model.ts';
import { problemAt } from '../model.ts';
import type { Problem } from '../problems.ts';

export function checkStacks(c: Catalog): Problem[] {
  const out: Problem[] = [];
  for (const s of c.stacks.values()) {
    const { rule, credentials, ordered } = s.data;
    const m = credentials.length;
    if (rule.type === 'n-of-m') {
      if (rule.n > m) {
        out.push(
          problemAt(s, ['rule', 'n'], {
            code: 'stack-rule',
            message: `asks for ${rule.n} credentials but the stack lists ${m}`,
            hint: `Lower n to at most ${m}, or add credentials.`,
          }),
        );
        continue;
      }
      if (rule.n === m) {
        out.push(
          problemAt(s, ['rule'], {
            code: 'stack-rule',
            severity: 'warning',
            message: `asks for all ${m} credentials`,
            hint: 'Write rule: { type: all } instead.',
          }),
        );
      }
    }
    const need = rule.type === 'all' ? m : rule.n;
    const members = credentials.map((id) => c.credentials.get(id)).filter((e) => e !== undefined);
    const earnable = members.filter((e) => e.data.status === 'active').length;
    if (s.data.status === 'active' && members.length === m && earnable < need) {
      const blocked = members
        .filter((e) => e.data.status !== 'active')
        .map((e) => `${e.id} (${e.data.status})`);
      out.push(
        problemAt(s, ['rule'], {
          code: 'stack-rule',
          message: `cannot be met: it needs ${need} credentials but only ${earnable} of ${m} are active`,
          hint: `Not earnable now: ${blocked.join(', ')}. Replace them or lower the rule.`,
        }),
      );
    }
    if (ordered) {
      credentials.forEach((id, i) => {
        const entry = c.credentials.get(id);
        for (const pre of entry?.data.prerequisites ?? []) {
          const j = credentials.indexOf(pre);
          if (j > i) {
            out.push(
              problemAt(s, ['credentials', i], {
                code: 'stack-order',
                message: `"${id}" comes before its prerequisite "${pre}"`,
                hint: 'In an ordered stack, list prerequisites first.',
              }),
            );
          }
        }
      });
    }
  }
  return out;
}
