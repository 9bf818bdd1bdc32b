/** How a quote item is introduced in every output: speaker, role, kind and when it was said; and its sources. */
import type { QuoteDate, QuoteItem } from '../compare/types.js';
import type { Span } from '../core/types.js';
import type { Labels } from './labels.js';

const FORMATS: Readonly<Record<QuoteDate['precision'], Intl.DateTimeFormatOptions>> = {
  day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};

/** When a quote was said, for the reader's language ("Dezember 2017", "24. April 2019", "December 2017"). */
export function formatSaid(said: Pick<QuoteDate, 'value' | 'precision'>, language: string): string {
  const [y, m, d] = said.value.split('-').map(Number) as [number, number?, number?];
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  try {
    return new Intl.DateTimeFormat(language, FORMATS[said.precision]).format(date);
  } catch {
    return said.value;
  }
}

/** The parts before a quote's words: the speaker ("Wladimir Putin"), and what follows the name, unescaped. */
export function quoteHead(
  q: QuoteItem,
  labels: Labels,
  language: string,
): { readonly speaker: string; readonly after: string } {
  const parts = [
    q.role !== undefined ? `, ${q.role}` : '',
    q.kind === 'indirect' ? ` (${labels.reported})` : '',
    q.said !== undefined ? ` (${formatSaid(q.said, language)})` : '',
  ];
  return { speaker: q.speaker ?? labels.unattributed, after: parts.join('') };
}

/**
 * The articles a quote item stands in, each once, in the order of its sources (a brief stored before quotes had
 * sources: its own article).
 */
export const quoteArticles = (q: Span & { readonly sources?: readonly Span[] }): string[] => [
  ...new Set((q.sources !== undefined && q.sources.length > 0 ? q.sources : [q]).map((s) => s.article)),
];
