/**
 * Badge artwork: a credential's `image.src` is a path, relative to the credential file, to a PNG
 * in its own issuer's folder under content/images/. The file must be there, be a real PNG (by
 * its signature, not its name), be no larger than `MAX_IMAGE_BYTES`, and not be a link.
 */
import type { Catalog } from '../model.ts';
import { problemAt } from '../model.ts';
import type { Problem } from '../problems.ts';
import type { SourceFile } from '../source.ts';

export const MAX_IMAGE_BYTES = 256 * 1024;
export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

export const isPng = (head: Uint8Array | undefined) =>
  Boolean(head && PNG_SIGNATURE.every((b, i) => head[i] === b));

/** Resolves `src` against the folder of `from` (both with forward slashes); undefined if it climbs above the root. */
export function resolveRelative(from: string, src: string): string | undefined {
  const parts = from.split('/').slice(0, -1);
  for (const seg of src.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(seg);
  }
  return parts.join('/');
}

const kb = (n: number) => `${Math.ceil(n / 1024)} KB`;

export function checkImages(c: Catalog, files: readonly SourceFile[]): Problem[] {
  const out: Problem[] = [];
  const byPath = new Map(files.map((f) => [f.path, f]));
  for (const cred of c.credentials.values()) {
    const src = cred.data.image?.src;
    if (src === undefined) continue;
    const issuer = cred.folder ?? cred.data.issuer;
    const folder = `content/images/${issuer}/`;
    const example = `../../images/${issuer}/${cred.id.split('/').at(-1) ?? 'badge'}.png`;
    const fail = (message: string, hint?: string) =>
      out.push(
        problemAt(cred, ['image', 'src'], {
          code: 'image',
          message,
          hint: hint ?? `Write a path relative to this file, e.g. "${example}".`,
        }),
      );

    if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('/') || /[\\%?#\u0000-\u001f]/.test(src)) {
      fail(`must be a path to a PNG under ${folder}, relative to this file (got "${src}")`);
      continue;
    }
    const resolved = resolveRelative(cred.file, src);
    if (resolved === undefined) {
      fail(`"${src}" points outside the repository`);
      continue;
    }
    if (!resolved.startsWith(folder) || resolved.slice(folder.length).includes('/')) {
      fail(
        `"${src}" points at ${resolved}, outside ${folder}`,
        `An issuer's artwork lives in its own folder. Put the PNG in ${folder} and write "${example}".`,
      );
      continue;
    }
    if (!resolved.endsWith('.png')) {
      fail(
        `"${src}" is not a .png file`,
        'Badge artwork is a PNG image (Open Badges bakes the credential into it).',
      );
      continue;
    }
    const file = byPath.get(resolved);
    if (!file) {
      fail(
        `"${src}" points at ${resolved}, which does not exist`,
        `Add the PNG at ${resolved}, or correct the path.`,
      );
      continue;
    }
    if (file.kind === 'symlink' || file.kind === 'special') {
      fail(
        `"${src}" points at ${resolved}, which is not a regular file`,
        'Commit the PNG itself, not a link to it.',
      );
      continue;
    }
    if (!isPng(file.head)) {
      fail(
        `"${src}" is not a PNG image: ${resolved} does not start with the PNG signature`,
        'Export the artwork as PNG; renaming another format to .png does not make it one.',
      );
      continue;
    }
    if ((file.size ?? 0) > MAX_IMAGE_BYTES) {
      fail(
        `"${src}" is ${kb(file.size ?? 0)}; badge artwork can be at most ${kb(MAX_IMAGE_BYTES)}`,
        'Export it smaller (about 400 × 400 pixels is plenty) or compress it, e.g. with oxipng or pngquant.',
      );
    }
  }
  return out;
}
