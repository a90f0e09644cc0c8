/**
 * On phones the filter panel is a sheet: the Filters button opens it over the results (a modal
 * dialog: focus moves in, Escape closes it, the page behind is inert), its footer says how many
 * results the choices give and takes the reader back to them. On wide screens the same panel
 * sits beside the results.
 */
import { $ } from './dom.ts';

export function createSheet(onShowResults: () => void) {
  const panel = $<HTMLElement>('filter-panel');
  const sidebar = $<HTMLElement>('filters');
  const dialog = $<HTMLDialogElement>('filter-sheet');
  const body = $<HTMLElement>('filter-sheet-body');
  const open = $<HTMLButtonElement>('open-filters');
  const show = $<HTMLButtonElement>('show-results');
  const wide = matchMedia('(min-width: 62rem)');

  let toResults = false;
  const close = () => {
    if (dialog.open) dialog.close();
  };
  dialog.addEventListener('close', () => {
    sidebar.append(panel);
    open.setAttribute('aria-expanded', 'false');
    // Back where the reader was, or to the results they asked to see.
    if (toResults) onShowResults();
    else open.focus();
    toResults = false;
  });
  open.addEventListener('click', () => {
    body.append(panel);
    dialog.showModal();
    open.setAttribute('aria-expanded', 'true');
  });
  $<HTMLButtonElement>('close-filters').addEventListener('click', close);
  show.addEventListener('click', () => {
    toResults = true;
    close();
  });
  // A tap on the backdrop (outside the sheet) closes it.
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) close();
  });
  wide.addEventListener('change', () => {
    if (wide.matches) close();
  });
  return {
    /** The live count on the sheet's button and the number of choices on the Filters button. */
    update(results: number, active: number): void {
      show.textContent = `Show ${results} result${results === 1 ? '' : 's'}`;
      const badge = open.querySelector('.filter-count');
      if (badge) badge.textContent = active ? ` (${active})` : '';
    },
  };
}
