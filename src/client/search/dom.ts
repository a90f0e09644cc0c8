/** Building DOM from data: elements with attributes and children; text always as text. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) if (c !== undefined && c !== false) node.append(c);
  return node;
}

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
