/**
 * The network as the interoperability tests see it: the built site (.e2e/dist) answered by URL,
 * as a deployment of it would answer, plus the public JSON-LD contexts and the OB 3.0 JSON Schema
 * (standard documents, from the copies this repository carries). Every other address is refused,
 * so nothing an outside verifier accepts can come from anywhere but what the build publishes.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { CONTEXTS } from '../../../src/lib/verify/data-integrity/contexts.ts';

export const SITE = 'https://stackable.example/';
export const DIST = '.e2e/dist';
export const BADGES = '.e2e/badges';

const SCHEMA =
  'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json';

function statics(): Map<string, string> {
  const m = new Map<string, string>();
  for (const [url, doc] of CONTEXTS) m.set(url, JSON.stringify(doc));
  m.set(SCHEMA, readFileSync('test/fixtures/schemas/achievementcredential.json', 'utf8'));
  return m;
}

export interface DistFetch {
  fetch: typeof fetch;
  /** Every URL asked for, in order (refused ones included). */
  asked: string[];
}

const typeOf = (rel: string) =>
  rel.endsWith('did.json')
    ? 'application/did+json'
    : rel.endsWith('.json')
      ? 'application/json'
      : /\/status\/[^/.]+$/.test(rel)
        ? 'application/vc+jwt'
        : 'text/html';

export function distFetch(dist = DIST, site = SITE): DistFetch {
  const fixed = statics();
  const asked: string[] = [];
  const f = async (input: RequestInfo | URL): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    asked.push(url);
    const bare = url.split('#')[0] ?? '';
    const known = fixed.get(bare);
    if (known !== undefined)
      return new Response(known, { status: 200, headers: { 'content-type': 'application/json' } });
    if (!bare.startsWith(site)) throw new TypeError(`refused: ${url} is not on the site under test`);
    const rel = decodeURIComponent(new URL(bare).pathname.slice(new URL(site).pathname.length - 1));
    const path = normalize(join(dist, rel));
    if (!path.startsWith(normalize(dist))) throw new TypeError(`refused: ${url} leaves the site`);
    const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
    if (!existsSync(file)) return new Response('Not found', { status: 404 });
    return new Response(readFileSync(file), { status: 200, headers: { 'content-type': typeOf(rel) } });
  };
  return { fetch: f, asked };
}

/** The one badge folder an issue run wrote under .e2e/badges/<name>/. */
export function badgeFolder(name: string): string {
  const base = join(BADGES, name);
  const dir = readdirSync(base, { withFileTypes: true }).find((e) => e.isDirectory());
  if (!dir) throw new Error(`no badge in ${base}`);
  return join(base, dir.name);
}
