/**
 * Edits the `keys:` list in an issuer's content file, keeping the rest of the file (comments,
 * order, body) as it was. Only public key members are ever written.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isMap, isPair, isScalar, isSeq, parseDocument, stringify, type YAMLSeq } from 'yaml';
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
  // Work on LF line ends; a file written with CRLF gets them back (see planIssuerKey).
  const crlf = text.includes('\r\n');
  const lf = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const m = /^---\n([\s\S]*?)\n---\n/.exec(lf);
  if (!m?.[1]) throw new CliError(`${path} has no frontmatter`);
  return { text, crlf, yaml: m[1], rest: lf.slice(m[0].length) };
}

export interface IssuerKeyEdit {
  /** The issuer file's current text, kept to put back if a later step fails. */
  before: string;
  /** The whole file with the key added. */
  after: string;
  /** kids given validUntil. */
  retired: string[];
}

/**
 * Plans adding a key (nothing is written): with `retireOthersAt`, every key still in force gets
 * validUntil first. Edits are spliced into the original text at the positions the YAML parser
 * reports, so the rest of the file stays byte-for-byte as the issuer wrote it. A flow list
 * (`keys: []`, as npm run new writes it) is rewritten as a block list.
 */
export async function planIssuerKey(
  path: string,
  key: NewKey,
  retireOthersAt?: string,
): Promise<IssuerKeyEdit> {
  const { text, crlf, yaml, rest } = await readFrontmatter(path);
  const doc = parseDocument(yaml);
  if (doc.errors.length) throw new CliError(`${path}: ${doc.errors[0]?.message ?? 'invalid YAML'}`);
  const keys = doc.get('keys', true);
  const edits: { at: number; end?: number; text: string }[] = [];
  const retired: string[] = [];
  const entry = { kid: key.kid, alg: key.alg, validFrom: key.validFrom, jwk: publicPart(key.jwk) };
  const item = stringify([entry], { lineWidth: 0 });
  if (keys === undefined) {
    edits.push({ at: yaml.length, text: `\nkeys:\n${indent(item, 2)}` });
  } else if (isSeq(keys) && keys.flow) {
    edits.push(rewriteFlowList(yaml, doc.contents, keys, entry, retireOthersAt, retired, path));
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
  for (const e of order) out = out.slice(0, e.at) + e.text + out.slice(e.end ?? e.at);
  out = out.replace(/\n+$/, '');
  const check = parseDocument(out);
  const listed = check.get('keys', true);
  if (
    check.errors.length ||
    !isSeq(listed) ||
    !listed.items.some((k) => isMap(k) && k.get('kid') === key.kid)
  )
    throw new CliError(
      `could not edit ${path} safely: ${check.errors[0]?.message ?? 'the new key is not in its keys list'}`,
      'Nothing was written. Check the keys field of the issuer file by hand.',
    );
  const after = `---\n${out}\n---\n${rest}`;
  return { before: text, after: crlf ? after.replace(/\n/g, '\r\n') : after, retired };
}

/** `keys: [ … ]` written again as a block list, holding the old keys (retired if asked) and the new one. */
function rewriteFlowList(
  yaml: string,
  contents: unknown,
  keys: YAMLSeq,
  entry: Record<string, unknown>,
  retireAt: string | undefined,
  retired: string[],
  path: string,
): { at: number; end: number; text: string } {
  const pair = isMap(contents)
    ? contents.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === 'keys')
    : undefined;
  const start = isPair(pair) && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
  const end = keys.range?.[1];
  if (start === undefined || end === undefined || columnOf(yaml, start) !== 0)
    throw new CliError(`${path}: cannot find the keys field to edit`);
  const old = (keys.toJSON() as Record<string, unknown>[]).map((k) => {
    if (!retireAt || k.validUntil || k.revoked) return k;
    retired.push(String(k.kid));
    return { ...k, validUntil: retireAt };
  });
  return { at: start, end, text: `keys:\n${indent(stringify([...old, entry], { lineWidth: 0 }), 2)}` };
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
