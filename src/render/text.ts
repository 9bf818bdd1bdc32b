import type { Brief } from '../brief/types.js';
import { citationNumbers, citedArticles, lineSource, shownLineText, sourceLine } from './citations.js';
import { labelsFor } from './labels.js';

/**
 * Plain text of a brief with its sources, to paste anywhere (the web page's "copy as text"): the headline, each
 * line with its citation numbers and its source's outlet, date and kind, then the numbered sources with their
 * addresses. No markup; article text is given as it is.
 */
export function renderText(brief: Brief): string {
  const labels = labelsFor(brief.language);
  const numbers = citationNumbers(brief);
  const byId = new Map(brief.articles.map((a) => [a.id, a]));
  const lines = [brief.headline, ''];
  for (const s of brief.sentences) {
    const marks = citedArticles(s, numbers)
      .map((n) => `[${n}]`)
      .join('');
    const label = s.label !== undefined ? `${labels.lineLabels[s.label]}: ` : '';
    const article = byId.get(s.article);
    const source = article !== undefined ? ` (${lineSource(article, labels)})` : '';
    lines.push(`- ${label}${shownLineText(s)} ${marks}${source}`);
  }
  lines.push('', `${labels.sources}:`);
  brief.articles.forEach((a, i) => {
    const { outlet, rest } = sourceLine(a, labels);
    lines.push(`[${i + 1}] ${outlet}, ${rest}`);
  });
  return `${lines.join('\n')}\n`;
}
