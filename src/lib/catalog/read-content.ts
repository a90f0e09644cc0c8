/**
 * Node-only: reads every file under a content folder as `SourceFile`s (paths relative to the
 * root). Text files keep their text; binary files (images) keep their size and first bytes
 * only; symbolic links and other non-regular files are listed, unread, so the check can
 * reject them. Symbolic links are never followed.
 */
import { lstat, open, readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';
import { CONTENT_FOLDER, contentFolder } from '../config.ts';
import { isTextPath, MAX_TEXT_BYTES, SOURCE_HEAD_BYTES, type SourceFile } from './source.ts';

async function head(path: string): Promise<Uint8Array> {
  const fh = await open(path, 'r');
  try {
    const buf = new Uint8Array(SOURCE_HEAD_BYTES);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

export async function readContentFiles(root: string, dir = 'content'): Promise<SourceFile[]> {
  const out: SourceFile[] = [];
  const walk = async (abs: string) => {
    for (const name of (await readdir(abs)).sort()) {
      const p = join(abs, name);
      const st = await lstat(p);
      if (st.isDirectory()) {
        await walk(p);
        continue;
      }
      const path = relative(root, p).split(sep).join('/');
      if (st.isSymbolicLink()) out.push({ path, text: '', kind: 'symlink' });
      else if (!st.isFile()) out.push({ path, text: '', kind: 'special' });
      // An oversized text file is listed with its size but not read: the check rejects it.
      else if (isTextPath(extname(name)))
        out.push(
          st.size > MAX_TEXT_BYTES
            ? { path, text: '', size: st.size }
            : { path, text: await readFile(p, 'utf8') },
        );
      else out.push({ path, text: '', kind: 'binary', size: st.size, head: await head(p) });
    }
  };
  await walk(join(root, dir));
  return out;
}

/**
 * The catalog's files, wherever the content folder is (config.ts; tests and benchmarks point it
 * at a copy), with the repository paths the content check expects ("content/…").
 */
export async function readCatalogFiles(root: string): Promise<SourceFile[]> {
  const dir = relative(root, resolve(root, contentFolder()));
  return (await readContentFiles(root, dir)).map((f) => ({
    ...f,
    path: `${CONTENT_FOLDER}/${f.path.slice(dir.length + 1)}`,
  }));
}
