/** Prerequisite chains must end: a cycle would make every credential in it unearnable. */
import type { Catalog } from '../model.ts';
import { problemAt } from '../model.ts';
import type { Problem } from '../problems.ts';

/** Every distinct cycle in the prerequisite graph, each as the list of ids in order. */
export function findPrerequisiteCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const visit = (id: string) => {
    state.set(id, 'open');
    stack.push(id);
    for (const next of graph.get(id) ?? []) {
      if (next === id || !graph.has(next)) continue; // self-reference and dangling ids are reported elsewhere
      const s = state.get(next);
      if (s === 'open') {
        const cycle = stack.slice(stack.indexOf(next));
        const key = [...cycle].sort().join('|');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push(cycle);
        }
      } else if (s === undefined) visit(next);
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of [...graph.keys()].sort()) if (!state.has(id)) visit(id);
  return cycles;
}

export function checkPrerequisiteCycles(c: Catalog): Problem[] {
  const graph = new Map([...c.credentials.values()].map((e) => [e.id, e.data.prerequisites]));
  const out: Problem[] = [];
  for (const cycle of findPrerequisiteCycles(graph)) {
    const path = [...cycle, cycle[0]].join(' → ');
    cycle.forEach((id, i) => {
      const entry = c.credentials.get(id);
      if (!entry) return;
      const next = cycle[(i + 1) % cycle.length];
      const index = entry.data.prerequisites.indexOf(next ?? '');
      out.push(
        problemAt(entry, ['prerequisites', index], {
          code: 'prerequisite-cycle',
          message: `forms a prerequisite cycle: ${path}`,
          hint: 'Remove one of these prerequisites so the chain has a starting point.',
        }),
      );
    });
  }
  return out;
}
