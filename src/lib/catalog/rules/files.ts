/**
 * Every file under content/ is a regular file with a plain name. A symbolic link could make the
 * build read (and publish) a file from outside the repository; names with "..", back-slashes,
 * control characters or Windows-reserved characters could write or read outside their folder
 * on some machines.
 */
import type { Problem } from '../problems.ts';
import { MAX_TEXT_BYTES, type SourceFile } from '../source.ts';

const BAD_CHARACTER = /[\u0000-\u001f\u007f\\:*?"<>|]/;

const describeCharacter = (c: string) =>
  c === '\\'
    ? 'a back-slash (a folder separator on Windows)'
    : c === ':'
      ? 'a colon'
      : /[\u0000-\u001f\u007f]/.test(c)
        ? `a control character (U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})`
        : `the character "${c}"`;

/** Why a repository-relative path is unsafe, or undefined when it is fine. */
export function unsafePathReason(path: string): string | undefined {
  if (path.startsWith('/')) return 'is an absolute path';
  for (const segment of path.split('/')) {
    if (segment === '') return 'has an empty folder name ("//")';
    if (segment === '.' || segment === '..')
      return `has a "${segment}" segment, which points outside its folder`;
    const bad = BAD_CHARACTER.exec(segment)?.[0];
    if (bad)
      return `has ${describeCharacter(bad)} in ${/[\u0000-\u001f\u007f]/.test(segment) ? JSON.stringify(segment) : `"${segment}"`}`;
    if (/[. ]$/.test(segment)) return `has a name ending in a dot or a space ("${segment}")`;
  }
  return undefined;
}

/**
 * The longest file or folder name the build can write. The site builder names its own files after
 * content files (`chunks/<name>_<hash>.mjs`, `<slug>/index.html`), and file systems allow 255
 * bytes per name: a 251-character name passes every other rule and then fails the build.
 * A hundred characters is far more than any slug needs.
 */
export const MAX_NAME_BYTES = 100;
/** The longest repository-relative path, so the built site's paths stay well within every system's limit. */
export const MAX_PATH_BYTES = 200;
/** Names Windows reserves for devices, whatever the extension: a build there cannot write them. */
const RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

const bytes = (s: string) => new TextEncoder().encode(s).length;

/** Why the build could not write a file at this path (on any system it runs on), or undefined. */
export function unbuildablePathReason(path: string): string | undefined {
  for (const segment of path.split('/')) {
    if (bytes(segment) > MAX_NAME_BYTES)
      return `has a name of ${bytes(segment)} bytes ("${segment.slice(0, 24)}…"); names are at most ${MAX_NAME_BYTES}, because the build writes files named after it and file systems stop at 255`;
    const stem = segment.split('.')[0] ?? '';
    if (RESERVED.test(stem))
      return `has the name "${segment}", which Windows reserves for a device ("${stem}"), so the site could not be built there`;
  }
  if (bytes(path) > MAX_PATH_BYTES)
    return `is ${bytes(path)} bytes long; paths are at most ${MAX_PATH_BYTES}, or the built site's files could not be written`;
  return undefined;
}

/**
 * Paths that differ only in letter case (or Unicode normalization) are one file on macOS and
 * Windows: each is mapped to the one it clashes with. The all-lower-case path, if there is one,
 * is kept; the others clash with it.
 */
export function caseCollisions(paths: readonly string[]): Map<string, string> {
  const first = new Map<string, string>();
  const clashes = new Map<string, string>();
  const key = (p: string) => p.normalize('NFC').toLowerCase();
  const lower = (p: string) => (p === p.toLowerCase() ? 0 : 1);
  const sorted = [...paths].sort(
    (a, b) => key(a).localeCompare(key(b)) || lower(a) - lower(b) || a.localeCompare(b),
  );
  for (const p of sorted) {
    const k = key(p);
    const other = first.get(k);
    if (other === undefined) first.set(k, p);
    else clashes.set(p, other);
  }
  return clashes;
}

/** A problem when the file itself (not its content) is not acceptable; then it is not read further. */
export function checkFile(file: SourceFile): Problem | undefined {
  const reason = unsafePathReason(file.path) ?? unbuildablePathReason(file.path);
  if (reason) {
    return {
      code: 'path',
      severity: 'error',
      file: file.path,
      line: 1,
      message: `file name ${reason}`,
      hint: "Content files are named with lower-case letters, digits and hyphens, in their collection's folder.",
    };
  }
  if (file.kind === 'symlink') {
    return {
      code: 'symlink',
      severity: 'error',
      file: file.path,
      line: 1,
      message: 'is a symbolic link',
      hint: 'A link can point outside the repository, at files on the build machine. Commit the file itself instead.',
    };
  }
  const textSize =
    file.kind === undefined ? Math.max(file.size ?? 0, new TextEncoder().encode(file.text).length) : 0;
  if (textSize > MAX_TEXT_BYTES) {
    return {
      code: 'file-too-large',
      severity: 'error',
      file: file.path,
      line: 1,
      message: `is ${Math.ceil(textSize / 1024)} KB; content files are at most ${MAX_TEXT_BYTES / 1024} KB`,
      hint: 'A micro-credential, stack or rubric fits in a few kilobytes. Split it, or remove whatever made it this large.',
    };
  }
  if (file.kind === 'special') {
    return {
      code: 'special-file',
      severity: 'error',
      file: file.path,
      line: 1,
      message: 'is not a regular file',
      hint: 'Remove it; content is made of regular files.',
    };
  }
  return undefined;
}

export const caseClashProblem = (path: string, clash: string): Problem => ({
  code: 'path',
  severity: 'error',
  file: path,
  line: 1,
  message: `file name differs from ${clash} only in letter case: on macOS and Windows they are one file`,
  hint: 'Rename or remove one of them; content file names are lower-case.',
});
