/**
 * The world the adversarial corpus (test/fixtures/adversarial) lives in: the fixture catalog
 * (test/fixtures/catalog) with a second issuer, fixed throwaway keys (generated once, kept in
 * the corpus's keys/ folder: test keys, never real ones), signed status lists, a registry as the
 * verify page embeds it, and helpers that sign anything — including what no honest tool would.
 * Every signature here is deterministic (Ed25519, RSASSA-PKCS1-v1_5), so the corpus is too.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { base64url, type JWK } from 'jose';
import { checkCatalog } from '../../../src/lib/catalog/check.ts';
import type { CatalogIndex } from '../../../src/lib/catalog/index-json.ts';
import { buildCatalogIndex } from '../../../src/lib/catalog/index-builder.ts';
import type { IssuerKey, StatusFile } from '../../../src/lib/catalog/schema/index.ts';
import { generateIssuerKey, type SigningAlg } from '../../../src/lib/keys/generate.ts';
import { buildAchievement } from '../../../src/lib/ob3/achievement.ts';
import { buildCredential } from '../../../src/lib/ob3/credential.ts';
import { profileRef } from '../../../src/lib/ob3/profile.ts';
import { jwtClaims } from '../../../src/lib/ob3/sign-jwt.ts';
import { siteUrls } from '../../../src/lib/ob3/site.ts';
import { buildStatusListCredential } from '../../../src/lib/ob3/status-list.ts';
import { Bitstring, encodeList } from '../../../src/lib/status/index.ts';
import { loadFixture } from '../../../test/helpers/content.ts';

export const SITE = 'https://stackable.example/';
export const urls = siteUrls(SITE);
export const NOW = '2026-06-01T00:00:00Z';
export const ISSUER = 'riverbend-usd';
export const OTHER = 'harbor-cc';
export const CREDENTIAL = 'riverbend-usd/hinge-questions';
export const ISSUED = new Date('2025-03-01T12:00:00Z');

export interface Key {
  name: string;
  alg: SigningAlg;
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

const KEY_NAMES: [string, SigningAlg][] = [
  ['riverbend-ed25519', 'EdDSA'],
  ['riverbend-rs256', 'RS256'],
  ['riverbend-es256', 'ES256'],
  ['harbor-ed25519', 'EdDSA'],
  ['attacker-ed25519', 'EdDSA'],
];

/** Loads the corpus keys from `dir`, generating (and saving) any that are missing. */
export async function loadKeys(dir: string): Promise<Record<string, Key>> {
  await mkdir(dir, { recursive: true });
  const out: Record<string, Key> = {};
  for (const [name, alg] of KEY_NAMES) {
    const path = join(dir, `${name}.jwk.json`);
    let privateJwk = await readFile(path, 'utf8')
      .then((t) => JSON.parse(t) as JWK)
      .catch(() => undefined);
    if (!privateJwk) {
      privateJwk = (await generateIssuerKey(alg)).privateJwk;
      await writeFile(path, `${JSON.stringify(privateJwk, null, 2)}\n`);
    }
    const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, kid, alg: _alg, ...publicJwk } = privateJwk;
    out[name] = { name, alg, kid: String(kid), privateJwk, publicJwk };
  }
  return out;
}

const b64u = (s: string | Uint8Array) => base64url.encode(s);
const ALGORITHMS = {
  EdDSA: { import: { name: 'Ed25519' }, sign: { name: 'Ed25519' } },
  RS256: { import: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, sign: { name: 'RSASSA-PKCS1-v1_5' } },
} as const;

/** The raw signature of `input` with a key (Ed25519 or RS256 only: both deterministic). */
export async function rawSign(input: string, key: Key): Promise<Uint8Array> {
  if (key.alg === 'ES256')
    throw new Error('ES256 signatures are randomized; the corpus signs only with Ed25519 and RS256');
  const a = ALGORITHMS[key.alg];
  const { kid: _kid, alg: _alg, ...jwk } = key.privateJwk;
  const k = await crypto.subtle.importKey('jwk', jwk as JsonWebKey, a.import, false, ['sign']);
  return new Uint8Array(await crypto.subtle.sign(a.sign, k, new TextEncoder().encode(input)));
}

/**
 * A compact JWS with exactly this header and payload text (so duplicate members and odd
 * spellings survive), signed with `key`, or with `signature` bytes given outright.
 */
export async function jws(
  header: object | string,
  payload: object | string,
  key: Key | Uint8Array,
): Promise<string> {
  const h = b64u(typeof header === 'string' ? header : JSON.stringify(header));
  const p = b64u(typeof payload === 'string' ? payload : JSON.stringify(payload));
  const signature = key instanceof Uint8Array ? key : await rawSign(`${h}.${p}`, key);
  return `${h}.${p}.${b64u(signature)}`;
}

/** Deterministic bytes that are not a signature of anything. */
export const junkSignature = (n = 64) => Uint8Array.from({ length: n }, (_, i) => (i * 37 + 11) & 0xff);

export const kidOf = (issuer: string, key: Key) => urls.key(issuer, key.kid);

/** The header our issuer tool writes. */
export const header = (issuer: string, key: Key, extra: Record<string, unknown> = {}) => ({
  alg: key.alg,
  kid: kidOf(issuer, key),
  typ: 'JWT',
  ...extra,
});

export interface World {
  keys: Record<string, Key>;
  registry: CatalogIndex;
  /** An unsigned credential of the fixture catalog, with a fixed id and recipient salt. */
  credential(over?: {
    id?: string;
    statusIndex?: number;
    validUntil?: Date;
    noStatus?: boolean;
  }): Promise<Record<string, unknown>>;
  /** The VC-JWT payload of a credential: the credential plus iss, sub, nbf, jti, exp, iat. */
  payload(credential: Record<string, unknown>): Record<string, unknown>;
  listUrl(issuer: string, list: string): string;
}

const key = (keys: Record<string, Key>, name: string): Key => {
  const k = keys[name];
  if (!k) throw new Error(`no corpus key ${name}`);
  return k;
};

const published = (k: Key): IssuerKey => ({
  kid: k.kid,
  alg: k.alg,
  jwk: k.publicJwk as IssuerKey['jwk'],
  validFrom: new Date('2020-01-01T00:00:00Z'),
});

async function statusFile(
  issuer: string,
  list: string,
  purpose: 'revocation' | 'suspension',
  revoked: number[],
  signer: Key,
): Promise<StatusFile> {
  const bits = Bitstring.zeros();
  for (const i of revoked) bits.set(i);
  const url = urls.statusList(issuer, list);
  const vc = {
    ...buildStatusListCredential(
      url,
      urls.profile(issuer),
      await encodeList(bits),
      new Date('2024-01-01T00:00:00Z'),
    ),
  } as Record<string, unknown>;
  vc.credentialSubject = { ...(vc.credentialSubject as object), statusPurpose: purpose };
  const jwt = await jws(
    header(issuer, signer),
    { ...vc, iss: vc.issuer, jti: vc.id, nbf: Date.parse(String(vc.validFrom)) / 1000, iat: 1_704_067_200 },
    signer,
  );
  return {
    issuer,
    list,
    purpose: 'revocation',
    length: bits.length,
    allocated: await encodeList(Bitstring.zeros()),
    credential: jwt,
    updated: '2024-01-01T00:00:00Z',
  };
}

export async function makeWorld(keyDir: string): Promise<World> {
  const keys = await loadKeys(keyDir);
  const { catalog } = await checkCatalog(await loadFixture());
  const riverbend = catalog.issuers.get(ISSUER);
  if (!riverbend) throw new Error('fixture issuer missing');
  riverbend.data = {
    ...riverbend.data,
    keys: ['riverbend-ed25519', 'riverbend-rs256', 'riverbend-es256'].map((n) => published(key(keys, n))),
  };
  const harbor = {
    id: OTHER,
    data: {
      ...riverbend.data,
      name: 'Harbor Community College',
      shortName: 'Harbor CC',
      url: 'https://harbor-cc.example/',
      keys: [published(key(keys, 'harbor-ed25519'))],
    },
  };
  const ed = key(keys, 'riverbend-ed25519');
  const statusLists = [
    await statusFile(ISSUER, 'revocation-1', 'revocation', [9], ed),
    await statusFile(ISSUER, 'suspension-1', 'suspension', [], ed),
    await statusFile(OTHER, 'revocation-1', 'revocation', [], key(keys, 'harbor-ed25519')),
  ];
  const registry = buildCatalogIndex(
    {
      issuers: [{ id: ISSUER, data: riverbend.data }, harbor],
      credentials: [...catalog.credentials.values()].map((c) => ({
        id: c.id,
        data: c.data,
        quality: 'meets' as const,
      })),
      stacks: [...catalog.stacks.values()].map((s) => ({ id: s.id, data: s.data })),
      rubrics: [...catalog.rubrics.values()].map((r) => ({ id: r.id, data: r.data })),
      statusLists,
    },
    urls,
  );
  const titles = new Map([...catalog.credentials.values()].map((c) => [c.id, c.data.title]));
  return {
    keys,
    registry,
    listUrl: (issuer, list) => urls.statusList(issuer, list),
    async credential(over = {}) {
      const entry = catalog.credentials.get(CREDENTIAL);
      const rubric = entry && catalog.rubrics.get(entry.data.rubric);
      if (!entry || !rubric) throw new Error('fixture credential missing');
      const achievement = buildAchievement(
        { id: entry.id, data: entry.data, issuer: riverbend.data, rubric: rubric.data, titles },
        urls,
      );
      return (await buildCredential({
        id: over.id ?? 'urn:uuid:6c4f1c2e-9b7a-4d8e-8f3a-2b1d5e7a9c01',
        achievement,
        issuer: profileRef(ISSUER, riverbend.data, urls),
        recipient: { email: 'ada@example.org', name: 'Ada Lovelace', salt: '9f86d081884c7d65' },
        validFrom: ISSUED,
        ...(over.validUntil ? { validUntil: over.validUntil } : {}),
        ...(over.noStatus
          ? {}
          : { status: { listUrl: urls.statusList(ISSUER, 'revocation-1'), index: over.statusIndex ?? 7 } }),
      })) as unknown as Record<string, unknown>;
    },
    payload: (c) => ({ ...c, ...jwtClaims(c as never, ISSUED) }),
  };
}

export const keyOf = key;
