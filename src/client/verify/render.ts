/**
 * Renders a verification report into the page. Every string from the badge is set with
 * textContent (never innerHTML), links are only ever to this catalog's own pages, and images
 * only data: URLs or this catalog's badge art — so nothing in a badge can run or call out.
 */
import type { Check, Report } from '../../lib/verify/report.ts';
import { FORMAT_LABELS, VERDICT_LABELS } from '../../lib/verify/report.ts';

type Attrs = Record<string, string>;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) if (c !== undefined && c !== false) node.append(c);
  return node;
}

const ICON = { pass: '✓', warn: '!', fail: '✗', skip: '–' } as const;
const SR = { pass: 'Passed', warn: 'Could not be vouched for', fail: 'Failed', skip: 'Not checked' } as const;

/** Maps a URL on the catalog's published site to the same path on the origin serving this page. */
export function localize(url: string, site: string, base: string): string | undefined {
  if (!url.startsWith(site)) return undefined;
  return `${base.replace(/\/$/, '')}/${url.slice(site.length)}`;
}

function checkItem(c: Check): HTMLLIElement {
  const body = el('div', { class: 'check-body' }, el('strong', {}, c.title), ' ', el('bdi', {}, c.message));
  if (c.detail || c.code) {
    body.append(
      el(
        'details',
        {},
        el('summary', {}, 'Technical detail'),
        el('pre', { class: 'detail' }, [c.code, c.detail].filter(Boolean).join('\n')),
      ),
    );
  }
  return el(
    'li',
    { class: `check check-${c.status}`, 'data-check': c.id, 'data-status': c.status },
    el('span', { class: 'check-icon', 'aria-hidden': 'true' }, ICON[c.status]),
    el('span', { class: 'sr-only' }, `${SR[c.status]}: `),
    body,
  );
}

function fmtDate(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const t = Date.parse(s);
  return Number.isFinite(t)
    ? new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' }).format(t)
    : s;
}

function card(r: Report, site: string, base: string): HTMLElement {
  const s = r.summary;
  const image = s.image?.startsWith('data:image/')
    ? s.image
    : s.image
      ? localize(s.image, site, base)
      : undefined;
  const facts = el('dl', { class: 'badge-facts' });
  // Badge text sits in <bdi>, so a right-to-left override inside it cannot reorder the page around it.
  const fact = (term: string, value: string | undefined) => {
    if (value) facts.append(el('dt', {}, term), el('dd', {}, el('bdi', {}, value)));
  };
  fact('Issued by', s.issuerName ?? s.issuerId);
  fact('Awarded to', s.recipient);
  fact('Valid from', fmtDate(s.validFrom));
  fact('Valid until', fmtDate(s.validUntil));
  fact('Format', `${FORMAT_LABELS[r.format]}, found in the ${r.container}`);
  const catalogLink = r.catalog.credential ? localize(r.catalog.credential.page, site, base) : undefined;
  return el(
    'article',
    { class: 'badge-card' },
    image
      ? el('img', {
          src: image,
          alt: s.name ? `Badge image for ${s.name}` : 'Badge image',
          width: '120',
          height: '120',
        })
      : el('div', { class: 'badge-placeholder', 'aria-hidden': 'true' }, '?'),
    el(
      'div',
      {},
      el('h3', { class: 'badge-name' }, el('bdi', {}, s.name ?? s.achievementName ?? 'Unnamed badge')),
      s.description ? el('p', { class: 'badge-description' }, el('bdi', {}, s.description)) : undefined,
      facts,
      catalogLink && r.catalog.credential
        ? el('p', {}, el('a', { href: catalogLink }, `See “${r.catalog.credential.title}” in the catalog`))
        : undefined,
    ),
  );
}

export function renderReport(
  target: HTMLElement,
  r: Report,
  opts: { site: string; base: string; share?: (r: Report) => HTMLElement | undefined },
): void {
  const parts: (HTMLElement | undefined)[] = [
    el(
      'h2',
      { id: 'result-heading', tabindex: '-1', class: `verdict verdict-${r.verdict}` },
      el(
        'span',
        { class: 'verdict-icon', 'aria-hidden': 'true' },
        r.verdict === 'verified' ? '✓' : r.verdict === 'warnings' ? '!' : '✗',
      ),
      ' ',
      VERDICT_LABELS[r.verdict],
    ),
    el('p', { class: 'verdict-explain' }, explain(r)),
    r.verdict !== 'unreadable' ? card(r, opts.site, opts.base) : undefined,
    opts.share?.(r),
    el('h3', {}, 'Checks'),
    el('ol', { class: 'checks' }, ...r.checks.map(checkItem)),
    r.credential !== undefined
      ? el(
          'details',
          { class: 'decoded' },
          el('summary', {}, 'Decoded credential (JSON)'),
          el('pre', {}, JSON.stringify(r.credential, null, 2).slice(0, 200_000)),
        )
      : undefined,
  ];
  target.replaceChildren(...parts.filter((p): p is HTMLElement => p !== undefined));
  target.hidden = false;
}

function explain(r: Report): string {
  const failed = r.checks.find((c) => c.status === 'fail');
  switch (r.verdict) {
    case 'verified':
      return 'Every check passed: the badge is authentic, current, not revoked, and issued by an issuer this catalog vouches for.';
    case 'warnings':
      return 'Nothing failed, but some things could not be vouched for. Read the checks marked “!”.';
    case 'invalid':
      return `Do not rely on this badge. ${failed ? `${failed.title}: ${failed.message}` : ''}`;
    default:
      return r.checks[0]?.message ?? 'This could not be read as a badge.';
  }
}
