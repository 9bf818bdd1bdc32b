import type { Brief } from '../brief/types.js';
import {
  citationNumbers,
  citedArticles,
  independentNote,
  lineSource,
  shownLineText,
  sourceLine,
} from './citations.js';
import { analysisMarkdown, markdownLabel } from './analysis-md.js';
import { labelsFor } from './labels.js';

/**
 * Escapes the characters Markdown would read as markup (emphasis, links, code, HTML), so article text stays text.
 * Intraword `_` is left alone: CommonMark does not read it as emphasis.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*[\]<>]|(?<!\p{L}|\p{N})_|_(?!\p{L}|\p{N})/gu, (c) => `\\${c}`);
}

/**
 * Markdown: headline, the brief with citation marks — each line labelled when it comes from a preview or an
 * opinion piece, and followed by how many independent publishers carry it and its source's outlet, date and
 * kind — and the numbered source list.
 */
export function renderMarkdown(brief: Brief): string {
  const labels = labelsFor(brief.language);
  const numbers = citationNumbers(brief);
  const byId = new Map(brief.articles.map((a) => [a.id, a]));
  const lines = [`# ${escapeMarkdown(brief.headline)}`, ''];
  for (const s of brief.sentences) {
    const marks = citedArticles(s, numbers)
      .map((n) => `[${n}]`)
      .join('');
    const label = markdownLabel(s.label, labels);
    const article = byId.get(s.article);
    const source = article !== undefined ? ` _(${escapeMarkdown(lineSource(article, labels))})_` : '';
    const note = independentNote(s, labels);
    lines.push(
      `- ${label}${escapeMarkdown(shownLineText(s))} ${marks}${note !== '' ? ` (${note})` : ''}${source}`,
    );
  }
  const cite = (id: string): string => `[${numbers.get(id) ?? '?'}]`;
  lines.push(...analysisMarkdown(brief, labels, escapeMarkdown, cite));
  lines.push('', `## ${labels.sources}`, '');
  brief.articles.forEach((a, i) => {
    const { outlet, rest } = sourceLine(a, labels);
    lines.push(`${i + 1}. **${escapeMarkdown(outlet)}**, ${escapeMarkdown(rest)}`);
  });
  return `${lines.join('\n')}\n`;
}
