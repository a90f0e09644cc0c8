/**
 * The content check's reading of status list files from a pull request (rules/status-files.ts):
 * the verifier's JSON reader, so a file with a member name twice, which two readers could read
 * as two lists, is refused with its path, and plain bad JSON still says so.
 */
import { describe, expect, it } from 'vitest';
import { checkStatusFiles } from '../../../src/lib/catalog/rules/status-files.ts';
import type { Catalog } from '../../../src/lib/catalog/model.ts';

const PATH = 'content/status/riverbend-usd/revocation-1.json';
// Refused before the catalog is consulted: an empty stand-in is enough.
const catalog = {} as Catalog;
const messages = async (text: string) =>
  (await checkStatusFiles([{ path: PATH, text }], catalog)).problems.map(
    (p) => `${p.file}:${p.line} ${p.message}`,
  );

describe('status files as JSON', () => {
  it('refuses a member name that appears twice, naming it', async () => {
    expect(await messages('{"issuer":"riverbend-usd","list":"revocation-1","list":"revocation-2"}')).toEqual([
      `${PATH}:1 cannot be read as one document: member "list" appears twice in one object, so two readers could see two different documents`,
    ]);
  });

  it('says plainly when a file is not JSON', async () => {
    expect(await messages('{"issuer":')).toEqual([`${PATH}:1 is not valid JSON`]);
  });

  it('reads a well-formed file on to the schema', async () => {
    const [problem] = await messages('{"issuer":"riverbend-usd"}');
    expect(problem).toContain('is not a valid status list file');
  });
});
