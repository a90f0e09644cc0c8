/**
 * Private key material anywhere in any content file, body and code blocks included: a key pasted
 * into a credential's text is published with the page. Frontmatter keys are also found
 * structurally (rules/keys.ts, with their field); this rule reads every file's whole text, so a
 * line already reported there is not reported again.
 */
import type { Problem } from '../problems.ts';
import type { SourceFile } from '../source.ts';
import { privateKeyLines } from '../../secrets/private-keys.ts';

export const PRIVATE_KEY_HINT =
  'Private keys never enter the repository. Remove it, treat the key as compromised, and make a new one with npm run keygen -- --rotate.';

export function checkPrivateKeyText(files: readonly SourceFile[], reported: readonly Problem[]): Problem[] {
  const done = new Set(reported.filter((p) => p.code === 'private-key').map((p) => `${p.file}:${p.line}`));
  const out: Problem[] = [];
  for (const file of files) {
    if (file.kind !== undefined || !file.text) continue;
    for (const f of privateKeyLines(file.text)) {
      if (done.has(`${file.path}:${f.line}`)) continue;
      out.push({
        code: 'private-key',
        severity: 'error',
        file: file.path,
        line: f.line,
        column: f.column,
        message: `contains ${f.what}: this file would publish a private key`,
        hint: PRIVATE_KEY_HINT,
      });
    }
  }
  return out;
}
