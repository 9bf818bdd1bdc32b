import type { StoryAnalysis, TimelineItem } from '../compare/index.js';
import type { Brief } from '../brief/types.js';
import type { LineLabel } from '../core/types.js';
import { figureSubject, formatFigure } from './figures.js';
import { countText } from '../lang/messages.js';
import { dateWithTime, type Labels } from './labels.js';
import { quoteArticles, quoteHead } from './quotes.js';

/** Most items of one kind shown in Markdown (the JSON has all of them). */
const MAX_ITEMS = 12;

type Cite = (article: string) => string;

/** A titled list; repeated lines once; `latest` keeps the last items (timelines end at the story). */
function section(title: string, lines: readonly string[], latest = false): string[] {
  const unique = [...new Set(lines)];
  const shown = latest ? unique.slice(-MAX_ITEMS) : unique.slice(0, MAX_ITEMS);
  return shown.length === 0 ? [] : ['', `## ${title}`, '', ...shown];
}

function entityLines(analysis: StoryAnalysis, labels: Labels, cite: Cite): string[] {
  return [...analysis.entities]
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
    .map((e) => {
      const sources = [...new Set(e.mentions.map((m) => m.article))].map(cite).join('');
      return `- **${e.name}** (${labels.entityTypes[e.type]}), ${countText(labels.messages, 'mention', e.mentions.length)} ${sources}`;
    });
}

/** The articles that tell a timeline item, each once, in the order of its sources. */
export const sourcesOf = (t: TimelineItem): string[] => [...new Set(t.sources.map((s) => s.article))];

/** A line's label as Markdown (`**Vorab berichtet:** `), or nothing for a report's line. */
export const markdownLabel = (label: LineLabel | undefined, labels: Labels): string =>
  label !== undefined ? `**${labels.lineLabels[label]}:** ` : '';

/** The analysis sections of the Markdown brief; `esc` escapes article text for Markdown. */
export function analysisMarkdown(
  brief: Brief,
  labels: Labels,
  esc: (s: string) => string,
  cite: Cite,
): string[] {
  const { analysis } = brief;
  if (!analysis) return [];
  const mark = (c: { readonly label?: LineLabel }): string => markdownLabel(c.label, labels);
  const consensus = analysis.coverage.consensus.map(
    (c) => `- ${mark(c)}${esc(c.text)} ${c.sources.map(cite).join('')}`,
  );
  const conflicts = analysis.conflicts.map(
    (c) =>
      `- ${esc(figureSubject(c.about, c.modality, brief.language))}: ${c.values.map((v) => `${esc(formatFigure(v, brief.language))} ${cite(v.article)}`).join(' · ')}`,
  );
  const quotes = analysis.quotes.map((q) => {
    const { speaker, after } = quoteHead(q, labels, brief.language);
    return `- **${esc(speaker)}**${esc(after)}: ${esc(q.text)} ${quoteArticles(q).map(cite).join('')}`;
  });
  const timeline = analysis.timeline.map(
    (t) =>
      `- ${dateWithTime(t.date, t.time, labels)}${t.inferred ? ` (${labels.inferred})` : ''}: ${esc(t.text)} ${sourcesOf(t).map(cite).join('')}`,
  );
  const single = (analysis.coverage.singleClaims ?? []).map(
    (c) => `- ${mark(c)}${esc(c.text)} ${cite(c.article)}`,
  );
  return [
    ...section(labels.consensus, consensus),
    ...section(labels.singleSource, single),
    ...section(labels.conflicts, conflicts),
    ...section(labels.quotes, quotes),
    ...section(labels.timeline, timeline, true),
    ...section(labels.entities, entityLines(analysis, labels, cite)),
  ];
}
