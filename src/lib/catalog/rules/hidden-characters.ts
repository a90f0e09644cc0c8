/**
 * Titles and names are what readers (and the page's <title>) see: a text-direction control or
 * an invisible character there can make one credential, issuer or person read as another. They
 * are refused in every frontmatter `title`, `name` and `shortName`, wherever they sit. Runs on
 * the raw frontmatter, so it reports even when the schema does not pass.
 */
import { problemAt } from '../model.ts';
import type { Problem } from '../problems.ts';
import type { ParsedSource } from '../source.ts';
import { hiddenCharacters } from '../../text/invisible.ts';

const NAME_FIELDS = new Set(['title', 'name', 'shortName']);

export function checkHiddenCharacters(source: ParsedSource): Problem[] {
  const out: Problem[] = [];
  const at = { file: source.path, locate: source.locate };
  const walk = (v: unknown, path: PropertyKey[]) => {
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, [...path, i]));
    if (!v || typeof v !== 'object' || v instanceof Date) return;
    for (const [k, x] of Object.entries(v)) {
      if (typeof x === 'string' && NAME_FIELDS.has(k)) {
        const found = hiddenCharacters(x);
        const first = found[0];
        if (first)
          out.push(
            problemAt(at, [...path, k], {
              code: 'hidden-character',
              message: `has the ${first.kind === 'text-direction' ? 'text-direction control' : 'invisible character'} ${first.label} at character ${first.index + 1}${found.length > 1 ? ` (and ${found.length - 1} more)` : ''}: it can make this ${k === 'title' ? 'title' : 'name'} read as something else`,
              hint: 'Retype the text without it. Text-direction controls and invisible characters have no place in a title or a name.',
            }),
          );
      } else walk(x, [...path, k]);
    }
  };
  walk(source.data, []);
  return out;
}
