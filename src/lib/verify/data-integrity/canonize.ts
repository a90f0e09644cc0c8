/**
 * Canonical forms for Data Integrity: RDFC-1.0 over JSON-LD with the bundled contexts only and
 * safe mode on (an undefined term is an error, not silently dropped), or JCS (RFC 8785).
 */
import jsonld from 'jsonld';
import canonicalizeJcs from 'canonicalize';
import { VerifyError } from '../errors.ts';
import { CONTEXTS } from './contexts.ts';

export async function staticLoader(url: string) {
  const document = CONTEXTS.get(url);
  if (document === undefined) {
    throw new VerifyError('ERR_CONTEXT_UNKNOWN', url.slice(0, 200), url);
  }
  return { contextUrl: null, documentUrl: url, document };
}

export async function canonizeRdfc(doc: unknown): Promise<string> {
  try {
    return await jsonld.canonize(doc, {
      algorithm: 'RDFC-1.0',
      format: 'application/n-quads',
      safe: true,
      documentLoader: staticLoader,
    });
  } catch (e) {
    throw jsonldError(e);
  }
}

/** What a JSON-LD processing error means: ours (an unknown context) as is, else "not well-formed". */
export function jsonldError(e: unknown): VerifyError {
  const cause = findVerifyError(e);
  if (cause) return cause;
  const msg = e instanceof Error ? e.message : String(e);
  return new VerifyError(
    'ERR_JSON_MALFORMED',
    /safe mode/i.test(msg)
      ? 'it uses terms its JSON-LD contexts do not define (JSON-LD safe mode), so its signed meaning is ambiguous'
      : 'it could not be processed as JSON-LD',
    msg.slice(0, 400),
  );
}

/** jsonld wraps loader errors; dig out ours so "unknown context" stays a clear message. */
function findVerifyError(e: unknown, depth = 0): VerifyError | undefined {
  if (e instanceof VerifyError) return e;
  if (depth > 5 || !e || typeof e !== 'object') return undefined;
  const o = e as { cause?: unknown; details?: { cause?: unknown } };
  return findVerifyError(o.cause, depth + 1) ?? findVerifyError(o.details?.cause, depth + 1);
}

export function canonizeJcs(doc: unknown): string {
  const out = canonicalizeJcs(doc);
  if (out === undefined) throw new VerifyError('ERR_JSON_MALFORMED', 'it could not be canonicalized (JCS)');
  return out;
}
