/**
 * The story list's state in the address (`?q=…&min=2&lang=de&span=7d&page=2`), so Back, reload and a shared link
 * show the same list. Unknown or broken values fall back to the defaults.
 */
export const SPANS = ['all', '24h', '7d', '30d', '365d'] as const;
export type Span = (typeof SPANS)[number];
export const MIN_SOURCES = [1, 2, 3, 5] as const;

export interface ListState {
  readonly q: string;
  /** Minimum of independent sources (default 2). */
  readonly min: number;
  /** A language code, or '' for all. */
  readonly lang: string;
  readonly span: Span;
  /** 1-based page number. */
  readonly page: number;
}

export const DEFAULT_STATE: ListState = { q: '', min: 2, lang: '', span: 'all', page: 1 };

function whole(value: string | null, fallback: number, max: number): number {
  if (value === null || !/^\d{1,7}$/u.test(value)) return fallback;
  const n = Number(value);
  return n >= 1 && n <= max ? n : fallback;
}

export function parseListState(search: string): ListState {
  const p = new URLSearchParams(search);
  const span = p.get('span');
  const lang = (p.get('lang') ?? '').trim().toLowerCase();
  return {
    q: (p.get('q') ?? '').slice(0, 200),
    min: whole(p.get('min'), DEFAULT_STATE.min, 1000),
    lang: /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/u.test(lang) ? lang : '',
    span: SPANS.includes(span as Span) ? (span as Span) : 'all',
    page: whole(p.get('page'), 1, 100_000),
  };
}

/** The query string of a state ("" for the defaults), only what differs from them. */
export function listSearch(state: ListState): string {
  const p = new URLSearchParams();
  if (state.q.trim() !== '') p.set('q', state.q.trim());
  if (state.min !== DEFAULT_STATE.min) p.set('min', String(state.min));
  if (state.lang !== '') p.set('lang', state.lang);
  if (state.span !== 'all') p.set('span', state.span);
  if (state.page > 1) p.set('page', String(state.page));
  const text = p.toString();
  return text === '' ? '' : `?${text}`;
}
