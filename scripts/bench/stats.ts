/** Medians, ratios and the formatting every benchmark table uses. */

export function median(xs: readonly number[]): number {
  if (!xs.length) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** The p-quantile (0–1) by nearest rank. */
export function quantile(xs: readonly number[], p: number): number {
  if (!xs.length) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] as number;
}

/** "1.23×": how many times `a` is `b`. */
export const ratio = (a: number, b: number) =>
  Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(a / b >= 10 ? 1 : 2)}×` : '–';

export const ms = (x: number) =>
  !Number.isFinite(x)
    ? '–'
    : x >= 10_000
      ? `${(x / 1000).toFixed(1)} s`
      : x >= 100
        ? `${Math.round(x)} ms`
        : x >= 1
          ? `${x.toFixed(1)} ms`
          : `${(x * 1000).toFixed(0)} µs`;

export const bytes = (x: number) =>
  !Number.isFinite(x)
    ? '–'
    : x >= 1e9
      ? `${(x / 1e9).toFixed(2)} GB`
      : x >= 1e6
        ? `${(x / 1e6).toFixed(1)} MB`
        : x >= 1e3
          ? `${(x / 1e3).toFixed(1)} kB`
          : `${x} B`;

export const int = (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : '–');

/**
 * Runs each named function `rounds` times, interleaved (a, b, c, a, b, c…) so that drift in the
 * machine's load falls on every side alike, and returns each side's samples in milliseconds.
 * With `batch` > 1 each sample is the mean of that many back-to-back calls (browsers round
 * performance.now() to 0.1 ms, too coarse for one sub-millisecond call).
 */
export async function interleaved(
  sides: Record<string, () => Promise<unknown>>,
  rounds: number,
  warmup = 3,
  batch = 1,
): Promise<Record<string, number[]>> {
  const names = Object.keys(sides);
  const out: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, [] as number[]]));
  for (let r = -warmup; r < rounds; r++) {
    for (const n of names) {
      const f = sides[n] as () => Promise<unknown>;
      const t = performance.now();
      for (let b = 0; b < batch; b++) await f();
      const d = (performance.now() - t) / batch;
      if (r >= 0) out[n]?.push(d);
    }
  }
  return out;
}
