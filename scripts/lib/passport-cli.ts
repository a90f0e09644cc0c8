/**
 * `npm run verify -- --passport FILE…`: the educator's passport from the command line, the same
 * summary the /passport/ page shows (src/lib/passport): each badge's verdict, stacks, totals and
 * what the set is worth to each recognizer. `--json` prints the passport's JSON record.
 */
import { readFile } from 'node:fs/promises';
import { worldFromCatalog } from '../../src/lib/catalog/recognition/from-catalog.ts';
import type { CatalogIndex } from '../../src/lib/catalog/index-json.ts';
import { passportCatalog } from '../../src/lib/passport/catalog.ts';
import { passportJson } from '../../src/lib/passport/export-json.ts';
import { summarizePassport } from '../../src/lib/passport/summary.ts';
import { passportText } from '../../src/lib/passport/text.ts';
import { verifySet, type PassportInput } from '../../src/lib/passport/verify-set.ts';
import type { Verdict } from '../../src/lib/verify/report.ts';
import type { ResourceOptions } from '../../src/lib/verify/resources.ts';
import { loadValidCatalog } from './catalog.ts';
import { CliError } from './cli.ts';

export interface PassportCliOptions {
  files: string[];
  registry: CatalogIndex;
  content: string;
  now: Date;
  email?: string;
  resources: ResourceOptions;
  json: boolean;
}

/** Prints the passport; returns every badge's verdict (the exit code is the worst one's). */
export async function runPassport(o: PassportCliOptions): Promise<Verdict[]> {
  const inputs: PassportInput[] = [];
  for (const file of o.files) {
    try {
      inputs.push({ name: file, data: new Uint8Array(await readFile(file)) });
    } catch {
      throw new CliError(`cannot read ${file}`);
    }
  }
  const catalog = await loadValidCatalog(o.content);
  const pc = passportCatalog(
    o.registry.site,
    worldFromCatalog(catalog),
    (id) => catalog.stacks.get(id)?.data.ordered ?? false,
  );
  const set = await verifySet(inputs, { registry: o.registry, now: o.now, resources: o.resources });
  const passport = await summarizePassport(set, pc, { today: o.now, ...(o.email ? { email: o.email } : {}) });
  console.log(o.json ? passportJson(passport).trimEnd() : passportText(passport));
  return passport.badges.map((b) => b.verdict);
}
