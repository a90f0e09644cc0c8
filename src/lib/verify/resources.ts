/**
 * Everything the verifier may need from elsewhere (hosted OB 2.0 assertions and their badge and
 * issuer documents, key documents, did:web documents, status lists, endorsements) goes through
 * here. By default nothing leaves: documents come from local maps (the CLI's --map, tests), and
 * the network is used only when the caller gives a fetcher. Even then, every address passes the
 * public-URL policy first (src/lib/net/public-url.ts: https: to a public host only), whatever
 * fetcher the caller gave, so no badge can make the CLI or the page send a request to the
 * loopback interface, the local network or a metadata service. A refused fetch is reported as
 * "Not fetched: <reason>", a failed one as such: both "could not check", never a pass.
 * What is fetched, and when: docs/security.md.
 */
import { VerifyError } from './errors.ts';
import { loadPart } from './lazy.ts';

export interface FetchedDocument {
  url: string;
  status: number;
  body: string;
  contentType?: string;
}

export type Fetcher = (
  url: string,
  init: { signal: AbortSignal; headers: Record<string, string> },
) => Promise<{ status: number; headers: { get(name: string): string | null }; text(): Promise<string> }>;

export interface ResourceOptions {
  /** Documents served locally by URL (the CLI's --map URL=FILE, tests). */
  documents?: ReadonlyMap<string, string>;
  /** When set, other http(s) URLs may be fetched with it. Omit to forbid the network. */
  fetch?: Fetcher;
  timeoutMs?: number;
  maxBytes?: number;
}

export class Resources {
  readonly #options: ResourceOptions;
  readonly fetched: string[] = [];
  constructor(options: ResourceOptions = {}) {
    this.#options = options;
  }

  /** Whether a document is available locally for this address (no network involved). */
  hasLocal(url: string): boolean {
    return this.#options.documents?.has(url) ?? false;
  }

  get networkAllowed(): boolean {
    return Boolean(this.#options.fetch);
  }

  async get(url: string, accept = 'application/json'): Promise<FetchedDocument> {
    const local = this.#options.documents?.get(url);
    if (local !== undefined) return { url, status: 200, body: local };
    const fetcher = this.#options.fetch;
    if (!fetcher)
      throw new VerifyError(
        'ERR_FETCH_NOT_ALLOWED',
        `it needs ${url}, and fetching from other sites is turned off`,
        url,
      );
    // The address rules load with the first fetch: with fetching off (the default) they are never needed.
    const { publicHttpsUrl } = await loadPart(import('../net/public-url.ts'), 'the address checker');
    const verdict = publicHttpsUrl(url);
    if (!verdict.ok)
      throw new VerifyError('ERR_FETCH_NOT_ALLOWED', `Not fetched: ${verdict.reason}`, `Not fetched: ${url}`);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.#options.timeoutMs ?? 8000);
    try {
      this.fetched.push(url);
      const res = await fetcher(verdict.url.href, { signal: controller.signal, headers: { Accept: accept } });
      const body = await res.text();
      const max = this.#options.maxBytes ?? 2 * 1024 * 1024;
      if (body.length > max)
        throw new VerifyError(
          'ERR_FETCH_FAILED',
          `${url} returned more than ${Math.round(max / 1024)} KB`,
          url,
        );
      const contentType = res.headers.get('content-type');
      return { url, status: res.status, body, ...(contentType ? { contentType } : {}) };
    } catch (e) {
      if (e instanceof VerifyError) throw e;
      // The caller's fetcher may refuse too (the CLI checks what a host name resolves to).
      const said = e instanceof Error ? e.message : String(e);
      if (/^Not fetched: /.test(said))
        throw new VerifyError(
          'ERR_FETCH_NOT_ALLOWED',
          `Not fetched: ${said.slice(13).replace(/\.$/, '')}`,
          url,
        );
      throw new VerifyError(
        'ERR_FETCH_FAILED',
        `${url} did not answer, or does not allow this page to read it (CORS)`,
        e instanceof Error ? e.message : String(e),
      );
    } finally {
      clearTimeout(timer);
    }
  }
}
