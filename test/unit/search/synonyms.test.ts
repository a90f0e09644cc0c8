/** The synonym table file: read when well formed, each problem reported with its line and field. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCatalog } from '../../../src/lib/catalog/check.ts';
import { parseSynonyms, SYNONYMS_FILE } from '../../../src/lib/search/synonyms.ts';
import { Files, REPO_ROOT } from '../../helpers/content.ts';

describe('parseSynonyms', () => {
  it("reads the catalog's own table", () => {
    const r = parseSynonyms(readFileSync(join(REPO_ROOT, SYNONYMS_FILE), 'utf8'));
    expect(r.problems).toEqual([]);
    expect(r.groups).toContainEqual(['SEL', 'social-emotional learning', 'social and emotional learning']);
    expect(r.groups.flat()).toEqual(
      expect.arrayContaining(['UDL', 'ELL', 'multilingual learners', 'AI', 'PLC', 'CEU']),
    );
  });

  it('reports a group of one, a phrase in two groups and an over-long phrase, each on its line', () => {
    const text = [
      '- [SEL, social-emotional learning]',
      '- [UDL]',
      '- [AI, SEL]',
      `- [PD, ${'word '.repeat(7)}]`,
    ].join('\n');
    const { problems } = parseSynonyms(text);
    expect(problems.map((p) => [p.line, p.field, p.message])).toEqual([
      [2, '[1]', 'must be a list of at least two words or phrases'],
      [3, '[2][1]', '"SEL" is also in group 1'],
      [4, '[3][1]', `"${'word '.repeat(7).trim()}" is not a short word or phrase`],
    ]);
  });

  it('refuses a file that is not a list, and YAML aliases', () => {
    expect(parseSynonyms('SEL: social-emotional learning').problems[0]?.message).toBe(
      'must be a list of synonym groups',
    );
    expect(parseSynonyms('- &a [SEL, social]\n- *a').problems[0]?.code).toMatch(/^yaml-/);
  });

  it('is part of the content check', async () => {
    const f = (await Files.fixture()).add(SYNONYMS_FILE, '- [SEL, social-emotional learning]\n- [UDL]\n');
    const { problems } = await checkCatalog(f.files);
    expect(problems).toContainEqual(
      expect.objectContaining({ code: 'synonyms', file: SYNONYMS_FILE, line: 2, severity: 'error' }),
    );
  });
});
