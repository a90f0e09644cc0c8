/** The search synonym table (content/search/synonyms.yaml), when there is one, is well formed. */
import type { Problem } from '../problems.ts';
import type { SourceFile } from '../source.ts';
import { parseSynonyms, SYNONYMS_FILE } from '../../search/synonyms.ts';

export function checkSynonymsFile(files: readonly SourceFile[]): Problem[] {
  const file = files.find((f) => f.path === SYNONYMS_FILE);
  return file ? parseSynonyms(file.text, file.path).problems : [];
}
