// Minimal types for the part of @digitalbazaar/ecdsa-sd-2023-cryptosuite (3.x) the verifier uses.
declare module '@digitalbazaar/ecdsa-sd-2023-cryptosuite' {
  import type { RemoteDocument } from 'jsonld';
  export interface VerifyCryptosuite {
    name: string;
    createVerifyData(options: {
      cryptosuite: VerifyCryptosuite;
      document: Record<string, unknown>;
      proof: Record<string, unknown>;
      documentLoader: (url: string) => Promise<RemoteDocument>;
    }): Promise<unknown>;
    createVerifier(options: {
      verificationMethod: { type: 'Multikey'; id?: string; controller?: string; publicKeyMultibase: string };
    }): Promise<{ verify(options: { data: unknown }): Promise<boolean> }>;
  }
  export function createVerifyCryptosuite(): VerifyCryptosuite;
}
