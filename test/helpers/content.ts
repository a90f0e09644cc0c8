/** Loads a content fixture into memory and edits single files for error-case tests. */
import { readContentFiles } from '../../src/lib/catalog/read-content.ts';
import type { SourceFile } from '../../src/lib/catalog/source.ts';
import { fileURLToPath } from 'node:url';

export const FIXTURE_ROOT = fileURLToPath(new URL('../fixtures/catalog/', import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const loadFixture = (root = FIXTURE_ROOT) => readContentFiles(root);

export class Files {
  files: SourceFile[];
  constructor(files: SourceFile[]) {
    this.files = files;
  }
  static async fixture() {
    return new Files(await loadFixture());
  }
  get(path: string): string {
    const f = this.files.find((x) => x.path === path);
    if (!f) throw new Error(`no fixture file ${path}`);
    return f.text;
  }
  /** Replace text in one file; fails loudly if the text is not there, so a test cannot pass vacuously. */
  edit(path: string, from: string | RegExp, to: string): this {
    const text = this.get(path);
    const next = text.replace(from, to);
    if (next === text) throw new Error(`edit of ${path} changed nothing: ${String(from)}`);
    this.files = this.files.map((f) => (f.path === path ? { ...f, text: next } : f));
    return this;
  }
  add(path: string, text: string): this {
    this.files = [...this.files, { path, text }];
    return this;
  }
  remove(path: string): this {
    this.get(path);
    this.files = this.files.filter((f) => f.path !== path);
    return this;
  }
  /** 1-based line number of the first line matching. */
  lineOf(path: string, re: RegExp): number {
    const i = this.get(path)
      .split('\n')
      .findIndex((l) => re.test(l));
    if (i < 0) throw new Error(`no line matching ${re} in ${path}`);
    return i + 1;
  }
}
