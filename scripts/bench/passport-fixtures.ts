/**
 * Node-only: the badges the passport benchmark adds up, made in memory the way the issue tool
 * makes them: a key for each seed issuer (ES256, EdDSA, RS256) published in a registry with an
 * empty signed status list, and VC-JWTs cycling over every active credential of the seed
 * catalog, for one educator. Also the passport catalog the page embeds.
 */
import { join } from 'node:path';
import { buildCatalogIndex } from '../../src/lib/catalog/index-builder.ts';
import type { CatalogIndex } from '../../src/lib/catalog/index-json.ts';
import { worldFromCatalog } from '../../src/lib/catalog/recognition/from-catalog.ts';
import type { IssuerKey, StatusFile } from '../../src/lib/catalog/schema/index.ts';
import { generateIssuerKey, type SigningAlg } from '../../src/lib/keys/generate.ts';
import { buildAchievement } from '../../src/lib/ob3/achievement.ts';
import { buildCredential } from '../../src/lib/ob3/credential.ts';
import { profileRef } from '../../src/lib/ob3/profile.ts';
import { signCredentialJwt, type SigningKey } from '../../src/lib/ob3/sign-jwt.ts';
import { siteUrls } from '../../src/lib/ob3/site.ts';
import { buildStatusListCredential } from '../../src/lib/ob3/status-list.ts';
import { catalogToJson, passportCatalog } from '../../src/lib/passport/catalog.ts';
import { Bitstring, encodeList } from '../../src/lib/status/index.ts';
import { loadValidCatalogWithStatus } from '../lib/catalog.ts';
import { contentDir } from '../lib/paths.ts';
import type { BenchContext } from './context.ts';

export const SITE = 'https://stackable.example/';
const ALGS: Record<string, SigningAlg> = {
  'riverbend-usd': 'ES256',
  'open-practice-collaborative': 'EdDSA',
  'lakemont-cli': 'RS256',
};

export interface PassportFixtures {
  registry: CatalogIndex;
  /** The passport catalog as the page embeds it (JSON). */
  catalog: string;
  badges: string[];
  now: string;
}

export async function preparePassportFixtures(ctx: BenchContext, count: number): Promise<PassportFixtures> {
  const { catalog } = await loadValidCatalogWithStatus(contentDir(join(ctx.repo, 'content')));
  const urls = siteUrls(SITE);
  const signers = new Map<string, SigningKey>();
  const lists: StatusFile[] = [];
  for (const issuer of catalog.issuers.values()) {
    const alg = ALGS[issuer.id] ?? 'ES256';
    const k = await generateIssuerKey(alg);
    const published: IssuerKey = {
      kid: k.kid,
      alg,
      jwk: k.publicJwk as IssuerKey['jwk'],
      validFrom: new Date('2020-01-01T00:00:00Z'),
    };
    issuer.data = { ...issuer.data, keys: [published] };
    const signer = { alg, kid: urls.key(issuer.id, k.kid), privateJwk: k.privateJwk };
    signers.set(issuer.id, signer);
    const listUrl = urls.statusList(issuer.id, 'revocation-1');
    lists.push({
      issuer: issuer.id,
      list: 'revocation-1',
      purpose: 'revocation',
      length: Bitstring.zeros().length,
      allocated: await encodeList(Bitstring.zeros()),
      credential: await signCredentialJwt(
        buildStatusListCredential(
          listUrl,
          urls.profile(issuer.id),
          await encodeList(Bitstring.zeros()),
          new Date('2024-01-01T00:00:00Z'),
        ),
        signer,
      ),
      updated: '2024-01-01T00:00:00Z',
    });
  }
  const credentials = [...catalog.credentials.values()];
  const registry = buildCatalogIndex(
    {
      issuers: [...catalog.issuers.values()].map((i) => ({ id: i.id, data: i.data })),
      credentials: credentials.map((c) => ({ id: c.id, data: c.data, quality: 'meets' as const })),
      stacks: [...catalog.stacks.values()].map((s) => ({ id: s.id, data: s.data })),
      rubrics: [...catalog.rubrics.values()].map((r) => ({ id: r.id, data: r.data })),
      statusLists: lists,
    },
    urls,
  );
  const titles = new Map(credentials.map((c) => [c.id, c.data.title]));
  const active = credentials.filter((c) => c.data.status === 'active');
  const badges: string[] = [];
  for (let i = 0; i < count; i++) {
    const entry = active[i % active.length];
    if (!entry) break;
    const issuer = catalog.issuers.get(entry.data.issuer);
    const rubric = catalog.rubrics.get(entry.data.rubric);
    const signer = signers.get(entry.data.issuer);
    if (!issuer || !rubric || !signer) throw new Error(`fixture for ${entry.id} incomplete`);
    const achievement = buildAchievement(
      { id: entry.id, data: entry.data, issuer: issuer.data, rubric: rubric.data, titles },
      urls,
    );
    const validFrom = new Date(Date.UTC(2025, 0, 1 + i));
    const credential = await buildCredential({
      achievement,
      issuer: profileRef(issuer.id, issuer.data, urls),
      recipient: { email: 'pat@example.org', name: 'Pat Rivera' },
      validFrom,
      status: { listUrl: urls.statusList(issuer.id, 'revocation-1'), index: i + 1 },
    });
    badges.push(await signCredentialJwt(credential, signer, validFrom));
  }
  ctx.log(`passport: ${badges.length} badges signed in memory`);
  const passport = passportCatalog(
    SITE,
    worldFromCatalog(catalog),
    (id) => catalog.stacks.get(id)?.data.ordered ?? false,
  );
  return { registry, catalog: catalogToJson(passport), badges, now: '2026-01-01T00:00:00Z' };
}
