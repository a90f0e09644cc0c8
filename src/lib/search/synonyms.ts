/**
 * The catalog's synonym and acronym table, content/search/synonyms.yaml: a list of groups, each
 * a list of words or phrases that mean the same to a searcher ("SEL", "social-emotional
 * learning"). A query holding any of them searches for all of them. Read by the content check
 * (problems with file, line and field) and by the build (the groups, for the search island).
 */
import { isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Problem } from '../catalog/problems.ts';
import { yamlSafetyProblems } from '../catalog/yaml-safety.ts';
import { words } from './words.ts';

export const SYNONYMS_FILE = 'content/search/synonyms.yaml';
const MAX_GROUPS = 1000;
const MAX_PHRASE = 60;
const MAX_WORDS = 6;

export interface SynonymsResult {
  groups: string[][];
  problems: Problem[];
}

export function parseSynonyms(text: string, file = SYNONYMS_FILE): SynonymsResult {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, version: '1.2' });
  const at = (offset: number) => {
    // LineCounter's lines and columns count from 1.
    const p = counter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const problem = (offset: number, field: string | undefined, message: string, hint: string): Problem => ({
    code: 'synonyms',
    severity: 'error',
    file,
    ...at(offset),
    ...(field ? { field } : {}),
    message,
    hint,
  });
  const problems: Problem[] = doc.errors.map((e) =>
    problem(e.pos[0], undefined, `YAML: ${e.message.split('\n')[0]}`, 'Check indentation and quoting.'),
  );
  if (problems.length) return { groups: [], problems };
  const unsafe = yamlSafetyProblems(doc, at, file);
  if (unsafe.length) return { groups: [], problems: unsafe };
  const root = doc.contents;
  if (root === null) return { groups: [], problems };
  const shape = 'Write one group per line, e.g. "- [SEL, social-emotional learning]".';
  if (!isSeq(root))
    return { groups: [], problems: [problem(0, undefined, 'must be a list of synonym groups', shape)] };
  if (root.items.length > MAX_GROUPS)
    problems.push(
      problem(
        0,
        undefined,
        `has ${root.items.length} groups; at most ${MAX_GROUPS}`,
        'Keep the table to terms people search for.',
      ),
    );
  const groups: string[][] = [];
  const seen = new Map<string, number>();
  root.items.forEach((item, g) => {
    const offset = (item as { range?: readonly number[] | null }).range?.[0] ?? 0;
    if (!isSeq(item) || item.items.length < 2) {
      problems.push(problem(offset, `[${g}]`, 'must be a list of at least two words or phrases', shape));
      return;
    }
    const group: string[] = [];
    item.items.forEach((p, k) => {
      const field = `[${g}][${k}]`;
      const pos = (p as { range?: readonly number[] | null }).range?.[0] ?? offset;
      const value = isScalar(p) ? p.value : undefined;
      if (typeof value !== 'string' || !value.trim()) {
        problems.push(problem(pos, field, 'must be a word or phrase', shape));
        return;
      }
      const ws = words(value);
      if (value.length > MAX_PHRASE || ws.length > MAX_WORDS || !ws.length) {
        problems.push(
          problem(
            pos,
            field,
            `"${value.slice(0, 80)}" is not a short word or phrase`,
            `Use up to ${MAX_WORDS} words and ${MAX_PHRASE} characters.`,
          ),
        );
        return;
      }
      const key = ws.join(' ');
      const other = seen.get(key);
      if (other !== undefined && other !== g) {
        problems.push(
          problem(
            pos,
            field,
            `"${value}" is also in group ${other + 1}`,
            'A phrase can belong to one group only: merge the two groups.',
          ),
        );
        return;
      }
      seen.set(key, g);
      group.push(value.trim());
    });
    if (group.length >= 2) groups.push(group);
  });
  return { groups, problems };
}
