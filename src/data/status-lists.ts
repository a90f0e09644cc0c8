/** The signed status lists in content/status/, validated with the same schema as the content check. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { statusFileSchema, type StatusFile } from '../lib/catalog/schema/status-file.ts';
import { contentFolder } from '../lib/config.ts';

let cached: StatusFile[] | undefined;

export function loadStatusLists(): StatusFile[] {
  if (cached) return cached;
  const dir = resolve(contentFolder(), 'status');
  const out: StatusFile[] = [];
  for (const issuer of readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()) {
    for (const name of readdirSync(join(dir, issuer))
      .filter((n) => n.endsWith('.json'))
      .sort()) {
      const parsed = statusFileSchema().safeParse(JSON.parse(readFileSync(join(dir, issuer, name), 'utf8')));
      if (!parsed.success)
        throw new Error(
          `content/status/${issuer}/${name} is not a valid status list file (run npm run check)`,
        );
      out.push(parsed.data);
    }
  }
  cached = out;
  return out;
}
