/**
 * The verify page island: paste, drop or pick a badge; verification runs here, in the browser,
 * with the catalog's registry embedded in the page. A badge can travel in the URL fragment
 * (#badge=…), which browsers never send to a server.
 */
import { expandRegistry, type CompactRegistry } from '../../lib/verify/registry.ts';
import { readInput } from '../../lib/verify/input.ts';
import { verifyBadge } from '../../lib/verify/verify.ts';
import { prefetchVerifier } from '../../lib/verify/prefetch.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const form = $<HTMLFormElement>('verify-form');
const text = $<HTMLTextAreaElement>('badge-text');
const file = $<HTMLInputElement>('badge-file');
const email = $<HTMLInputElement>('recipient-email');
const drop = $<HTMLElement>('dropzone');
const result = $<HTMLElement>('result');
const status = $<HTMLElement>('verify-status');
const shareButton = $<HTMLButtonElement>('share-link');
const network = form.dataset.network === 'true';
const base = form.dataset.base ?? '/';

const registry = expandRegistry(
  JSON.parse($<HTMLScriptElement>('registry').textContent ?? '{}') as CompactRegistry,
);
let pending: Uint8Array | undefined;
let pendingName = '';

async function run(input: string | Uint8Array, label: string): Promise<void> {
  status.textContent = `Verifying ${label}…`;
  form.setAttribute('aria-busy', 'true');
  const report = await verifyBadge(input, {
    registry,
    ...(email.value.trim() ? { recipientEmail: email.value } : {}),
    resources: network
      ? {
          fetch: async (url, init) => {
            // A badge names the addresses: only https: to public hosts, and no redirects (their
            // targets could not be checked first). See src/lib/net/public-url.ts (loaded with the
            // first fetch: the offline page never needs it).
            const { publicHttpsUrl } = await import('../../lib/net/public-url.ts');
            const verdict = publicHttpsUrl(url);
            if (!verdict.ok) return Promise.reject(new Error(`Not fetched: ${verdict.reason}.`));
            return fetch(verdict.url, {
              ...init,
              credentials: 'omit',
              referrerPolicy: 'no-referrer',
              mode: 'cors',
              redirect: 'error',
            });
          },
        }
      : {},
  });
  // The result's markup (report, card, share links) loads with the first result, or when the page is idle.
  const [{ renderReport }, { shareLinks }] = await Promise.all([
    import('./render.ts'),
    import('./share-links.ts'),
  ]);
  // The badge's own text (a token, or signed JSON; from inside an image too) for the share links.
  const badgeText =
    typeof input === 'string'
      ? input
      : await readInput(input).then(
          (b) => b.text,
          () => undefined,
        );
  renderReport(result, report, {
    site: registry.site,
    base,
    share: (r) => shareLinks(r, badgeText, registry.site),
  });
  form.removeAttribute('aria-busy');
  status.textContent = `Result: ${report.verdict}.`;
  shareButton.hidden = typeof input !== 'string';
  $<HTMLElement>('result-heading').focus();
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  if (pending) void run(pending, pendingName);
  else if (text.value.trim()) void run(text.value, 'the pasted badge');
  else status.textContent = 'Paste a badge, or choose or drop a file first.';
});

async function takeFile(f: File): Promise<void> {
  pending = new Uint8Array(await f.arrayBuffer());
  pendingName = f.name;
  text.value = '';
  $<HTMLElement>('file-name').textContent = `Selected: ${f.name} (${Math.ceil(f.size / 1024)} KB)`;
  await run(pending, f.name);
}

file.addEventListener('change', () => {
  const f = file.files?.[0];
  if (f) void takeFile(f);
});
text.addEventListener('input', () => {
  pending = undefined;
  $<HTMLElement>('file-name').textContent = '';
});

for (const type of ['dragenter', 'dragover'] as const) {
  drop.addEventListener(type, (e) => {
    e.preventDefault();
    drop.classList.add('dragging');
  });
}
for (const type of ['dragleave', 'drop'] as const)
  drop.addEventListener(type, () => drop.classList.remove('dragging'));
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  const f = e.dataTransfer?.files[0];
  if (f) void takeFile(f);
  else {
    const t = e.dataTransfer?.getData('text/plain');
    if (t) {
      text.value = t;
      void run(t, 'the dropped text');
    }
  }
});

shareButton.addEventListener('click', () => {
  const link = `${location.origin}${location.pathname}#badge=${encodeURIComponent(text.value.trim())}`;
  void Promise.resolve(navigator.clipboard?.writeText(link))
    .catch(() => undefined)
    .then(() => {
      history.replaceState(null, '', link);
      status.textContent =
        'Link copied. It carries the badge in the part after “#”, which is never sent to a server.';
    });
});

/** "Try a sample": the sample is fetched from this site only when its button is pressed. */
for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-sample]')) {
  b.addEventListener('click', () => {
    const name = b.dataset.sample ?? '';
    status.textContent = `Loading the sample “${b.textContent?.trim() ?? name}”…`;
    void fetch(`${base.replace(/\/$/, '')}/samples/${encodeURIComponent(name)}`)
      .then(async (res) => {
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        const label = `the sample “${b.textContent?.trim() ?? name}” (${b.dataset.about ?? name})`;
        if (/\.(png|svg)$/.test(name)) {
          pending = new Uint8Array(await res.arrayBuffer());
          pendingName = label;
          text.value = '';
          $<HTMLElement>('file-name').textContent = `Selected: sample ${name}`;
          await run(pending, label);
        } else {
          pending = undefined;
          text.value = (await res.text()).trim();
          $<HTMLElement>('file-name').textContent = '';
          await run(text.value, label);
        }
      })
      .catch((e: unknown) => {
        status.textContent = `The sample could not be loaded (${e instanceof Error ? e.message : String(e)}).`;
      });
  });
}

/** Keep the badge when switching between the offline and the network-enabled verifier. */
for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-badge]')) {
  a.addEventListener('click', () => {
    if (text.value.trim()) a.hash = `badge=${encodeURIComponent(text.value.trim())}`;
  });
}

// The verifier's on-demand parts (image readers, Data Integrity, OB 2.0, …) are fetched once the
// page is idle, so it keeps working if the connection drops after the page has loaded; with the
// result's markup. Not when the reader asked to save data (Save-Data): then each loads only for a
// badge that needs it.
const warm = () => {
  void import('./render.ts');
  void import('./share-links.ts');
  prefetchVerifier({ network });
};
const saveData =
  (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
if (!saveData) {
  if ('requestIdleCallback' in window) requestIdleCallback(warm, { timeout: 4000 });
  else setTimeout(warm, 2000);
}

const fromHash = new URLSearchParams(location.hash.slice(1)).get('badge');
if (fromHash) {
  text.value = fromHash;
  void run(fromHash, 'the badge in the link');
}
