/**
 * Browser side of the passport benchmark: verifies and summarises the first N badges of the
 * fixtures exactly as the passport page does (verifySet, then summarizePassport), timing each
 * round from the badges' text to the finished passport.
 */
import { catalogFromJson } from '../../../src/lib/passport/catalog.ts';
import { summarizePassport } from '../../../src/lib/passport/summary.ts';
import { verifySet } from '../../../src/lib/passport/verify-set.ts';
import type { CatalogIndex } from '../../../src/lib/catalog/index-json.ts';

interface Fixtures {
  registry: CatalogIndex;
  catalog: string;
  badges: string[];
  now: string;
}

declare global {
  interface Window {
    benchPassport: (
      fx: Fixtures,
      sizes: readonly number[],
      rounds: number,
    ) => Promise<Record<string, number[]>>;
  }
}

window.benchPassport = async (fx, sizes, rounds) => {
  const catalog = catalogFromJson(fx.catalog);
  const now = new Date(fx.now);
  const once = async (n: number) => {
    const inputs = fx.badges.slice(0, n).map((data, i) => ({ name: `badge ${i + 1}`, data }));
    const t0 = performance.now();
    const set = await verifySet(inputs, { registry: fx.registry, now });
    const p = await summarizePassport(set, catalog, { today: now, email: 'pat@example.org' });
    const ms = performance.now() - t0;
    if (p.counted === 0) throw new Error('no badge counted: the fixtures are wrong');
    return ms;
  };
  await once(Math.min(10, fx.badges.length)); // warm-up: code paths compiled
  const out: Record<string, number[]> = Object.fromEntries(sizes.map((n) => [String(n), []]));
  // Sizes alternate within each round, so a burst of load on the machine falls on all of them.
  for (let r = 0; r < rounds; r++) for (const n of sizes) out[String(n)]?.push(await once(n));
  return out;
};
