/** Loading the copied test vectors (test/fixtures/vectors, see ATTRIBUTION.md there). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const VECTORS = fileURLToPath(new URL('../fixtures/vectors/', import.meta.url));
export const vectorText = (path: string) => readFileSync(VECTORS + path, 'utf8');
export const vectorBytes = (path: string) => new Uint8Array(readFileSync(VECTORS + path));
export const vectorJson = <T = Record<string, unknown>>(path: string) => JSON.parse(vectorText(path)) as T;

/** The W3C VC-JOSE-COSE verification methods, keyed by the thumbprint their tokens use as kid. */
export function joseKeyDocuments(): Map<string, string> {
  const m = new Map<string, string>();
  for (const f of ['vm-p256.json', 'vm-p384.json', 'vm-p521.json', 'vm-ed25519.json']) {
    const vm = vectorJson<{ publicKeyJwk: { kid: string } }>(`w3c-vc-jose-cose/${f}`);
    m.set(vm.publicKeyJwk.kid, JSON.stringify({ publicKeyJwk: vm.publicKeyJwk }));
  }
  return m;
}

/** The 1EdTech validator's OB 2.0 URL → asset mapping (vectors/1edtech/README.md). */
export function ob20Documents(): Map<string, string> {
  const map: Record<string, string> = {
    'https://example.org/robotics-badge.json': 'robotics-badge.json',
    'https://example.org/organization.json': 'organization.json',
    'http://example.org/key1.json': 'key1.json',
    'https://example.org/badgecriteria.json': 'badgecriteria.json',
  };
  return new Map(Object.entries(map).map(([url, f]) => [url, vectorText(`1edtech/ob20/assets/${f}`)]));
}
