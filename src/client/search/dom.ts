export { el } from '../dom.ts';

export const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** Resolves in a later task, letting the browser paint and answer input in between. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Resolves once the page has loaded and painted a frame after that. */
export const afterFirstPaint = () =>
  new Promise<void>((resolve) => {
    const go = () => requestAnimationFrame(() => setTimeout(resolve, 0));
    if (document.readyState === 'complete') go();
    else addEventListener('load', go, { once: true });
  });
