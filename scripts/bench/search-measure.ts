/**
 * Node-only: what the search benchmark does inside a page, for either side (our island on
 * /credentials/ or the MiniSearch comparison page). Both pages share one contract: the search
 * box is #q, facets are checkboxes in #facets, and #search-app counts its renders in
 * `data-renders` and names the query the rendered results answer in `data-query` (trimmed).
 * Every time is taken inside the page with performance.now().
 */
import type { Page } from 'playwright-core';

/** Waits until the page has finished what it does on its own: its first render, the counts that follow, the network. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const d = document.getElementById('search-app')?.dataset;
      // Our island draws results and counts (data-counted, equal to data-renders once both are
      // drawn; an older island drew counts after results), and loads its search runtime when
      // idle (data-warm); the page has settled when all that is done.
      return (
        !!d &&
        Number(d.renders ?? 0) >= 1 &&
        (d.counted === undefined || d.counted === d.renders) &&
        d.warm !== 'pending' &&
        document.getElementById('search-app')?.getAttribute('aria-busy') !== 'true'
      );
    },
    undefined,
    { timeout: 300_000 },
  );
  await page.waitForLoadState('networkidle');
}

/** Sets the query at once (as a paste or a recalled search does) and resolves with the ms until its results render. */
export function timedQuery(page: Page, q: string): Promise<number> {
  return page.evaluate(
    (query) =>
      new Promise<number>((resolve, reject) => {
        const app = document.getElementById('search-app') as HTMLElement;
        const want = query.trim();
        const mo = new MutationObserver(() => {
          if (app.dataset.query === want) {
            mo.disconnect();
            resolve(performance.now() - t0);
          }
        });
        mo.observe(app, { attributes: true, attributeFilter: ['data-renders'] });
        setTimeout(() => reject(new Error(`no render within 60 s for “${query}”`)), 60_000);
        const input = document.getElementById('q') as HTMLInputElement;
        const t0 = performance.now();
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    q,
  );
}

/** Empties the box and waits, however long the page needs, until the results answer that and the page has settled. */
export async function clearQuery(page: Page): Promise<void> {
  await page.evaluate(() => {
    const input = document.getElementById('q') as HTMLInputElement;
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.waitForFunction(() => document.getElementById('search-app')?.dataset.query === '', undefined, {
    timeout: 300_000,
  });
  await settle(page);
}

/** Clicks a facet value and resolves with the ms until the next render. */
export function timedFacet(page: Page, facet: { name: string; value: string }): Promise<number> {
  return page.evaluate(
    (f) =>
      new Promise<number>((resolve, reject) => {
        const app = document.getElementById('search-app') as HTMLElement;
        const before = app.dataset.renders;
        const mo = new MutationObserver(() => {
          if (app.dataset.renders !== before) {
            mo.disconnect();
            resolve(performance.now() - t0);
          }
        });
        mo.observe(app, { attributes: true, attributeFilter: ['data-renders'] });
        setTimeout(() => reject(new Error(`no render within 60 s for ${f.name}=${f.value}`)), 60_000);
        const box = document.querySelector<HTMLInputElement>(
          `#facets input[name="${f.name}"][value="${f.value}"]`,
        );
        if (!box) throw new Error(`no facet ${f.name}=${f.value}`);
        const t0 = performance.now();
        box.click();
      }),
    facet,
  );
}

export interface Stamp {
  at: number;
  /** The query as typed (trimmed) at a keystroke, or the query a render answers. */
  q: string;
}

/**
 * For each keystroke, the ms until results that include it were on screen: the first render,
 * after the keystroke, of the query as typed up to that keystroke or further. A keystroke whose
 * own results never showed (a later one overtook them) waits for the later ones, which is what
 * the person saw; one never answered is NaN.
 */
export function keystrokeLatencies(
  keys: readonly Stamp[],
  renders: readonly Stamp[],
  end = Number.NaN,
): number[] {
  return keys.map((k, i) => {
    const r = renders.find(
      (x) => x.at >= k.at && keys.some((later, j) => j >= i && later.at <= x.at && later.q === x.q),
    );
    return r ? r.at - k.at : end - k.at;
  });
}

/** How long typing waits for the results of the last keystroke before it stops waiting. */
export const TYPING_LIMIT_MS = 60_000;

/**
 * Types `word` into the (empty, focused) search box one character every `gapMs`, as a person
 * does, and returns each keystroke's latency (see keystrokeLatencies). A keystroke still
 * unanswered TYPING_LIMIT_MS after the last one counts as the time waited for it.
 */
export async function typing(page: Page, word: string, gapMs = 150): Promise<number[]> {
  const { keys, renders, end } = await page.evaluate(
    ([w, gap, limit]) =>
      new Promise<{ keys: Stamp[]; renders: Stamp[]; end: number }>((resolve) => {
        const app = document.getElementById('search-app') as HTMLElement;
        const input = document.getElementById('q') as HTMLInputElement;
        const keys: Stamp[] = [];
        const renders: Stamp[] = [];
        let timer: ReturnType<typeof setTimeout> | undefined;
        const done = () => {
          mo.disconnect();
          clearTimeout(timer);
          resolve({ keys, renders, end: performance.now() });
        };
        const mo = new MutationObserver(() => {
          renders.push({ at: performance.now(), q: app.dataset.query ?? '' });
          if (keys.length === w.length && app.dataset.query === w.trim()) done();
        });
        mo.observe(app, { attributes: true, attributeFilter: ['data-renders'] });
        let i = 0;
        const press = () => {
          input.value = w.slice(0, ++i);
          keys.push({ at: performance.now(), q: input.value.trim() });
          input.dispatchEvent(new Event('input', { bubbles: true }));
          if (i < w.length) setTimeout(press, gap);
          else timer = setTimeout(done, limit);
        };
        press();
      }),
    [word, gapMs, TYPING_LIMIT_MS] as const,
  );
  return keystrokeLatencies(keys, renders, end);
}

/** Our side only: Pagefind's own search() for each query, without filters, its chunks already loaded (raw engine time). */
export function rawPagefind(page: Page, queries: readonly string[]): Promise<number[]> {
  return page.evaluate(async (qs) => {
    const url = '/pagefind/pagefind.js';
    const pf = (await import(url)) as { search(q: string): Promise<unknown> };
    const out: number[] = [];
    for (const q of qs) {
      await pf.search(q); // loads the chunks this query needs
      const t0 = performance.now();
      await pf.search(q);
      out.push(performance.now() - t0);
    }
    return out;
  }, qs(queries));
}

/** The MiniSearch page only: its index's own search() for each query (exposed by the page as benchSearch). */
export function rawMiniSearch(page: Page, queries: readonly string[]): Promise<number[]> {
  return page.evaluate((list) => {
    const search = (window as unknown as { benchSearch: (q: string) => unknown }).benchSearch;
    return list.map((q) => {
      search(q);
      const t0 = performance.now();
      search(q);
      return performance.now() - t0;
    });
  }, qs(queries));
}

const qs = (queries: readonly string[]) => [...queries];
