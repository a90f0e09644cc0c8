// The independent Data Integrity implementation used as a second opinion in the tests ships no
// types; only the calls the tests make are declared.
declare module '@digitalbazaar/vc' {
  export function verifyCredential(
    options: Record<string, unknown>,
  ): Promise<{ verified: boolean; error?: unknown }>;
}
declare module '@digitalbazaar/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: { cryptosuite: unknown; signer?: unknown; date?: string });
  }
}
declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: unknown;
}
declare module '@digitalbazaar/vc' {
  type Loader = (url: string) => Promise<unknown>;
  export function issue(options: {
    credential: Record<string, unknown>;
    suite: unknown;
    documentLoader: Loader;
  }): Promise<Record<string, unknown>>;
  export function derive(options: {
    verifiableCredential: Record<string, unknown>;
    suite: unknown;
    documentLoader: Loader;
  }): Promise<Record<string, unknown>>;
}
declare module '@digitalbazaar/ecdsa-multikey' {
  export interface KeyPair {
    publicKeyMultibase: string;
    signer(): unknown;
    export(options: {
      publicKey: boolean;
      secretKey: boolean;
      includeContext: boolean;
    }): Promise<Record<string, unknown>>;
  }
  export function generate(options: { curve: 'P-256' | 'P-384'; controller?: string }): Promise<KeyPair>;
  export function from(key: Record<string, unknown>): Promise<KeyPair>;
}
declare module '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite' {
  export const cryptosuite: unknown;
}
declare module '@digitalbazaar/ecdsa-jcs-2019-cryptosuite' {
  export function createSignCryptosuite(): unknown;
}
declare module '@digitalbazaar/ecdsa-sd-2023-cryptosuite' {
  export function createSignCryptosuite(options: { mandatoryPointers: string[] }): unknown;
  export function createDiscloseCryptosuite(options: { selectivePointers: string[] }): unknown;
}
declare module '@digitalbazaar/ed25519-verification-key-2018' {
  export class Ed25519VerificationKey2018 {
    static generate(): Promise<Ed25519VerificationKey2018>;
    static from(key: Record<string, unknown>): Promise<Ed25519VerificationKey2018>;
    fingerprint(): string;
    export(options: { publicKey: boolean; privateKey: boolean }): Record<string, unknown>;
  }
}
declare module '@digitalbazaar/ed25519-signature-2018' {
  export class Ed25519Signature2018 {
    constructor(options: { key: unknown; date?: string });
  }
}
