/**
 * The verifier's on-demand parts that catalog badges need, fetched at once: the PNG and SVG
 * readers, Data Integrity and OB 2.0. A page calls this once it is idle, so that it keeps
 * verifying those badges if the connection drops afterwards; pages skip it when the reader asked
 * to save data. The rarer, heavier parts (the look-alike check for issuers outside the catalog,
 * ecdsa-sd-2023, compressed curve points, endorsements) still load only when a badge needs them.
 * A part that fails to load now is simply tried again when a badge needs it.
 */
export function prefetchVerifier(options: { network?: boolean } = {}): void {
  const parts: Promise<unknown>[] = [
    import('../baking/png.ts'),
    import('../baking/svg.ts'),
    import('./data-integrity/index.ts'),
    import('./formats/ob2/index.ts'),
    ...(options.network ? [import('./did-web.ts'), import('../net/public-url.ts')] : []),
  ];
  for (const p of parts) p.catch(() => undefined);
}
