/**
 * The self-assessment island: pick a catalog credential or paste a draft, see what the checks
 * found for each of the seven standards, record a level and notes for each, then print or
 * download the result. Everything stays in this browser (saved locally between visits).
 */
import type { AutoCheck } from '../../lib/catalog/quality.ts';
import type { RubricData } from '../../lib/catalog/schema/rubric.ts';
import {
  assessmentMarkdown,
  summarizeAssessment,
  type SelfAssessment,
} from '../../lib/catalog/self-assessment.ts';

interface PageData {
  quality: { id: string; data: RubricData };
  rubrics: Record<string, RubricData>;
  credentials: { id: string; title: string; checks: Record<string, AutoCheck[]> }[];
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const data = JSON.parse($<HTMLScriptElement>('assessment-data').textContent ?? '{}') as PageData;
const rubric = data.quality.data;
const app = $<HTMLElement>('assessment-app');
const select = $<HTMLSelectElement>('pick-credential');
const draft = $<HTMLTextAreaElement>('draft-text');
const problemsEl = $<HTMLElement>('draft-problems');
const summaryEl = $<HTMLElement>('assessment-summary');
const STORE = 'stackable:self-assessment';

let title = '';
let state: SelfAssessment = {
  credential: '',
  date: new Date().toISOString().slice(0, 10),
  levels: {},
  notes: {},
  checks: {},
};

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const n = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
  n.append(...children);
  return n;
}

function renderChecks(): void {
  for (const k of rubric.criteria) {
    const list = $<HTMLUListElement>(`checks-${k.id}`);
    const checks = state.checks[k.id] ?? [];
    list.replaceChildren(
      ...(checks.length
        ? checks.map((c) =>
            el(
              'li',
              {},
              el('span', { class: `mark ${c.ok ? 'ok' : 'no'}`, 'aria-hidden': 'true' }, c.ok ? '✓' : '✗'),
              el(
                'span',
                {},
                el('span', { class: 'sr-only' }, c.ok ? 'Found: ' : 'Missing: '),
                `${c.label}. `,
                el('span', { class: 'muted' }, c.detail),
              ),
            ),
          )
        : [
            el(
              'li',
              { class: 'muted' },
              state.credential
                ? 'Nothing here the checks can see; this standard is a reviewer’s judgement.'
                : 'Choose a credential or paste a draft to run the checks.',
            ),
          ]),
    );
    for (const input of document.querySelectorAll<HTMLInputElement>(`input[name="level-${k.id}"]`))
      input.checked = state.levels[k.id] === input.value;
    $<HTMLTextAreaElement>(`notes-${k.id}`).value = state.notes[k.id] ?? '';
  }
}

function renderSummary(): void {
  const s = summarizeAssessment(rubric, state);
  const head = !state.credential
    ? 'Choose a credential or paste a draft to begin.'
    : s.meets
      ? `${title} meets every standard you assessed, and every automatic check passed.`
      : !s.complete
        ? `${Object.keys(state.levels).length} of ${rubric.criteria.length} standards assessed so far.`
        : `${s.gaps.length} standard(s) below “${rubric.levels.find((l) => l.id === rubric.pass.level)?.name ?? ''}”; ${s.failedChecks} automatic check(s) not met.`;
  summaryEl.replaceChildren(
    el('p', { class: 'statement' }, head),
    ...(s.gaps.length && s.complete
      ? [el('ul', {}, ...s.gaps.map((g) => el('li', {}, `${g.name}: ${g.level ?? 'not assessed'}`)))]
      : []),
  );
  localStorage.setItem(STORE, JSON.stringify({ ...state, title }));
}

function load(credential: string, t: string, checks: Record<string, AutoCheck[]>): void {
  const keep = state.credential === credential;
  title = t;
  state = { ...state, credential, checks, ...(keep ? {} : { levels: {}, notes: {} }) };
  renderChecks();
  renderSummary();
}

select.addEventListener('change', () => {
  const c = data.credentials.find((x) => x.id === select.value);
  problemsEl.replaceChildren();
  if (c) load(c.id, c.title, c.checks);
});

$<HTMLButtonElement>('check-draft').addEventListener('click', () => void checkDraft());
async function checkDraft(): Promise<void> {
  if (!draft.value.trim()) return;
  const { assessDraft } = await import('./draft.ts');
  problemsEl.replaceChildren(el('p', {}, 'Checking the draft…'));
  let r: Awaited<ReturnType<typeof assessDraft>>;
  try {
    r = await assessDraft(draft.value, app.dataset.catalog ?? '', data.rubrics, data.quality);
  } catch (e) {
    problemsEl.replaceChildren(el('p', {}, `The draft could not be checked: ${(e as Error).message}.`));
    return;
  }
  select.value = '';
  const errors = r.problems.filter((p) => p.severity === 'error').length;
  problemsEl.replaceChildren(
    ...(r.problems.length
      ? [
          el(
            'p',
            {},
            `The check found ${errors} problem(s) to fix before the quality review${r.problems.length > errors ? `, and ${r.problems.length - errors} other finding(s)` : ''}:`,
          ),
          el(
            'ul',
            {},
            ...r.problems.map((p) =>
              el(
                'li',
                {},
                `${p.severity === 'error' ? '' : `${p.severity === 'note' ? 'Note' : 'Warning'}: `}Line ${p.line}${p.field ? `, ${p.field}` : ''}: ${p.message}${p.hint ? ` (${p.hint})` : ''}`,
              ),
            ),
          ),
        ]
      : [
          el(
            'p',
            {},
            'The draft passes every rule of npm run check (its file name is checked once it is in place). Its quality checks are shown under each standard.',
          ),
        ]),
  );
  load('draft', r.title, r.checks);
}

app.addEventListener('change', (e) => {
  const t = e.target;
  if (t instanceof HTMLInputElement && t.type === 'radio') {
    state = { ...state, levels: { ...state.levels, [t.name.slice('level-'.length)]: t.value } };
    renderSummary();
  }
});
app.addEventListener('input', (e) => {
  const t = e.target;
  if (t instanceof HTMLTextAreaElement && t.id.startsWith('notes-')) {
    state = { ...state, notes: { ...state.notes, [t.id.slice('notes-'.length)]: t.value } };
    renderSummary();
  }
});

$<HTMLButtonElement>('print-assessment').addEventListener('click', () => print());
$<HTMLButtonElement>('download-assessment').addEventListener('click', () => {
  const md = assessmentMarkdown(rubric, state, title || 'Untitled');
  const a = el('a', {
    href: URL.createObjectURL(new Blob([md], { type: 'text/markdown' })),
    download: `self-assessment-${(state.credential || 'draft').replace(/[^a-z0-9]+/gi, '-')}.md`,
  });
  document.body.append(a);
  a.click();
  a.remove();
});

try {
  const saved = JSON.parse(localStorage.getItem(STORE) ?? 'null') as
    (SelfAssessment & { title: string }) | null;
  if (saved?.credential) {
    title = saved.title;
    state = saved;
    if (data.credentials.some((c) => c.id === saved.credential)) select.value = saved.credential;
  }
} catch {
  localStorage.removeItem(STORE);
}
app.hidden = false;
$<HTMLElement>('static-checklist').hidden = true;
renderChecks();
renderSummary();
