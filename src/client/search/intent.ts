/**
 * What the search island loads when the reader heads for it, never while the page starts (on a
 * phone, their ~400 kB and start-up work would compete with the page itself):
 * - the cards file, when the reader heads for the search app (a pointer over it, a touch, the
 *   focus inside it): a facet, the sort or "Show more" will need cards drawn;
 * - Pagefind, the vocabulary and the cards file, when the reader heads for the search box (a
 *   pointer over the search form, a touch, the focus or a key). data-warm says when they are in.
 */
import type { SearchData } from './data.ts';
import type { Engine } from './engine.ts';

export function watchIntent(
  app: HTMLElement,
  form: HTMLFormElement,
  input: HTMLInputElement,
  engine: Engine,
  data: () => SearchData | undefined,
) {
  const quiet = (p: Promise<unknown>) => p.catch(() => undefined);
  const warmCards = () => {
    const d = data();
    if (d) void quiet(d.cards());
  };
  let warmed: Promise<void> | undefined;
  const warm = () => {
    const d = data();
    if (warmed || !d) return;
    warmed = Promise.all([engine.warm(), quiet(d.vocabulary()), quiet(d.cards())]).then(() => {
      app.dataset.warm = 'ready';
    });
  };
  // Not `once`: an event before the table has loaded does nothing, and the next one counts.
  for (const ev of ['focus', 'pointerdown', 'keydown'] as const) input.addEventListener(ev, warm);
  for (const ev of ['pointerover', 'touchstart'] as const) form.addEventListener(ev, warm, { passive: true });
  for (const ev of ['pointerover', 'touchstart', 'focusin'] as const)
    app.addEventListener(ev, warmCards, { passive: true });
  return { warm, warmCards };
}
