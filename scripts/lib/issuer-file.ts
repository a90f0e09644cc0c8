/**
 * Edits the `keys:` list in an issuer's content file, keeping the rest of the file (comments,
 * order, body) as it was. Only public key members are ever written.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isMap, isSeq, parseDocument, stringify } from 'yaml';
import type { JWK } from 'jose';
import { publicPart } from '../../src/lib/keys/generate.ts';
import { CliError } from './cli.ts';

export interface NewKey {
  kid: string;
  alg: string;
  validFrom: string;
  jwk: JWK;
}

export const issuerFile = (content: string, issuer: string) => join(content, 'issuers', `${issuer}.md`);

async function readFrontmatter(path: string) {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new CliError(`no issuer file at ${path}`, 'Issuer ids are the file names in content/issuers/.');
  }
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!m?.[1]) throw new CliError(`${path} has no frontmatter`);
  return { text, yaml: m[1], rest: text.slice(m[0].length) };
}

/**
 * Adds a key; with `retireOthersAt`, first sets validUntil on every key still in force.
 * Edits are spliced into the original text at the positions the YAML parser reports, so the
 * rest of the file stays byte-for-byte as the issuer wrote it. Returns the kids retired.
 */
export async function addIssuerKey(path: string, key: NewKey, retireOthersAt?: string): Promise<string[]> {
  const { yaml, rest } = await readFrontmatter(path);
  const doc = parseDocument(yaml);
  if (doc.errors.length) throw new CliError(`${path}: ${doc.errors[0]?.message ?? 'invalid YAML'}`);
  const keys = doc.get('keys', true);
  const edits: { at: number; text: string }[] = [];
  const retired: string[] = [];
  const item = stringify(
    [{ kid: key.kid, alg: key.alg, validFrom: key.validFrom, jwk: publicPart(key.jwk) }],
    { lineWidth: 0 },
  );
  if (keys === undefined) {
    edits.push({ at: yaml.length, text: `\nkeys:\n${indent(item, 2)}` });
  } else {
    if (!isSeq(keys) || !keys.range) throw new CliError(`${path}: "keys" is not a list`);
    const seq = keys;
    if (retireOthersAt) {
      for (const node of seq.items) {
        if (!isMap(node) || !node.range || node.get('validUntil') || node.get('revoked')) continue;
        const col = columnOf(yaml, node.range[0]);
        edits.push({
          at: lineEnd(yaml, node.range[1]),
          text: `\n${' '.repeat(col)}validUntil: ${retireOthersAt}`,
        });
        retired.push(String(node.get('kid')));
      }
    }
    const first = seq.items[0] as { range?: [number, number, number] } | undefined;
    const col = first?.range ? columnOf(yaml, first.range[0]) - 2 : 2;
    edits.push({ at: lineEnd(yaml, seq.range?.[1] ?? yaml.length), text: `\n${indent(item, col)}` });
  }
  let out = yaml;
  // Apply from the end backwards; at equal positions the later edit goes first so it lands after.
  const order = edits.map((e, i) => ({ ...e, i })).sort((a, b) => b.at - a.at || b.i - a.i);
  for (const e of order) out = out.slice(0, e.at) + e.text + out.slice(e.at);
  out = out.replace(/\n+$/, '');
  const check = parseDocument(out);
  if (check.errors.length)
    throw new CliError(`could not edit ${path} safely: ${check.errors[0]?.message ?? ''}`);
  await writeFile(path, `---\n${out}\n---\n${rest}`);
  return retired;
}

const columnOf = (text: string, offset: number) => offset - (text.lastIndexOf('\n', offset - 1) + 1);

/** The end of the last non-empty line at or before `offset`. */
function lineEnd(text: string, offset: number): number {
  let end = Math.min(offset, text.length);
  while (end > 0 && /\s/.test(text[end - 1] ?? '')) end--;
  const nl = text.indexOf('\n', end);
  return nl < 0 ? text.length : nl;
}

const indent = (block: string, n: number) =>
  block
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => ' '.repeat(n) + l)
    .join('\n');
