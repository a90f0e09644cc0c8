/**
 * The Content-Security-Policy of every page, as a <meta> tag (the site is static: there are no
 * response headers to set). Scripts only from this origin, no inline script, no eval; WebAssembly
 * only where the search index needs it; connections only to this origin, except on the verify
 * page variant where the user chose to allow network lookups.
 */
export interface CspOptions {
  /** Pagefind compiles WebAssembly: allows 'wasm-unsafe-eval' (never 'unsafe-eval'). */
  wasm?: boolean;
  /** The user opted in to fetching keys and status lists from the sites a badge names. */
  network?: boolean;
}

export function contentSecurityPolicy(o: CspOptions = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self'${o.wasm ? " 'wasm-unsafe-eval'" : ''}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${o.network ? ' https:' : ''}`,
    "worker-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}
