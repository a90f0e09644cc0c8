/** Node-only: reads every file under a content folder as `SourceFile`s (paths relative to the root). */
import { readdir, readFile, lstat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { SourceFile } from './source.ts';

export async function readContentFiles(root: string, dir = 'content'): Promise<SourceFile[]> {
  const out: SourceFile[] = [];
  const walk = async (abs: string) => {
    for (const name of (await readdir(abs)).sort()) {
      const p = join(abs, name);
      const st = await lstat(p);
      if (st.isDirectory()) await walk(p);
      else out.push({ path: relative(root, p).split(sep).join('/'), text: st.isFile() ? await readFile(p, 'utf8') : '' });
    }
  };
  await walk(join(root, dir));
  return out;
}
