/**
 * Frontmatter YAML that the check and the site builder could read differently, or that could
 * blow up when read, is refused before any value is used: anchors and aliases (an "alias bomb"
 * expands a few lines into gigabytes), merge keys `<<` (Astro's YAML reader applies them, the
 * check's does not), and explicit tags such as `!!binary` or `!custom` (unknown tags are
 * guessed at, known ones change a value's type behind the schema's back).
 */
import { isAlias, isPair, isScalar, isSeq, visit, type Document, type Node } from 'yaml';
import { fieldPath, type Problem } from './problems.ts';

type At = (offset: number) => { line: number; column: number };

/** The dotted field path of a node from the ancestors `visit` passes. */
function fieldOf(ancestors: readonly unknown[], node: unknown): string | undefined {
  const path: PropertyKey[] = [];
  const chain = [...ancestors, node];
  chain.forEach((anc, i) => {
    const next = chain[i + 1];
    if (isPair(anc) && isScalar(anc.key) && next !== anc.key) path.push(String(anc.key.value));
    else if (isSeq(anc) && next !== undefined) {
      const index = anc.items.indexOf(next);
      if (index >= 0) path.push(index);
    }
  });
  return path.length ? fieldPath(path) : undefined;
}

const tagName = (tag: string) => tag.replace(/^tag:yaml\.org,2002:/, '!!');

/** Problems for anchors, aliases, merge keys and explicit tags anywhere in `doc`. */
export function yamlSafetyProblems(doc: Document, at: At, file: string): Problem[] {
  const out: Problem[] = [];
  const reuse: { offset: number; text: string; field: string | undefined }[] = [];
  visit(doc, {
    Pair(_, pair, ancestors) {
      if (isScalar(pair.key) && pair.key.value === '<<' && pair.key.range) {
        out.push({
          code: 'yaml-merge-key',
          severity: 'error',
          file,
          ...at(pair.key.range[0]),
          ...withField(fieldOf(ancestors, pair)),
          message: 'uses the YAML merge key "<<"',
          hint: 'Write the fields out in full. The site builder merges "<<" keys and the check does not, so the two would read different values.',
        });
      }
    },
    Node(_, node: Node, ancestors) {
      const range = node.range;
      if (!range) return;
      if (isAlias(node))
        reuse.push({ offset: range[0], text: `*${node.source}`, field: fieldOf(ancestors, node) });
      else if (node.anchor)
        reuse.push({ offset: range[0], text: `&${node.anchor}`, field: fieldOf(ancestors, node) });
      if (!isAlias(node) && node.tag) {
        out.push({
          code: 'yaml-tag',
          severity: 'error',
          file,
          ...at(range[0]),
          ...withField(fieldOf(ancestors, node)),
          message: `has the YAML tag "${tagName(node.tag)}"; tags are not allowed in frontmatter`,
          hint: 'Remove the tag. Plain YAML values (text, numbers, dates, true/false, lists and mappings) are all a content file needs.',
        });
      }
    },
  });
  // Anchors and aliases come in crowds (an alias bomb has dozens): report the first, with the count.
  reuse.sort((a, b) => a.offset - b.offset);
  const first = reuse[0];
  if (first) {
    out.push({
      code: 'yaml-alias',
      severity: 'error',
      file,
      ...at(first.offset),
      ...withField(first.field),
      message: `uses YAML anchors or aliases ("${first.text}"${reuse.length > 1 ? ` and ${reuse.length - 1} more` : ''}); they are not allowed in frontmatter`,
      hint: 'Write each value out in full. Aliases let a few lines expand into an enormous document (an "alias bomb").',
    });
  }
  return out;
}

const withField = (field: string | undefined) => (field ? { field } : {});
