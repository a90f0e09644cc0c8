/** CODEOWNERS is generated from the issuer files, and the committed one is current. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedCodeowners } from '../../../scripts/codeowners.ts';
import { generateCodeowners } from '../../../src/lib/catalog/codeowners.ts';
import { REPO_ROOT } from '../../helpers/content.ts';

describe('CODEOWNERS', () => {
  it('gives each issuer its folders and the catalog maintainers the rest, last line winning', () => {
    const text = generateCodeowners(
      [
        { id: 'b-issuer', maintainers: ['bee'] },
        { id: 'a-issuer', maintainers: ['ay', '@ay2'] },
      ],
      ['cm'],
    );
    const rules = text.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(rules).toEqual([
      '* @cm',
      '/content/issuers/ @cm',
      '/content/credentials/a-issuer/ @ay @ay2 @cm',
      '/content/status/a-issuer/ @ay @ay2 @cm',
      '/content/images/a-issuer/ @ay @ay2 @cm',
      '/content/credentials/b-issuer/ @bee @cm',
      '/content/status/b-issuer/ @bee @cm',
      '/content/images/b-issuer/ @bee @cm',
    ]);
  });

  it('gives each recognizer its file and policies folder, after the issuers', () => {
    const text = generateCodeowners(
      [{ id: 'an-issuer', maintainers: ['ay'] }],
      ['cm'],
      [{ id: 'state-board', maintainers: ['board'] }],
    );
    const rules = text.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(rules.slice(-3)).toEqual([
      '/content/recognizers/state-board.md @board @cm',
      '/content/recognizers/state-board.mdx @board @cm',
      '/content/policies/state-board/ @board @cm',
    ]);
    // The directory rule for issuer files comes first, so it cannot take a recognizer's file back.
    expect(rules.indexOf('/content/issuers/ @cm')).toBeLessThan(rules.length - 3);
  });

  it('is up to date in the repository (npm run codeowners -- --write)', async () => {
    expect(await readFile(join(REPO_ROOT, '.github/CODEOWNERS'), 'utf8')).toBe(
      await expectedCodeowners(REPO_ROOT),
    );
  });
});
