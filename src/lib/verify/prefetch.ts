/**
 * Every part of the verifier that loads on demand (lazy.ts), fetched at once. A page calls this
 * once it is idle, so that it keeps verifying every kind of badge if the connection drops
 * afterwards; pages skip it when the reader asked to save data. A part that fails to load now is
 * simply tried again when a badge needs it.
 */
export function prefetchVerifier(options: { network?: boolean } = {}): void {
  const parts: Promise<unknown>[] = [
    import('../baking/png.ts'),
    import('../baking/svg.ts'),
    import('./data-integrity/index.ts'),
    import('./data-integrity/ecdsa-sd.ts'),
    import('./formats/ob2/index.ts'),
    import('./multikey.ts'),
    import('@noble/curves/nist.js'),
    import('./checks/lookalike.ts'),
    import('./checks/endorsement-verify.ts'),
    ...(options.network ? [import('./did-web.ts'), import('../net/public-url.ts')] : []),
  ];
  for (const p of parts) p.catch(() => undefined);
}
