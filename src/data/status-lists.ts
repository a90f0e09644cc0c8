/** The signed status lists in content/status/, validated with the same schema as the content check. */
import { statusFileSchema, type StatusFile } from '../lib/catalog/schema/status-file.ts';

const files = import.meta.glob<unknown>('/content/status/*/*.json', { eager: true, import: 'default' });

export function loadStatusLists(): StatusFile[] {
  return Object.entries(files)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, raw]) => {
      const parsed = statusFileSchema().safeParse(raw);
      if (!parsed.success) throw new Error(`${path.slice(1)} is not a valid status list file (run npm run check)`);
      return parsed.data;
    });
}
