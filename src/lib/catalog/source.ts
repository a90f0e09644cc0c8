/**
 * Reads one content file: splits the YAML frontmatter from the body and keeps enough of the
 * YAML syntax tree to say on which line any field, or its closest existing parent, sits.
 */
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { Problem } from './problems.ts';

export interface SourceFile {
  /** Repository-relative path with forward slashes, e.g. `content/stacks/x.mdx`. */
  path: string;
  text: string;
}

export interface ParsedSource {
  path: string;
  data: unknown;
  body: string;
  /** 1-based line of the first body line in the file. */
  bodyLine: number;
  /** Line and column of a field (or its nearest present ancestor) in the file. */
  locate(path: readonly PropertyKey[]): { line: number; column: number };
}

const FENCE = /^---[ \t]*\r?$/;

export function parseSource(file: SourceFile): { source?: ParsedSource; problems: Problem[] } {
  const lines = file.text.split('\n');
  if (!FENCE.test(lines[0] ?? '')) {
    return {
      problems: [
        {
          code: 'frontmatter',
          severity: 'error',
          file: file.path,
          line: 1,
          message: 'has no frontmatter: the file must start with a line containing only "---"',
          hint: 'Start the file with "---", the YAML fields, and another "---" line before the body.',
        },
      ],
    };
  }
  const end = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
  if (end < 0) {
    return {
      problems: [
        {
          code: 'frontmatter',
          severity: 'error',
          file: file.path,
          line: 1,
          message: 'frontmatter is not closed: no second "---" line',
          hint: 'Add a line containing only "---" after the last YAML field.',
        },
      ],
    };
  }
  const yamlText = lines.slice(1, end).join('\n');
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true, version: '1.2' });
  const problems: Problem[] = [];
  for (const err of [...doc.errors, ...doc.warnings]) {
    const pos = counter.linePos(err.pos[0]);
    problems.push({
      code: 'yaml',
      severity: 'error',
      file: file.path,
      line: pos.line + 1,
      column: pos.col,
      message: `YAML: ${err.message.split('\n')[0]}`,
      hint:
        err.code === 'DUPLICATE_KEY'
          ? 'A field appears twice; keep one.'
          : 'Check indentation and quoting; values containing ": " or starting with special characters need quotes.',
    });
  }
  if (problems.length > 0) return { problems };

  const at = (offset: number) => {
    const p = counter.linePos(offset);
    return { line: p.line + 1, column: p.col };
  };
  const locate = (path: readonly PropertyKey[]) => {
    let node: unknown = doc.contents;
    let best = { line: 2, column: 1 };
    for (const seg of path) {
      if (isMap(node)) {
        const pair = node.items.find((it) => isPair(it) && isScalar(it.key) && String(it.key.value) === String(seg));
        if (!pair || !isPair(pair)) break;
        const key = pair.key as Node;
        if (key.range) best = at(key.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof seg === 'number') {
        const item = node.items[seg] as Node | undefined;
        if (!item) break;
        if (item.range) best = at(item.range[0]);
        node = item;
      } else break;
    }
    return best;
  };

  const data = doc.toJS({ maxAliasCount: 50 }) ?? {};
  return {
    source: { path: file.path, data, body: lines.slice(end + 1).join('\n'), bodyLine: end + 2, locate },
    problems,
  };
}
