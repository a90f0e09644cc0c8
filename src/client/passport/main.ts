/**
 * The passport page island: collects badges (files, a folder, dropped files and folders, pasted
 * text), then loads the verifier and the passport code (run.ts) on first use. Everything runs
 * here; nothing is uploaded. A set can travel in the URL fragment (#badges=…), which browsers
 * never send to a server.
 */
import type { PassportInput } from '../../lib/passport/verify-set.ts';
import { filesFromDrop } from './drop.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('passport-form');
const files = $<HTMLInputElement>('passport-files');
const folder = $<HTMLInputElement>('passport-folder');
const text = $<HTMLTextAreaElement>('passport-text');
const email = $<HTMLInputElement>('passport-email');
const drop = $<HTMLElement>('passport-drop');
const chosen = $<HTMLElement>('passport-chosen');
const status = $<HTMLElement>('passport-status');
folder.webkitdirectory = true;

let picked: File[] = [];
const load = () => import('./run.ts');

async function inputs(): Promise<PassportInput[]> {
  const out: PassportInput[] = [];
  for (const f of picked)
    out.push({ name: f.webkitRelativePath || f.name, data: new Uint8Array(await f.arrayBuffer()) });
  if (text.value.trim()) {
    const { splitPasted } = await import('../../lib/passport/split.ts');
    splitPasted(text.value).pieces.forEach((data, i) => out.push({ name: `pasted badge ${i + 1}`, data }));
  }
  return out;
}

async function go(): Promise<void> {
  const all = await inputs();
  if (!all.length) {
    status.textContent = 'Choose, drop or paste your badges first.';
    return;
  }
  form.setAttribute('aria-busy', 'true');
  status.textContent = `Verifying ${all.length} badge${all.length === 1 ? '' : 's'}…`;
  const { runPassport } = await load();
  await runPassport(all, email.value, (done) => {
    status.textContent = `Verified ${done} of ${all.length}…`;
  });
  form.removeAttribute('aria-busy');
}

function take(list: File[]): void {
  const usable = list.filter((f) => !f.name.startsWith('.'));
  picked = [...picked, ...usable];
  chosen.textContent = picked.length
    ? `${picked.length} file${picked.length === 1 ? '' : 's'} chosen.`
    : 'No badge files found there.';
  void go();
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  void go();
});
files.addEventListener('change', () => take([...(files.files ?? [])]));
folder.addEventListener('change', () => take([...(folder.files ?? [])]));
$<HTMLButtonElement>('passport-clear').addEventListener('click', () => {
  picked = [];
  text.value = '';
  files.value = '';
  folder.value = '';
  chosen.textContent = '';
  $<HTMLElement>('passport').hidden = true;
  history.replaceState(null, '', location.pathname);
});

// A new email re-checks the recipients of the set already verified; nothing is verified again.
let timer: ReturnType<typeof setTimeout> | undefined;
email.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => void load().then((m) => m.recheckEmail(email.value)), 300);
});

for (const type of ['dragenter', 'dragover'] as const)
  drop.addEventListener(type, (e) => {
    e.preventDefault();
    drop.classList.add('dragging');
  });
drop.addEventListener('dragleave', () => drop.classList.remove('dragging'));
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('dragging');
  const dt = e.dataTransfer;
  if (!dt) return;
  const dropped = dt.getData('text/plain');
  void filesFromDrop(dt).then((list) => {
    if (list.length) take(list);
    else if (dropped) {
      text.value = dropped;
      void go();
    }
  });
});

// The verifier's on-demand code loads once the page is idle, so the passport keeps working if
// the connection drops after the page has loaded (not with Save-Data).
const saveData =
  (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
if (!saveData) {
  const warm = () => {
    void import('../../lib/passport/split.ts');
    void load().then((m) => m.warm());
  };
  if ('requestIdleCallback' in window) requestIdleCallback(warm, { timeout: 4000 });
  else setTimeout(warm, 2000);
}

if (location.hash.startsWith('#badges=')) {
  void load().then((m) => m.fromFragment(location.hash, email.value));
}
