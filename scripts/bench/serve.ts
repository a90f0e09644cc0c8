/**
 * Node-only: a static file server on 127.0.0.1 for the browser benchmarks. It gzips text
 * responses as a production host would (Pagefind's own files are already compressed and are
 * sent as they are) and counts the bytes it sends, so a benchmark can ask how many bytes a
 * step fetched.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt']);

export interface Served {
  url: string;
  /** Bytes sent (bodies, after compression) since the last reset. */
  sent(): number;
  /** Requests served since the last reset, with their bytes. */
  requests(): { path: string; bytes: number }[];
  reset(): void;
  close(): Promise<void>;
}

export async function serveStatic(root: string): Promise<Served> {
  const base = resolve(root);
  const cache = new Map<string, { body: Buffer; gzip: boolean; type: string }>();
  let log: { path: string; bytes: number }[] = [];
  const load = (file: string) => {
    let hit = cache.get(file);
    if (!hit) {
      const ext = extname(file);
      const raw = readFileSync(file);
      const gzip = COMPRESSIBLE.has(ext);
      hit = {
        body: gzip ? gzipSync(raw, { level: 6 }) : raw,
        gzip,
        type: TYPES[ext] ?? 'application/octet-stream',
      };
      cache.set(file, hit);
    }
    return hit;
  };
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      log.push({ path, bytes: 0 });
      return;
    }
    const { body, gzip, type } = load(file);
    res.writeHead(200, {
      'content-type': type,
      'content-length': body.length,
      'cache-control': 'no-store',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(body);
    log.push({ path, bytes: body.length });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    sent: () => log.reduce((s, r) => s + r.bytes, 0),
    requests: () => [...log],
    reset: () => {
      log = [];
    },
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
