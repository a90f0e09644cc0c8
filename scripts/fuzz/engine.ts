/**
 * A small coverage-guided fuzzing loop in the manner of libFuzzer, for code instrumented by
 * Jazzer.js's instrumentor (scripts/fuzz/build.ts): every branch bumps an 8-bit counter, and
 * every comparison with a constant is reported to `Fuzzer.tracer`. An input that reaches a new
 * counter, or a known one a new number of times (AFL's hit-count buckets), joins the corpus;
 * mutations (bit flips, byte changes, insertions, deletions, copies, splices, dictionary tokens
 * and the constants the code compared against) are made from corpus inputs. Jazzer.js's own
 * engine is native (libFuzzer), and its prebuilt binary needs a newer C library than some
 * machines have; this loop needs nothing but Node.
 */

export interface CoverageRuntime {
  /** The counters of the instrumented code (a view of the ones handed out so far). */
  readonly counters: Uint8Array;
  /** Constants the code compared inputs against, most recent last (bounded). */
  compared: Uint8Array[];
}

const MAX_EDGES = 1 << 20;
const MAX_COMPARED = 256;

/** Installs the globals the instrumented code calls, and returns its counters. */
export function installRuntime(): CoverageRuntime {
  const counters = new Uint8Array(MAX_EDGES);
  let used = 0;
  const compared: Uint8Array[] = [];
  const seen = new Set<string>();
  const add = (key: string, bytes: Uint8Array) => {
    if (seen.has(key) || bytes.length === 0 || bytes.length > 64) return;
    seen.add(key);
    compared.push(bytes);
    if (compared.length > MAX_COMPARED) {
      compared.shift();
      seen.delete([...seen][0] ?? '');
    }
  };
  const remember = (v: unknown) => {
    if (typeof v === 'string') add(`s${v}`, new TextEncoder().encode(v));
    else if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 0xffffffff) {
      // A byte compared with a constant wants that byte; a length or a code, its big-endian form.
      add(
        `n${v}`,
        v <= 0xff ? Uint8Array.of(v) : Uint8Array.of(v >>> 24, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff),
      );
      add(`d${v}`, new TextEncoder().encode(String(v)));
    }
  };
  const g = globalThis as Record<string, unknown>;
  g.__fuzzCounters = (n: number) => {
    if (used + n > MAX_EDGES) throw new Error('too many edges to instrument');
    const view = counters.subarray(used, used + n);
    used += n;
    return view;
  };
  g.Fuzzer = {
    tracer: {
      traceStrCmp(a: unknown, b: unknown, op: string) {
        remember(typeof a === 'string' ? b : a);
        const eq = a === b;
        return op === '==' ? a == b : op === '===' ? eq : op === '!=' ? a != b : !eq;
      },
      traceNumberCmp(a: number, b: number, op: string) {
        remember(a);
        remember(b);
        switch (op) {
          case '==':
            return a == b;
          case '===':
            return a === b;
          case '!=':
            return a != b;
          case '!==':
            return a !== b;
          case '>':
            return a > b;
          case '>=':
            return a >= b;
          case '<':
            return a < b;
          default:
            return a <= b;
        }
      },
      traceAndReturn(_current: unknown, target: unknown) {
        remember(target);
        return target;
      },
    },
  };
  return {
    get counters() {
      return counters.subarray(0, used);
    },
    compared,
  };
}

/** xorshift32: fast, seeded, reproducible. */
export function prng(seed: number) {
  let x = seed >>> 0 || 0x9e3779b9;
  const next = () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
  return { next, below: (n: number) => (n <= 0 ? 0 : next() % n) };
}

/** AFL's hit-count buckets: 1, 2, 3, 4–7, 8–15, 16–31, 32–127, 128+. */
const BUCKET = new Uint8Array(256).map((_, n) =>
  n === 0
    ? 0
    : n === 1
      ? 1
      : n === 2
        ? 2
        : n === 3
          ? 4
          : n < 8
            ? 8
            : n < 16
              ? 16
              : n < 32
                ? 32
                : n < 128
                  ? 64
                  : 128,
);

export interface FuzzOptions {
  target: (data: Uint8Array) => unknown;
  runtime: CoverageRuntime;
  seeds: readonly Uint8Array[];
  dictionary: readonly Uint8Array[];
  executions: number;
  maxLength: number;
  seed: number;
  /** Called with each input that found new coverage. */
  onNew?: (input: Uint8Array) => void;
  /** An execution slower than this is a finding (a reader must answer hostile input quickly). Default 2 s. */
  slowMs?: number;
}

export interface Finding {
  input: Uint8Array;
  error: unknown;
}

export interface FuzzResult {
  executions: number;
  corpus: Uint8Array[];
  edges: number;
  finding?: Finding;
  ms: number;
}

export async function fuzz(o: FuzzOptions): Promise<FuzzResult> {
  const { counters } = o.runtime;
  const virgin = new Uint8Array(counters.length);
  const size = counters.length;
  let edges = 0;
  const started = performance.now();
  const run = async (input: Uint8Array): Promise<boolean | Finding> => {
    counters.fill(0);
    const t0 = performance.now();
    try {
      await o.target(input);
    } catch (error) {
      return { input, error };
    }
    const took = performance.now() - t0;
    if (took > (o.slowMs ?? 2000))
      return {
        input,
        error: new Error(`one execution took ${Math.round(took)} ms on a ${input.length}-byte input`),
      };
    let fresh = false;
    for (let i = 0; i < size; i++) {
      const c = counters[i] ?? 0;
      if (c === 0) continue;
      const b = BUCKET[c] ?? 0;
      const v = virgin[i] ?? 0;
      if ((v & b) === 0) {
        if (v === 0) edges++;
        virgin[i] = v | b;
        fresh = true;
      }
    }
    return fresh;
  };
  const corpus: Uint8Array[] = [];
  let executions = 0;
  const done = (finding?: Finding): FuzzResult => ({
    executions,
    corpus,
    edges,
    ms: performance.now() - started,
    ...(finding ? { finding } : {}),
  });
  // Replay the seeds (the committed corpus) first: each is a regression test.
  for (const s of [new Uint8Array(0), ...o.seeds]) {
    const r = await run(s);
    executions++;
    if (typeof r === 'object') return done(r);
    if (r || corpus.length === 0) corpus.push(s);
  }
  const rand = prng(o.seed);
  while (executions < o.executions) {
    const base = corpus[rand.below(corpus.length)] ?? new Uint8Array(0);
    const input = mutate(base, o, corpus, rand);
    const r = await run(input);
    executions++;
    if (typeof r === 'object') return done(r);
    if (r) {
      corpus.push(input);
      o.onNew?.(input);
    }
  }
  return done();
}

type Rand = ReturnType<typeof prng>;
const INTERESTING = [0, 1, 0x7f, 0x80, 0xff, 0x100, 0x7fff, 0xffff, 0x7fffffff, 0xffffffff];

/** One to four stacked mutations of `base`. */
export function mutate(
  base: Uint8Array,
  o: Pick<FuzzOptions, 'dictionary' | 'maxLength' | 'runtime'>,
  corpus: readonly Uint8Array[],
  rand: Rand,
): Uint8Array {
  let d = Array.from(base);
  const token = () => {
    const pool = [...o.dictionary, ...o.runtime.compared];
    return Array.from(pool[rand.below(pool.length)] ?? new Uint8Array([0]));
  };
  const at = (extra = 0) => rand.below(d.length + extra);
  for (let n = 1 + rand.below(4); n > 0; n--) {
    switch (rand.below(11)) {
      case 0:
        if (d.length) {
          const i = at();
          d[i] = (d[i] ?? 0) ^ (1 << rand.below(8));
        }
        break;
      case 1:
        if (d.length) d[at()] = rand.below(256);
        break;
      case 2:
        d.splice(at(1), 0, ...Array.from({ length: 1 + rand.below(8) }, () => rand.below(256)));
        break;
      case 3:
        if (d.length) d.splice(at(), 1 + rand.below(Math.min(16, d.length)));
        break;
      case 4: {
        // Copy a piece of the input elsewhere in it.
        if (!d.length) break;
        const from = at();
        const piece = d.slice(from, from + 1 + rand.below(32));
        d.splice(at(1), 0, ...piece);
        break;
      }
      case 5:
      case 6:
        d.splice(at(1), 0, ...token());
        break;
      case 7: {
        // Overwrite with a token.
        const t = token();
        const from = at();
        d.splice(from, t.length, ...t);
        break;
      }
      case 8: {
        // An interesting number, big-endian (PNG lengths), at a random place.
        if (d.length < 4) break;
        const v = INTERESTING[rand.below(INTERESTING.length)] ?? 0;
        const i = rand.below(d.length - 3);
        d[i] = (v >>> 24) & 0xff;
        d[i + 1] = (v >>> 16) & 0xff;
        d[i + 2] = (v >>> 8) & 0xff;
        d[i + 3] = v & 0xff;
        break;
      }
      case 9: {
        // Splice with another corpus input.
        const other = corpus[rand.below(corpus.length)];
        if (!other?.length) break;
        const cut = rand.below(other.length);
        d = [
          ...d.slice(0, at(1)),
          ...Array.from(other.subarray(cut, cut + 1 + rand.below(other.length - cut))),
        ];
        break;
      }
      default:
        // Repeat a byte run (lengths, nesting).
        if (d.length) {
          const i = at();
          d.splice(i, 0, ...Array<number>(1 + rand.below(64)).fill(d[i] ?? 0));
        }
    }
  }
  return Uint8Array.from(d.length > o.maxLength ? d.slice(0, o.maxLength) : d);
}
