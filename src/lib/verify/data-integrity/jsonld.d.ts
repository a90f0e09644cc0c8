// Minimal types for the part of `jsonld` (9.x) we use: canonicalization with our own loader.
declare module 'jsonld' {
  export interface RemoteDocument {
    contextUrl: string | null;
    documentUrl: string;
    document: unknown;
  }
  export interface CanonizeOptions {
    algorithm?: string;
    format?: 'application/n-quads';
    safe?: boolean;
    documentLoader?: (url: string) => Promise<RemoteDocument>;
    maxDeepIterations?: number;
  }
  const jsonld: {
    canonize(input: unknown, options?: CanonizeOptions): Promise<string>;
    expand(input: unknown, options?: Omit<CanonizeOptions, 'algorithm' | 'format'>): Promise<unknown[]>;
  };
  export default jsonld;
}
