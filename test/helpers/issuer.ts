/**
 * An in-memory catalog with real keys, for verifier tests: the fixture catalog
 * (test/fixtures/catalog) plus freshly generated issuer keys, a status list, and helpers to
 * sign badges exactly as `npm run issue` does.
 */
import type { JWK } from 'jose';
import { checkCatalog } from '../../src/lib/catalog/check.ts';
import { buildCatalogIndex } from '../../src/lib/catalog/index-builder.ts';
import type { CatalogIndex } from '../../src/lib/catalog/index-json.ts';
import type { IssuerKey, StatusFile } from '../../src/lib/catalog/schema/index.ts';
import { generateIssuerKey, type SigningAlg } from '../../src/lib/keys/generate.ts';
import { buildAchievement } from '../../src/lib/ob3/achievement.ts';
import { buildCredential, type CredentialInput } from '../../src/lib/ob3/credential.ts';
import { profileRef } from '../../src/lib/ob3/profile.ts';
import { signCredentialJwt, type SigningKey } from '../../src/lib/ob3/sign-jwt.ts';
import { siteUrls } from '../../src/lib/ob3/site.ts';
import { buildStatusListCredential } from '../../src/lib/ob3/status-list.ts';
import { Bitstring, encodeList } from '../../src/lib/status/index.ts';
import { loadFixture } from './content.ts';

export const SITE = 'https://stackable.example/';
export const urls = siteUrls(SITE);
export const ISSUER = 'riverbend-usd';
export const CREDENTIAL = 'riverbend-usd/hinge-questions';

export interface TestKey {
  alg: SigningAlg;
  kid: string;
  privateJwk: JWK;
  published: IssuerKey;
  signer: SigningKey;
}

export async function makeKey(
  alg: SigningAlg,
  window: { validFrom: Date; validUntil?: Date; revoked?: { date: Date; reason: string } } = {
    validFrom: new Date('2020-01-01T00:00:00Z'),
  },
): Promise<TestKey> {
  const k = await generateIssuerKey(alg);
  const published: IssuerKey = { kid: k.kid, alg, jwk: k.publicJwk as IssuerKey['jwk'], ...window };
  return {
    alg,
    kid: k.kid,
    privateJwk: k.privateJwk,
    published,
    signer: { alg, kid: urls.key(ISSUER, k.kid), privateJwk: k.privateJwk },
  };
}

export interface TestCatalog {
  registry: CatalogIndex;
  keys: TestKey[];
  /** Status list index → revoked, for the issuer's list "revocation-1". */
  revoked: Set<number>;
  issue(
    over?: Partial<CredentialInput> & {
      credential?: string;
      key?: TestKey;
      statusIndex?: number;
      payload?: Record<string, unknown>;
    },
  ): Promise<string>;
  credential(
    over?: Partial<CredentialInput> & { credential?: string; statusIndex?: number },
  ): Promise<Record<string, unknown>>;
}

export async function testCatalog(opts: { keys?: TestKey[]; revoked?: number[] } = {}): Promise<TestCatalog> {
  const { catalog } = await checkCatalog(await loadFixture());
  const keys = opts.keys ?? [await makeKey('ES256')];
  const issuer = catalog.issuers.get(ISSUER);
  if (!issuer) throw new Error('fixture issuer missing');
  issuer.data = { ...issuer.data, keys: keys.map((k) => k.published) };
  const revoked = new Set(opts.revoked ?? []);
  const bits = Bitstring.zeros();
  for (const i of revoked) bits.set(i);
  const listSigner = keys.find((k) => !k.published.revoked && !k.published.validUntil) ?? keys[0];
  if (!listSigner) throw new Error('no key');
  const listUrl = urls.statusList(ISSUER, 'revocation-1');
  const list: StatusFile = {
    issuer: ISSUER,
    list: 'revocation-1',
    purpose: 'revocation',
    length: bits.length,
    allocated: await encodeList(Bitstring.zeros()),
    credential: await signCredentialJwt(
      buildStatusListCredential(
        listUrl,
        urls.profile(ISSUER),
        await encodeList(bits),
        new Date('2024-01-01T00:00:00Z'),
      ),
      listSigner.signer,
    ),
    updated: '2024-01-01T00:00:00Z',
  };
  const registry = buildCatalogIndex(
    {
      issuers: [...catalog.issuers.values()].map((i) => ({ id: i.id, data: i.data })),
      credentials: [...catalog.credentials.values()].map((c) => ({
        id: c.id,
        data: c.data,
        quality: 'meets' as const,
      })),
      stacks: [...catalog.stacks.values()].map((s) => ({ id: s.id, data: s.data })),
      rubrics: [...catalog.rubrics.values()].map((r) => ({ id: r.id, data: r.data })),
      statusLists: [list],
    },
    urls,
  );
  const titles = new Map([...catalog.credentials.values()].map((c) => [c.id, c.data.title]));
  async function credential(
    over: Partial<CredentialInput> & { credential?: string; statusIndex?: number } = {},
  ) {
    const entry = catalog.credentials.get(over.credential ?? CREDENTIAL);
    const rubric = entry && catalog.rubrics.get(entry.data.rubric);
    if (!entry || !rubric || !issuer) throw new Error('fixture credential missing');
    const achievement = buildAchievement(
      { id: entry.id, data: entry.data, issuer: issuer.data, rubric: rubric.data, titles },
      urls,
    );
    const { credential: _c, statusIndex, ...rest } = over;
    return (await buildCredential({
      achievement,
      issuer: profileRef(ISSUER, issuer.data, urls),
      recipient: { email: 'ada@example.org', name: 'Ada Lovelace' },
      validFrom: new Date('2025-03-01T12:00:00Z'),
      status: { listUrl, index: statusIndex ?? 7 },
      ...rest,
    })) as unknown as Record<string, unknown>;
  }
  return {
    registry,
    keys,
    revoked,
    credential,
    async issue(over = {}) {
      const { key, payload, ...rest } = over;
      const cred = await credential(rest);
      const k = key ?? keys[0];
      if (!k) throw new Error('no key');
      const signed = await signCredentialJwt(
        { ...cred, ...(payload ?? {}) } as never,
        k.signer,
        new Date(String(cred.validFrom)),
      );
      return signed;
    },
  };
}
