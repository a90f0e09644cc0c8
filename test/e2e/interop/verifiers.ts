/**
 * The verifiers the interoperability tests ask, each as its own documentation says to call it,
 * with every document it needs resolved from the built site (dist-fetch.ts, installed as the
 * global fetch by the spec) and nothing else:
 *
 * - Stackable itself, offline, with the catalog.json the build published.
 * - @digitalcredentials/verifier-core (VerifierPlus, the Learner Credential Wallet): signature,
 *   status, expiry and "registered issuer" against the catalog's published issuer registry.
 * - @digitalbazaar/vc with the eddsa-rdfc-2022 suite and @digitalbazaar/vc-bitstring-status-list.
 * - did-jwt-vc with did-resolver + web-did-resolver; it has no status method, so the status list
 *   (a VC-JWT) is verified by did-jwt-vc too and its bit read with the Bitstring Status List
 *   library.
 */
import { expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogIndex } from '../../../src/lib/catalog/index-json.ts';
import { verifyBadge } from '../../../src/lib/verify/verify.ts';
import { DIST, SITE } from './dist-fetch.ts';
import { didWebResolver, documentLoader } from './resolvers.ts';

/** The catalog's issuer registry as a VerifierPlus deployment would add it (docs/architecture.md). */
export const REGISTRY = {
  type: 'dcc-legacy',
  name: 'Stackable catalog',
  url: `${SITE}issuers/registry.json`,
};

/** Stackable's own verdict and status code, with the catalog.json the build published and nothing fetched. */
export async function stackable(text: string) {
  const registry = JSON.parse(readFileSync(join(DIST, 'catalog.json'), 'utf8')) as CatalogIndex;
  const r = await verifyBadge(text, {
    registry,
    resources: { fetch: () => Promise.reject(new Error('Stackable needs nothing from the network here')) },
  });
  return { verdict: r.verdict, status: r.checks.find((c) => c.id === 'status')?.code };
}

type Step = { id: string; valid?: boolean; error?: unknown };
export type CoreResult = { errors?: unknown[]; log?: Step[] };

/** verifier-core's whole answer: `errors` when it could not verify at all, else one step per check. */
export async function verifierCoreRaw(credential: unknown): Promise<CoreResult> {
  const { verifyCredential } = await import('@digitalcredentials/verifier-core');
  return await verifyCredential({ credential, knownDIDRegistries: [REGISTRY] } as never);
}

/** verifier-core's checks, by id: valid_signature, revocation_status, expiration, registered_issuer. */
export async function verifierCore(credential: unknown): Promise<Record<string, boolean | undefined>> {
  const r = await verifierCoreRaw(credential);
  expect(r.errors, JSON.stringify(r.errors)?.slice(0, 600)).toBeUndefined();
  return Object.fromEntries((r.log ?? []).map((s) => [s.id, s.valid]));
}

export async function digitalBazaar(credential: unknown) {
  const vc = await import('@digitalbazaar/vc');
  const { DataIntegrityProof } = await import('@digitalbazaar/data-integrity');
  const { cryptosuite } = await import('@digitalbazaar/eddsa-rdfc-2022-cryptosuite');
  const { checkStatus } = await import('@digitalbazaar/vc-bitstring-status-list');
  const suite = new DataIntegrityProof({ cryptosuite });
  return (await vc.verifyCredential({
    credential,
    suite,
    documentLoader: await documentLoader(),
    checkStatus,
  })) as {
    verified: boolean;
    error?: unknown;
    // The list itself verified (signature, issuer); each result's `status` is the badge's bit.
    statusResult?: { verified: boolean; results?: { verified: boolean; status?: boolean }[] };
  };
}

export type JwtPayload = {
  issuer: { id: string };
  credentialStatus: { statusListCredential: string; statusListIndex: string };
};

/** did-jwt-vc's verdict on the badge, and on its status list (then the bit, read by a Bitstring Status List library). */
export async function didJwtVc(jwt: string): Promise<{ issuer: string; revoked: boolean }> {
  const { verifyCredential } = await import('did-jwt-vc');
  const { decodeList } = await import('@digitalbazaar/vc-bitstring-status-list');
  const resolver = await didWebResolver();
  // policies.format: did-jwt-vc validates only the VC 1.1 data model; these are VC 2.0 credentials.
  const badge = await verifyCredential(jwt, resolver, { policies: { format: false } });
  const payload = badge.payload as unknown as JwtPayload;
  const listUrl = payload.credentialStatus.statusListCredential;
  const listJwt = await (await fetch(listUrl)).text();
  const list = await verifyCredential(listJwt, resolver, { policies: { format: false } });
  const listPayload = list.payload as unknown as {
    issuer: string;
    credentialSubject: { encodedList: string; statusPurpose: string };
  };
  expect(listPayload.issuer).toBe(payload.issuer.id);
  expect(listPayload.credentialSubject.statusPurpose).toBe('revocation');
  const bits = await decodeList({ encodedList: listPayload.credentialSubject.encodedList });
  return {
    issuer: badge.issuer,
    revoked: bits.getStatus(Number(payload.credentialStatus.statusListIndex)),
  };
}

/** The addresses asked for that are neither the built site nor the standard documents' homes. */
export const outsideAsked = (asked: string[]) =>
  asked.filter(
    (u) =>
      !u.startsWith(SITE) &&
      !u.startsWith('https://www.w3.org/') &&
      !u.startsWith('https://w3id.org/') &&
      !u.startsWith('https://purl.imsglobal.org/'),
  );
