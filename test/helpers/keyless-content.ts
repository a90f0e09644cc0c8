/**
 * A scratch copy of the catalog as an issuer meets it before making any key: the seed issuers'
 * sample keys (scripts/make-samples.ts) and the status lists signed with them removed. The issuer
 * tool tests start from here, so "the first key", "the first list" mean what they say.
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { REPO_ROOT } from './content.ts';

export function copyKeylessContent(dest: string): void {
  cpSync(join(REPO_ROOT, 'content'), dest, { recursive: true });
  const issuers = join(dest, 'issuers');
  for (const f of readdirSync(issuers).filter((x) => x.endsWith('.md'))) {
    const text = readFileSync(join(issuers, f), 'utf8');
    const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
    if (!m?.[1]) continue;
    const doc = parseDocument(m[1]);
    if (!doc.has('keys')) continue;
    doc.delete('keys');
    writeFileSync(join(issuers, f), `---\n${doc.toString().trimEnd()}\n---\n${text.slice(m[0].length)}`);
  }
  for (const d of readdirSync(join(dest, 'status'), { withFileTypes: true }))
    if (d.isDirectory()) rmSync(join(dest, 'status', d.name), { recursive: true, force: true });
}
