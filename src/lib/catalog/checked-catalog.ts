/**
 * Node-only: the catalog as the build's content check left it, handed to the page that publishes
 * it for the self-assessment (src/pages/self-assessment-catalog.json.ts) so a build reads and
 * checks the content once. Kept on the process for `astro build` only (the dev server's content
 * changes under it); anywhere else the page reads and checks the content itself.
 */
import type { SerializedCatalog } from './draft-check.ts';

const KEY = Symbol.for('stackable.checked-catalog');

interface Shared {
  site: string | undefined;
  catalog: SerializedCatalog;
}

type Holder = { [KEY]?: Shared };

/** Called by the content check of a build, after the check passed. */
export function shareCheckedCatalog(site: string | undefined, catalog: SerializedCatalog): void {
  (globalThis as Holder)[KEY] = { site, catalog };
}

/** The catalog this build's content check left, if it was checked for the same site. */
export function checkedCatalog(site: string | undefined): SerializedCatalog | undefined {
  const shared = (globalThis as Holder)[KEY];
  return shared && shared.site === site ? shared.catalog : undefined;
}
