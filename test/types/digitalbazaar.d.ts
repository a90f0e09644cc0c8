// The independent Data Integrity implementation used as a second opinion in the tests ships no
// types; only the calls the tests make are declared.
declare module '@digitalbazaar/vc' {
  export function verifyCredential(
    options: Record<string, unknown>,
  ): Promise<{ verified: boolean; error?: unknown }>;
}
declare module '@digitalbazaar/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: { cryptosuite: unknown });
  }
}
declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: unknown;
}
declare module '@digitalbazaar/vc-bitstring-status-list' {
  export const checkStatus: (options: Record<string, unknown>) => Promise<{ verified: boolean }>;
  export function decodeList(options: {
    encodedList: string;
  }): Promise<{ getStatus(index: number): boolean }>;
}
