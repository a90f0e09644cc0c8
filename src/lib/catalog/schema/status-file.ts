/**
 * A status list as the `revoke` and `issue` tools keep it in `content/status/<issuer>/<list>.json`:
 * the signed BitstringStatusListCredential the site publishes, and which indexes have been
 * handed out (so an index is never used twice). No recipient data is stored here.
 */
import { z } from 'zod';
import { slug } from './common.ts';

export const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+$/;

export const statusFileSchema = () =>
  z.strictObject({
    issuer: slug(),
    list: slug(),
    purpose: z.literal('revocation'),
    /** Number of entries (bits); at least 131,072 per Bitstring Status List §2.2. */
    length: z
      .number()
      .int()
      .min(131072)
      .max(8 * 1024 * 1024),
    /** Multibase (u) GZIP bitstring of indexes already assigned to badges. */
    allocated: z.string().regex(/^u[A-Za-z0-9_-]+$/),
    /** The signed status list credential (compact JWS), published at /issuers/<issuer>/status/<list>. */
    credential: z.string().regex(COMPACT_JWS, { error: 'must be a compact JWS' }),
    /**
     * The same list as a Data Integrity-signed credential, published at
     * /issuers/<issuer>/status/<list>.json for Data Integrity badges; kept in step by the tools.
     */
    dataIntegrity: z
      .looseObject({
        type: z.array(z.string()).refine((t) => t.includes('BitstringStatusListCredential'), {
          error: 'must be a BitstringStatusListCredential',
        }),
        proof: z.unknown(),
      })
      .optional(),
    updated: z.iso.datetime({ offset: true }),
  });

export type StatusFile = z.infer<ReturnType<typeof statusFileSchema>>;
