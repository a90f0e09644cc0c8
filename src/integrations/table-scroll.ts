/**
 * A Markdown (Sätteri) hast plugin for entries' text, Markdown and MDX alike: every table a writer
 * puts in a page is keyboard-focusable, because on a phone it scrolls inside itself rather than
 * widening the page (`.prose table` in src/styles/tables.css), and a scrolling region must be
 * reachable without a mouse (WCAG 2.1.1).
 */
interface Visitor {
  setProperty(node: unknown, name: string, value: unknown): void;
}

export const tableScroll = {
  name: 'table-scroll',
  element: {
    filter: ['table'],
    visit(node: unknown, ctx: Visitor) {
      ctx.setProperty(node, 'tabIndex', 0);
    },
  },
};
