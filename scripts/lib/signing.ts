/**
 * Picking the key to sign with: a published key of the issuer, in force now, whose private half
 * is on this machine. Refuses clearly when the private key is missing or does not match.
 */
import { calculateJwkThumbprint } from 'jose';
import type { Entry } from '../../src/lib/catalog/model.ts';
import type { IssuerData, IssuerKey } from '../../src/lib/catalog/schema/issuer.ts';
import { publicPart } from '../../src/lib/keys/generate.ts';
import { keyInForce } from '../../src/lib/keys/in-force.ts';
import { issuerDid, methodId } from '../../src/lib/ob3/issuer-did.ts';
import type { SigningKey } from '../../src/lib/ob3/sign-jwt.ts';
import type { SiteUrls } from '../../src/lib/ob3/site.ts';
import { CliError } from './cli.ts';
import { loadPrivateKey } from './keystore.ts';

export interface IssuerSigner extends SigningKey {
  published: IssuerKey;
}

export async function signerFor(
  issuer: Entry<IssuerData>,
  urls: SiteUrls,
  opts: { keyFile?: string; keys: string; now?: Date; alg?: IssuerKey['alg'] },
): Promise<IssuerSigner> {
  const now = opts.now ?? new Date();
  const keys = issuer.data.keys;
  if (!keys.length)
    throw new CliError(
      `issuer "${issuer.id}" has published no keys`,
      `Run npm run keygen -- --issuer ${issuer.id} first.`,
    );
  const inForce = keys
    .filter((k) => keyInForce(k, now).ok && (!opts.alg || k.alg === opts.alg))
    .sort((a, b) => b.validFrom.getTime() - a.validFrom.getTime());
  const { jwk, path } = await loadPrivateKey({
    ...(opts.keyFile ? { file: opts.keyFile } : {}),
    keys: opts.keys,
    issuer: issuer.id,
    kids: inForce.map((k) => k.kid),
  }).catch((e: unknown) => {
    if (!opts.keyFile && !inForce.length) {
      const last = [...keys].sort((a, b) => b.validFrom.getTime() - a.validFrom.getTime())[0];
      const state = last ? keyInForce(last, now) : undefined;
      throw new CliError(
        `issuer "${issuer.id}" has no key in force${state && !state.ok ? ` (its newest key is ${state.reason} since ${state.since.toISOString()})` : ''}`,
        `Make a new one with npm run keygen -- --issuer ${issuer.id} --rotate.`,
      );
    }
    throw e;
  });
  const thumbprint = await calculateJwkThumbprint(publicPart(jwk), 'sha256');
  const published = keys.find((k) => k.kid === thumbprint);
  if (!published)
    throw new CliError(
      `the private key in ${path} does not match any key ${issuer.id} publishes`,
      'Sign with a key whose public half is in the issuer file.',
    );
  const state = keyInForce(published, now);
  if (!state.ok) {
    throw new CliError(
      `key ${thumbprint} is ${state.reason === 'not-yet-valid' ? 'not valid yet' : state.reason} (since ${state.since.toISOString()}); it can no longer sign`,
      `Rotate with npm run keygen -- --issuer ${issuer.id} --rotate.`,
    );
  }
  // The kid is the key's verification method in the issuer's DID document (docs/architecture.md, "Issuer identities").
  return {
    alg: published.alg,
    kid: methodId(issuerDid(urls, issuer.id), published.kid),
    privateJwk: jwk,
    published,
  };
}
