/**
 * The passport's work, loaded on first use: verify the set (src/lib/passport/verify-set.ts),
 * add it up (summary.ts) and draw it (render.ts). The set is kept, so a new email re-checks the
 * recipients without verifying again.
 */
import { catalogFromJson, type PassportCatalog } from '../../lib/passport/catalog.ts';
import { readFragment } from '../../lib/passport/fragment.ts';
import { summarizePassport } from '../../lib/passport/summary.ts';
import { verifySet, type PassportInput, type VerifiedSet } from '../../lib/passport/verify-set.ts';
import { expandRegistry, type CompactRegistry, type Registry } from '../../lib/verify/registry.ts';
import { renderPassport } from './render.ts';
import { prefetchVerifier } from '../../lib/verify/prefetch.ts';

let registry: Registry | undefined;
let catalog: PassportCatalog | undefined;
let last: VerifiedSet | undefined;
/** Whose record is shown, when the badges name several earners (undefined: all badges). */
let earner: string | undefined;
let lastEmail = '';

const text = (id: string) => document.getElementById(id)?.textContent ?? '{}';
function data(): { registry: Registry; catalog: PassportCatalog } {
  registry ??= expandRegistry(JSON.parse(text('registry')) as CompactRegistry);
  catalog ??= catalogFromJson(text('passport-catalog'));
  return { registry, catalog };
}

const base = () => document.getElementById('passport-form')?.dataset.base ?? '/';
const status = (s: string) => {
  const node = document.getElementById('passport-status');
  if (node) node.textContent = s;
};

async function show(set: VerifiedSet, email: string, focus: boolean): Promise<void> {
  const d = data();
  lastEmail = email;
  const passport = await summarizePassport(set, d.catalog, {
    ...(email.trim() ? { email } : {}),
    ...(earner ? { earner } : {}),
  });
  const root = document.getElementById('passport');
  if (!root) return;
  renderPassport(root, passport, set, { site: d.registry.site, base: base() }, (chosen) => {
    earner = chosen;
    void show(set, lastEmail, true);
  });
  status(
    `${passport.badges.length} badge${passport.badges.length === 1 ? '' : 's'}: ${passport.counted} counted, ${passport.leftOut} left out.`,
  );
  if (focus) document.getElementById('passport-heading')?.focus();
}

export async function runPassport(
  inputs: PassportInput[],
  email: string,
  onProgress: (done: number) => void,
): Promise<void> {
  const d = data();
  earner = undefined;
  last = await verifySet(inputs, { registry: d.registry }, onProgress);
  await show(last, email, true);
}

export async function recheckEmail(email: string): Promise<void> {
  if (last) await show(last, email, false);
}

export async function fromFragment(hash: string, email: string): Promise<void> {
  try {
    const texts = await readFragment(hash);
    await runPassport(
      texts.map((t, i) => ({ name: `badge ${i + 1} from the link`, data: t })),
      email,
      () => undefined,
    );
  } catch (e) {
    status(`The link could not be read: ${e instanceof Error ? e.message : String(e)}.`);
  }
}

/** Loads the verifier's on-demand parts, so the page works offline from here on. */
export function warm(): void {
  prefetchVerifier();
}
