/** An issuer: a district, university or nonprofit that awards badges for its credentials. */
import { z } from 'zod';
import { PRIVATE_JWK_MEMBERS } from '../../keys/private-members.ts';
import { date, email, httpUrl, maintainerLogins, nonEmpty, slug } from './common.ts';
import { ISSUER_KINDS, keysOf } from '../vocabulary.ts';

/** Private JWK members. Their presence anywhere in content is a security incident. */
export { PRIVATE_JWK_MEMBERS };

/** A public JWK as published in the issuer file. Unknown members are rejected. */
export const publicJwk = () =>
  z
    .strictObject({
      kty: z.enum(['EC', 'OKP', 'RSA'], {
        error: 'must be EC, OKP or RSA (symmetric keys are never published)',
      }),
      crv: z.enum(['P-256', 'P-384', 'Ed25519']).optional(),
      x: z.string().optional(),
      y: z.string().optional(),
      n: z.string().optional(),
      e: z.string().optional(),
      alg: z.enum(['ES256', 'ES384', 'EdDSA', 'RS256', 'PS256']).optional(),
      kid: z.string().optional(),
      use: z.literal('sig').optional(),
    })
    .superRefine((jwk, ctx) => {
      const need =
        jwk.kty === 'RSA'
          ? (['n', 'e'] as const)
          : jwk.kty === 'EC'
            ? (['crv', 'x', 'y'] as const)
            : (['crv', 'x'] as const);
      for (const m of need) {
        if (jwk[m] === undefined)
          ctx.addIssue({ code: 'custom', path: [m], message: `is required for an ${jwk.kty} key` });
      }
    });

export const issuerKey = () =>
  z.strictObject({
    /** RFC 7638 JWK thumbprint (SHA-256); the key's URL is `/issuers/<issuer>/keys/<kid>.json`. */
    kid: z.string().regex(/^[A-Za-z0-9_-]{43}$/, {
      error: "must be the key's RFC 7638 SHA-256 thumbprint (43 base64url characters)",
    }),
    alg: z.enum(['ES256', 'EdDSA', 'RS256', 'PS256'], { error: 'must be one of ES256, EdDSA, RS256, PS256' }),
    validFrom: date(),
    validUntil: date().optional(),
    revoked: z.strictObject({ date: date(), reason: nonEmpty(300) }).optional(),
    jwk: publicJwk(),
  });

export const issuerSchema = () =>
  z.strictObject({
    name: nonEmpty(120),
    shortName: nonEmpty(40).optional(),
    kind: z.enum(keysOf(ISSUER_KINDS)),
    summary: nonEmpty(400),
    url: httpUrl(),
    email: email(),
    location: nonEmpty(120).optional(),
    /** Brand colour used for generated badges, as #rrggbb. */
    color: z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a colour written as #rrggbb' }),
    /** GitHub usernames allowed to change this issuer's namespace. */
    maintainers: maintainerLogins(),
    /** Marks the seed catalog's invented organizations. */
    fictional: z.boolean().default(false),
    keys: z.array(issuerKey()).default([]),
    established: z.number().int().min(1800).max(2100).optional(),
  });

export type IssuerData = z.infer<ReturnType<typeof issuerSchema>>;
export type IssuerKey = z.infer<ReturnType<typeof issuerKey>>;
export const issuerIdSchema = slug;
