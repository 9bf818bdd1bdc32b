import type { Brief } from '../brief/types.js';
import type { BriefArticle, BriefSentence } from '../core/types.js';
import {
  citationNumbers,
  citedArticles,
  independentNote,
  lineParts,
  lineSource,
  sourceLine,
} from './citations.js';
import { analysisHtml, htmlLabel } from './analysis-html.js';
import { labelsFor, type Labels } from './labels.js';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ESCAPES[c] ?? c);
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.6rem;line-height:1.25}ul.brief li{margin:.4rem 0}sup a{text-decoration:none;color:#1a56a6}
sup a:hover,sup a:focus{background:#fff3b0}ol.sources li{margin:.3rem 0}details{margin:.5rem 0}
pre{white-space:pre-wrap;font:inherit;background:#f6f6f6;padding:.6rem}.reason{color:#777;font-size:.85em}
.conflicts li{background:#fff0e0;border-left:4px solid #e07000;padding:.2rem .5rem}
.source{color:#555;font-size:.85em}.label{color:#8a4b00}
table.matrix{border-collapse:collapse}table.matrix td,table.matrix th{width:2.6rem;height:2rem;text-align:center;font-size:.8em}`;

function sourceItem(article: BriefArticle, n: number, labels: Labels): string {
  const { outlet, rest } = sourceLine(article, labels);
  const removed = article.removed
    .map((r) => `<li><span class="reason">${escapeHtml(r.reason)}</span> ${escapeHtml(r.text)}</li>`)
    .join('');
  return `<li id="src-${n}"><strong>${escapeHtml(outlet)}</strong>, ${escapeHtml(rest)}
<details><summary>${escapeHtml(labels.articleText)}</summary><pre>${escapeHtml(article.text)}</pre></details>
<details><summary>${escapeHtml(labels.removed)} (${article.removed.length})</summary><ul>${removed}</ul></details></li>`;
}

/** One self-contained HTML file: no scripts, no external resources, every piece of article text escaped. */
/**
 * A line's text, its opening pronoun followed by the person it stands for in brackets (an editor's insertion, linked
 * to where the article names them): `Er <span class="referent">[Wladimir Putin]</span> schlug …`.
 */
function lineHtml(line: BriefSentence): string {
  const { opening, referent, rest } = lineParts(line);
  if (referent === '' || line.refersTo === undefined) return escapeHtml(opening);
  const at = `${line.refersTo.article}:${line.refersTo.start}-${line.refersTo.end}`;
  return `${escapeHtml(opening)} <span class="referent" data-at="${escapeHtml(at)}">[${escapeHtml(referent)}]</span>${escapeHtml(rest)}`;
}

export function renderHtml(brief: Brief): string {
  const labels = labelsFor(brief.language);
  const numbers = citationNumbers(brief);
  const items = brief.sentences.map((s) => {
    const marks = citedArticles(s, numbers)
      .map((n) => {
        const a = brief.articles[n - 1];
        const tip = a ? `${sourceLine(a, labels).outlet}: ${s.text}` : s.text;
        return `<sup><a href="#src-${n}" title="${escapeHtml(tip)}">[${n}]</a></sup>`;
      })
      .join('');
    const article = brief.articles.find((a) => a.id === s.article);
    const label = htmlLabel(s.label, labels, escapeHtml);
    const source =
      article !== undefined
        ? ` <span class="source">(${escapeHtml(lineSource(article, labels))})</span>`
        : '';
    const kind = s.label !== undefined ? ` data-label="${s.label}"` : '';
    const note = independentNote(s, labels);
    const independent = note !== '' ? ` <span class="independent">(${escapeHtml(note)})</span>` : '';
    return `<li data-article="${escapeHtml(s.article)}" data-start="${s.start}" data-end="${s.end}"${kind}>${label}${lineHtml(s)} ${marks}${independent}${source}</li>`;
  });
  const sources = brief.articles.map((a, i) => sourceItem(a, i + 1, labels));
  const cite = (id: string): string => {
    const n = numbers.get(id);
    return n === undefined ? '' : `<sup><a href="#src-${n}">[${n}]</a></sup>`;
  };
  const analysis = analysisHtml(brief, labels, escapeHtml, cite);
  return `<!doctype html>
<html lang="${escapeHtml(brief.language)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(brief.headline)}</title><style>${STYLE}</style></head>
<body>
<h1>${escapeHtml(brief.headline)}</h1>
<ul class="brief">
${items.join('\n')}
</ul>
${analysis}
<h2>${escapeHtml(labels.sources)}</h2>
<ol class="sources">
${sources.join('\n')}
</ol>
<p class="reason">${escapeHtml(labels.generatedBy)}</p>
</body>
</html>
`;
}
