/**
 * ecdsa-sd-2023 (https://www.w3.org/TR/vc-di-ecdsa/#ecdsa-sd-2023), the selective-disclosure
 * ECDSA suite 1EdTech added to Open Badges 3.0 certification in 2025. A verifier checks only a
 * derived proof (what a holder discloses); the verification itself, with Digital Bazaar's
 * cryptosuite, is in ecdsa-sd.ts and loads only for such a badge.
 */
import type { Suite } from './suites.ts';
import { loadPart } from '../lazy.ts';

const notUsed = (): never => {
  throw new Error('ecdsa-sd-2023 verifies the document as a whole');
};

export const ECDSA_SD_SUITES = [
  {
    name: 'ecdsa-sd-2023',
    deprecated: false,
    outsideOb3: false,
    canonicalization: 'rdfc',
    signature: notUsed,
    verify: notUsed,
    async verifyDocument(unsecured, proof, jwk) {
      const { verifyEcdsaSd } = await loadPart(import('./ecdsa-sd.ts'), 'the ecdsa-sd-2023 library');
      return verifyEcdsaSd(unsecured, proof, jwk);
    },
  },
] as const satisfies readonly Suite[];
