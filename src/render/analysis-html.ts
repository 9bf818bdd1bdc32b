import type { StoryAnalysis } from '../compare/index.js';
import type { Brief } from '../brief/types.js';
import type { LineLabel } from '../core/types.js';
import { figureSubject, formatFigure } from './figures.js';
import { countText } from '../lang/messages.js';
import { dateWithTime, type Labels } from './labels.js';
import { sourcesOf } from './analysis-md.js';
import { quoteArticles, quoteHead } from './quotes.js';

type Esc = (s: string) => string;
type Cite = (article: string) => string;

function list(title: string, items: readonly string[], esc: Esc, cls = ''): string {
  if (items.length === 0) return '';
  return `<h2>${esc(title)}</h2>\n<ul${cls !== '' ? ` class="${cls}"` : ''}>\n${items.map((i) => `<li>${i}</li>`).join('\n')}\n</ul>`;
}

/** The source × source overlap matrix as a table of shaded cells (darker = more of the row's sentences corroborated). */
function matrix(brief: Brief, analysis: StoryAnalysis, labels: Labels, esc: Esc): string {
  const n = brief.articles.length;
  if (n < 2) return '';
  const head = brief.articles.map((_, j) => `<th>[${j + 1}]</th>`).join('');
  const rows = analysis.coverage.matrix.map((row, i) => {
    const cells = row.map((v, j) => {
      const pct = Math.round(v * 100);
      const shade = i === j ? '#ddd' : `rgba(26,86,166,${(0.08 + 0.8 * v).toFixed(2)})`;
      return `<td style="background:${shade}" title="[${i + 1}] → [${j + 1}]: ${pct} %">${i === j ? '' : pct}</td>`;
    });
    return `<tr><th>[${i + 1}]</th>${cells.join('')}</tr>`;
  });
  return `<h2>${esc(labels.coverage)}</h2>\n<table class="matrix"><tr><th></th>${head}</tr>\n${rows.join('\n')}</table>`;
}

/** A line's label as HTML (`<strong class="label label-preview">Vorab berichtet:</strong> `), or nothing. */
export const htmlLabel = (label: LineLabel | undefined, labels: Labels, esc: Esc): string =>
  label !== undefined
    ? `<strong class="label label-${label}">${esc(labels.lineLabels[label])}:</strong> `
    : '';

/** The analysis sections of the HTML brief; every piece of article text goes through `esc`. */
export function analysisHtml(brief: Brief, labels: Labels, esc: Esc, cite: Cite): string {
  const { analysis } = brief;
  if (!analysis) return '';
  const mark = (c: { readonly label?: LineLabel }): string => htmlLabel(c.label, labels, esc);
  const consensus = analysis.coverage.consensus.map(
    (c) => `${mark(c)}${esc(c.text)} ${c.sources.map(cite).join('')}`,
  );
  const conflicts = analysis.conflicts.map(
    (c) =>
      `<strong>${esc(figureSubject(c.about, c.modality, brief.language))}</strong>: ${c.values.map((v) => `${esc(formatFigure(v, brief.language))} ${cite(v.article)}`).join(' · ')}`,
  );
  const quotes = analysis.quotes.map((q) => {
    const { speaker, after } = quoteHead(q, labels, brief.language);
    return `<strong>${esc(speaker)}</strong>${esc(after)}: ${esc(q.text)} ${quoteArticles(q).map(cite).join('')}`;
  });
  const timeline = analysis.timeline.map(
    (t) =>
      `<time>${esc(dateWithTime(t.date, t.time, labels))}</time>${t.inferred ? ` (${esc(labels.inferred)})` : ''}: ${esc(t.text)} ${sourcesOf(t).map(cite).join('')}`,
  );
  const entities = [...analysis.entities]
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
    .map(
      (e) =>
        `<strong>${esc(e.name)}</strong> (${esc(labels.entityTypes[e.type])}), ${esc(countText(labels.messages, 'mention', e.mentions.length))}`,
    );
  const single = (analysis.coverage.singleClaims ?? []).map(
    (c) => `${mark(c)}${esc(c.text)} ${cite(c.article)}`,
  );
  return [
    list(labels.consensus, consensus, esc),
    list(labels.singleSource, single, esc, 'single'),
    list(labels.conflicts, conflicts, esc, 'conflicts'),
    list(labels.quotes, quotes, esc),
    list(labels.timeline, timeline, esc),
    list(labels.entities, entities, esc),
    matrix(brief, analysis, labels, esc),
  ]
    .filter((s) => s !== '')
    .join('\n');
}
