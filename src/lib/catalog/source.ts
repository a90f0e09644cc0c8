/**
 * Reads one content file: splits the YAML frontmatter from the body and keeps enough of the
 * YAML syntax tree to say on which line any field, or its closest existing parent, sits.
 */
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { Problem } from './problems.ts';
import { yamlSafetyProblems } from './yaml-safety.ts';

/** No content file needs more: the longest seed credential is under 15 KB. */
export const MAX_TEXT_BYTES = 256 * 1024;

export interface SourceFile {
  /** Repository-relative path with forward slashes, e.g. `content/stacks/x.mdx`. */
  path: string;
  /** The file's text; empty for binary files, symbolic links and special files. */
  text: string;
  /**
   * What the file is on disk: a text file when absent; `binary` (an image) keeps only `size`
   * and `head`; `symlink` and `special` (a device, socket or pipe) are never read.
   */
  kind?: 'binary' | 'symlink' | 'special';
  /** Size in bytes, for binary files and for text files too large to read. */
  size?: number;
  /** The first bytes of a binary file (at most `SOURCE_HEAD_BYTES`), e.g. to check a PNG signature. */
  head?: Uint8Array;
}

/** How many leading bytes of a binary file are kept. */
export const SOURCE_HEAD_BYTES = 64;

const TEXT_EXTENSIONS = new Set(['.md', '.mdx', '.json', '.txt', '.yml', '.yaml', '.csv', '.svg']);

/** Files read as text (by extension, e.g. ".mdx"); everything else is kept as binary. */
export const isTextPath = (ext: string) => TEXT_EXTENSIONS.has(ext.toLowerCase());

export interface ParsedSource {
  path: string;
  data: unknown;
  body: string;
  /** 1-based line of the first body line in the file. */
  bodyLine: number;
  /** Line and column of a field (or its nearest present ancestor) in the file. */
  locate: (path: readonly PropertyKey[]) => { line: number; column: number };
}

const FENCE = /^---[ \t]*\r?$/;
/** Astro ends the frontmatter at the first line that starts with "---" or "+++", whatever follows. */
const CLOSER = /^(?:---|\+\+\+)/;

export interface ParseResult {
  /** The parsed file, when its frontmatter could be read. */
  source?: ParsedSource;
  /** The body and its first line, whenever the frontmatter fences are in place (even if the YAML is not). */
  body?: { text: string; line: number };
  problems: Problem[];
}

const frontmatterProblem = (file: SourceFile, line: number, message: string, hint: string): Problem => ({
  code: 'frontmatter',
  severity: 'error',
  file: file.path,
  line,
  message,
  hint,
});

/**
 * The YAML parser notices an unclosed list, mapping or quote where it runs into the next field;
 * the mistake is where the bracket or quote was opened.
 */
function openerBefore(yaml: string, message: string, offset: number): number {
  const opener = /^Flow sequence/.test(message)
    ? '['
    : /^Flow mapping/.test(message)
      ? '{'
      : /^Missing closing "quote/.test(message)
        ? '"'
        : /^Missing closing 'quote/.test(message)
          ? "'"
          : undefined;
  if (!opener) return offset;
  const at = yaml.lastIndexOf(opener, offset - 1);
  return at < 0 ? offset : at;
}

/**
 * The text as the site builder reads it: without a leading byte order mark, and with Windows
 * (CRLF) line ends as plain newlines. Line numbers do not change.
 */
export const normalizeText = (text: string) => text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');

export function parseSource(file: SourceFile): ParseResult {
  const lines = normalizeText(file.text).split('\n');
  if (!FENCE.test(lines[0] ?? '')) {
    return {
      problems: [
        frontmatterProblem(
          file,
          1,
          'has no frontmatter: the file must start with a line containing only "---"',
          'Start the file with "---", the YAML fields, and another "---" line before the body.',
        ),
      ],
    };
  }
  const end = lines.findIndex((l, i) => i > 0 && CLOSER.test(l));
  if (end < 0) {
    return {
      problems: [
        frontmatterProblem(
          file,
          1,
          'frontmatter is not closed: no second "---" line',
          'Add a line containing only "---" after the last YAML field.',
        ),
      ],
    };
  }
  if (!FENCE.test(lines[end] ?? '')) {
    // The site builder would end the frontmatter here and read the rest of this line as the body.
    return {
      problems: [
        frontmatterProblem(
          file,
          end + 1,
          `starts with "${(lines[end] ?? '').slice(0, 3)}", which ends the frontmatter, but has more text after it`,
          'The line that closes the frontmatter must contain only "---". No line inside the frontmatter may start with "---" or "+++".',
        ),
      ],
    };
  }
  const body = { text: lines.slice(end + 1).join('\n'), line: end + 2 };
  const yamlText = lines.slice(1, end).join('\n');
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, {
    lineCounter: counter,
    prettyErrors: false,
    uniqueKeys: true,
    version: '1.2',
  });
  const problems: Problem[] = [];
  // Unknown tags are reported by yamlSafetyProblems, with every other tag.
  for (const err of [...doc.errors, ...doc.warnings.filter((w) => w.code !== 'TAG_RESOLVE_FAILED')]) {
    const pos = counter.linePos(openerBefore(yamlText, err.message, err.pos[0]));
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
  if (problems.length > 0) return { body, problems };

  const at = (offset: number) => {
    const p = counter.linePos(offset);
    return { line: p.line + 1, column: p.col };
  };
  const locate = (path: readonly PropertyKey[]) => {
    let node: unknown = doc.contents;
    let best = { line: 2, column: 1 };
    for (const seg of path) {
      if (isMap(node)) {
        const pair = node.items.find(
          (it) => isPair(it) && isScalar(it.key) && String(it.key.value) === String(seg),
        );
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

  const unsafe = yamlSafetyProblems(doc, at, file.path);
  if (unsafe.length > 0) return { body, problems: unsafe };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 0 }) ?? {};
  } catch (e) {
    return {
      body,
      problems: [
        frontmatterProblem(
          file,
          2,
          `frontmatter could not be read: ${(e as Error).message}`,
          'Simplify the YAML: plain values, lists and mappings only.',
        ),
      ],
    };
  }
  return {
    source: { path: file.path, data, body: body.text, bodyLine: body.line, locate },
    body,
    problems,
  };
}
