/**
 * What a citation mark shows (pure, no DOM): for the article a line comes from, the line itself (the exact span
 * its offsets point at); for an article that supports it, the closest sentence of that article by shared words,
 * taken from the coverage spans of the analysis (which cover every sentence of every article).
 */
import type { Brief } from '../../src/brief/types.js';
import type { BriefArticle, Span } from '../../src/core/types.js';

export interface Passage {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface CitationTarget {
  /** 1-based number of the source, in the order of `brief.articles`. */
  readonly n: number;
  readonly article: BriefArticle;
  /** true: `passage` is the cited span itself; false: the closest sentence of a supporting article. */
  readonly own: boolean;
  readonly passage: Passage | null;
}

/** Below this share of shared words a supporting article's sentence is not shown as "the same". */
const MIN_OVERLAP = 0.08;

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []);
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly by: readonly string[];
}

/** Every sentence span of an article known to the analysis (corroborated ones with who corroborates them). */
function sentenceSpans(brief: Brief, article: string): Candidate[] {
  const coverage = brief.analysis?.coverage.articles.find((a) => a.article === article);
  if (coverage === undefined) return [];
  return [...coverage.corroborated, ...coverage.single.map((s) => ({ ...s, by: [] as readonly string[] }))];
}

function passage(article: BriefArticle, start: number, end: number): Passage {
  return { start, end, text: article.text.slice(start, end) };
}

/** The sentence of `article` most like `text` (a small bonus when the coverage says it corroborates `from`). */
export function closestPassage(
  brief: Brief,
  article: BriefArticle,
  text: string,
  from: string,
): Passage | null {
  const target = words(text);
  let best: { score: number; span: Candidate } | undefined;
  for (const span of sentenceSpans(brief, article.id)) {
    const overlap = jaccard(target, words(article.text.slice(span.start, span.end)));
    const score = overlap + (span.by.includes(from) ? 0.05 : 0);
    if (overlap >= MIN_OVERLAP && (best === undefined || score > best.score)) best = { score, span };
  }
  return best === undefined ? null : passage(article, best.span.start, best.span.end);
}

/** The sentence around a span of an article (from the coverage spans), else the span itself. */
export function enclosingPassage(brief: Brief, article: BriefArticle, span: Span): Passage {
  const around = sentenceSpans(brief, article.id).find((s) => s.start <= span.start && span.end <= s.end);
  return around !== undefined
    ? passage(article, around.start, around.end)
    : passage(article, span.start, span.end);
}

/**
 * Citation targets of a span carried by `sources` (ids; the span's own article first or anywhere): the span's
 * article with the span itself (`exact`) or its sentence, then the other sources ascending with their closest
 * sentence. Unknown ids are left out.
 */
export function citationTargets(
  brief: Brief,
  span: Span & { readonly text?: string },
  sources: readonly string[],
  exact = true,
): CitationTarget[] {
  const numbers = new Map(brief.articles.map((a, i) => [a.id, i + 1]));
  const own = brief.articles[(numbers.get(span.article) ?? 0) - 1];
  const text = own !== undefined ? own.text.slice(span.start, span.end) : (span.text ?? '');
  const targets: CitationTarget[] = [];
  if (own !== undefined) {
    const ownPassage = exact ? passage(own, span.start, span.end) : enclosingPassage(brief, own, span);
    targets.push({ n: numbers.get(own.id) ?? 0, article: own, own: true, passage: ownPassage });
  }
  const others = [...new Set(sources)]
    .filter((id) => id !== span.article && numbers.has(id))
    .sort((a, b) => (numbers.get(a) ?? 0) - (numbers.get(b) ?? 0));
  for (const id of others) {
    const article = brief.articles[(numbers.get(id) ?? 0) - 1];
    if (article === undefined) continue;
    targets.push({
      n: numbers.get(id) ?? 0,
      article,
      own: false,
      passage: closestPassage(brief, article, text, span.article),
    });
  }
  return targets;
}

/** Only http(s) links are made clickable: a `javascript:` or `data:` URL in an article's metadata stays text. */
export function safeHref(url: string | undefined | null): string | undefined {
  if (url === undefined || url === null) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
