/**
 * Pagefind, as the island uses it: loaded ahead of the first query (see main.ts), run on this
 * thread (its worker costs more than it saves here), asked only for the words of a query, with recent answers kept. A search that a newer
 * one has made stale starts no further Pagefind work.
 */
import type { Hits } from '../../lib/search/combine.ts';

interface PagefindResult {
  id: string;
  score: number;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
  preload(term: string): Promise<void>;
}

/** Answers kept (a query's words, as typed and retyped); a large answer is a map of many pages. */
const KEEP = 64;

export function createEngine(base: string) {
  let pf: Promise<Pagefind> | undefined;
  const answers = new Map<string, ReadonlyMap<string, number>>();
  const load = () =>
    (pf ??= (async () => {
      const url = `${base.replace(/\/$/, '')}/pagefind/pagefind.js`;
      const mod = (await import(/* @vite-ignore */ url)) as Pagefind;
      await mod.options({ baseUrl: base, noWorker: true });
      await mod.init();
      return mod;
    })());
  const remember = (key: string, value: ReadonlyMap<string, number>) => {
    answers.delete(key);
    answers.set(key, value);
    if (answers.size > KEEP) answers.delete(answers.keys().next().value as string);
  };
  return {
    /** Loads Pagefind (and its WebAssembly and metadata) without searching; a failure is tried again later. */
    warm(): Promise<void> {
      return load().then(
        () => undefined,
        () => {
          pf = undefined;
        },
      );
    },
    /** Pagefind's matches for each query string, or undefined when `stale()` turned true meanwhile. */
    async hits(keys: readonly string[], stale: () => boolean): Promise<Hits | undefined> {
      const todo = keys.filter((k) => !answers.has(k));
      if (todo.length) {
        const p = await load();
        if (stale()) return undefined;
        // Fetch every index chunk these searches need at once, then search one at a time.
        await Promise.all(todo.map((k) => p.preload(k)));
        for (const k of todo) {
          if (stale()) return undefined;
          const r = await p.search(k);
          remember(k, new Map((r?.results ?? []).map((x) => [x.id, x.score])));
        }
      }
      return new Map(keys.map((k) => [k, answers.get(k) ?? new Map()]));
    },
  };
}
export type Engine = ReturnType<typeof createEngine>;
