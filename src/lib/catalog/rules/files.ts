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

/** A problem when the file itself (not its content) is not acceptable; then it is not read further. */
export function checkFile(file: SourceFile): Problem | undefined {
  const reason = unsafePathReason(file.path);
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
