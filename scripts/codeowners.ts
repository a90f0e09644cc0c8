/**
 * npm run codeowners -- --write | --check
 *
 * Generates .github/CODEOWNERS from the issuer and recognizer files' maintainers and
 * .github/catalog-maintainers.txt. --check exits 1 when the committed file is out of date.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCodeowners, type IssuerOwners } from '../src/lib/catalog/codeowners.ts';
import {
  CATALOG_MAINTAINERS_FILE,
  CODEOWNERS_FILE,
  parseMaintainersFile,
} from '../src/lib/catalog/namespace.ts';
import { readContentFiles } from '../src/lib/catalog/read-content.ts';
import { parseSource } from '../src/lib/catalog/source.ts';
import { CliError, run, usage } from './lib/cli.ts';

const HELP = `
Usage: npm run codeowners -- --write | --check [--root <dir>]

  --write   write .github/CODEOWNERS from content/issuers/, content/recognizers/ and
            .github/catalog-maintainers.txt
  --check   exit 1 when .github/CODEOWNERS differs from what --write would write`;

/** The CODEOWNERS text the repository at `root` should have. */
export async function expectedCodeowners(root: string): Promise<string> {
  const owners = async (dir: 'issuers' | 'recognizers') => {
    const out: IssuerOwners[] = [];
    for (const f of await readContentFiles(root, `content/${dir}`).catch(() => [])) {
      const id = new RegExp(`^content/${dir}/([^/]+)\\.mdx?$`).exec(f.path)?.[1];
      const data = parseSource(f).source?.data as { maintainers?: unknown } | undefined;
      if (!id || !Array.isArray(data?.maintainers)) continue; // npm run check reports broken files
      out.push({ id, maintainers: data.maintainers.filter((m): m is string => typeof m === 'string') });
    }
    return out;
  };
  const maintainers = parseMaintainersFile(await readFile(join(root, CATALOG_MAINTAINERS_FILE), 'utf8'));
  return generateCodeowners(await owners('issuers'), maintainers, await owners('recognizers'));
}

if (import.meta.main) {
  await run(async () => {
    const { values } = parseArgs({
      options: {
        write: { type: 'boolean' },
        check: { type: 'boolean' },
        root: { type: 'string', default: process.cwd() },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help || (!values.write && !values.check)) return usage(HELP);
    const path = join(values.root, CODEOWNERS_FILE);
    const want = await expectedCodeowners(values.root);
    if (values.write) {
      await writeFile(path, want);
      console.log(`Wrote ${CODEOWNERS_FILE}.`);
      return;
    }
    const have = await readFile(path, 'utf8').catch(() => undefined);
    if (have !== want)
      throw new CliError(
        `${CODEOWNERS_FILE} is out of date with the issuer and recognizer files`,
        'Run npm run codeowners -- --write and commit the result.',
      );
    console.log(`${CODEOWNERS_FILE} is up to date.`);
  });
}
