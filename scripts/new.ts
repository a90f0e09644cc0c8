/**
 * npm run new -- credential|stack|rubric|issuer [--flag value …]
 *
 * Scaffolds a content file with every field and section, valid as written and marked as a
 * draft. Asks for the essentials; every question has a flag, so it also runs unattended
 * (`--yes` takes the defaults for anything not given). Never overwrites a file.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { classify } from '../src/lib/catalog/collections.ts';
import { readContentFiles } from '../src/lib/catalog/read-content.ts';
import {
  KINDS,
  QUESTIONS,
  type Answers,
  type Kind,
  type ScaffoldContext,
} from '../src/lib/catalog/scaffold/questions.ts';
import { scaffold } from '../src/lib/catalog/scaffold/scaffold.ts';
import { parseSource } from '../src/lib/catalog/source.ts';
import { CliError, run, usage } from './lib/cli.ts';
import { contentDir } from './lib/paths.ts';

const flags = (kind: Kind) => QUESTIONS[kind].map((q) => `    --${q.flag.padEnd(12)} ${q.prompt}`).join('\n');
const HELP = `
Usage: npm run new -- <kind> [options]

Creates a draft content file with every field and section, and placeholder sentences where
only you can write the text. Asks for what it needs; give flags to skip the questions.

Kinds and their flags:
${KINDS.map((k) => `  ${k}\n${flags(k)}`).join('\n')}

Options:
  --yes, -y         take the default for every question not answered by a flag; never ask
  --content <dir>   content folder (default content, or $STACKABLE_CONTENT)
  -h, --help        show this help

The file is written as status: draft (issuers have no status). Replace the placeholder
sentences, run npm run check, preview with npm start, then set status: active.`;

async function context(content: string): Promise<ScaffoldContext> {
  const root = dirname(content);
  const files = await readContentFiles(root, basename(content));
  const issuers = new Map<string, { email: string | undefined }>();
  const rubrics = new Map<string, { kind: string }>();
  const credentials = new Set<string>();
  for (const f of files) {
    const where = classify(`content/${f.path.slice(basename(content).length + 1)}`);
    if (where.kind !== 'entry') continue;
    const data = (parseSource(f).source?.data ?? {}) as Record<string, unknown>;
    if (where.collection === 'issuers')
      issuers.set(where.id, { email: typeof data.email === 'string' ? data.email : undefined });
    if (where.collection === 'rubrics')
      rubrics.set(where.id, { kind: typeof data.kind === 'string' ? data.kind : 'assessment' });
    if (where.collection === 'credentials') credentials.add(where.id);
  }
  return { issuers, rubrics, credentials, today: new Date().toISOString().slice(0, 10) };
}

/** Reads answers line by line, from a terminal or a pipe; undefined once input ends. */
function lineReader() {
  const rl = createInterface({
    input: process.stdin,
    output: process.stdout,
    terminal: Boolean(process.stdin.isTTY),
  });
  const lines = rl[Symbol.asyncIterator]();
  return {
    async ask(prompt: string): Promise<string | undefined> {
      process.stdout.write(prompt);
      const next = await lines.next();
      if (!process.stdin.isTTY) process.stdout.write('\n');
      return next.done ? undefined : String(next.value).trim();
    },
    close: () => rl.close(),
  };
}

await run(async () => {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {
    yes: { type: 'boolean', short: 'y' },
    content: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  };
  for (const k of KINDS) for (const q of QUESTIONS[k]) options[q.flag] = { type: 'string' };
  const { values, positionals } = parseArgs({ options, allowPositionals: true });
  if (values.help) return usage(HELP);
  const kind = positionals[0] as Kind | undefined;
  if (!kind || !KINDS.includes(kind))
    throw new CliError(`say what to create: ${KINDS.join(', ')}`, 'npm run new -- credential');
  const content = contentDir(values.content as string | undefined);
  const ctx = await context(content);

  const answers: Answers = {};
  let reader: ReturnType<typeof lineReader> | undefined;
  try {
    for (const q of QUESTIONS[kind]) {
      const given = values[q.flag];
      const fallback = q.default?.(answers, ctx);
      if (typeof given === 'string') {
        const err = q.check(given.trim(), answers, ctx);
        if (err) throw new CliError(`--${q.flag} "${given}": ${err}`);
        answers[q.flag] = given.trim();
        continue;
      }
      if (values.yes) {
        if (fallback === undefined)
          throw new CliError(`--${q.flag} is required (${q.prompt})`, `Give it as --${q.flag} <value>.`);
        answers[q.flag] = fallback;
        continue;
      }
      reader ??= lineReader();
      for (;;) {
        const choices = q.choices?.(ctx) ?? [];
        const options = choices.length ? ` (${choices.join(', ')})` : '';
        const got = await reader.ask(
          `${q.prompt}${options}${fallback !== undefined ? ` [${fallback}]` : ''}: `,
        );
        if (got === undefined)
          throw new CliError(
            `no answer for "${q.prompt}"`,
            `Give it as --${q.flag} <value>, or add --yes to take the defaults.`,
          );
        const value = got === '' && fallback !== undefined ? fallback : got;
        const err = q.check(value, answers, ctx);
        if (!err) {
          answers[q.flag] = value;
          break;
        }
        console.log(`  ${err}`);
      }
    }
  } finally {
    reader?.close();
  }

  const file = scaffold(kind, answers, ctx);
  const path = join(content, file.path);
  await mkdir(dirname(path), { recursive: true });
  try {
    await writeFile(path, file.text, { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST')
      throw new CliError(
        `${relative(process.cwd(), path)} already exists; not overwriting it`,
        'Choose another slug, or edit the existing file.',
      );
    throw e;
  }
  console.log(`Created ${relative(process.cwd(), path)}${kind === 'issuer' ? '' : ' (status: draft)'}.`);
  console.log(
    'Next: replace the placeholder sentences, run npm run check, preview with npm start, and open a pull request.',
  );
  if (kind === 'issuer')
    console.log(
      'Then publish a signing key with npm run keygen -- --issuer ' +
        (answers.id ?? '') +
        ', and run npm run codeowners -- --write.',
    );
});
