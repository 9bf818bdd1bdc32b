import type { AnalysedArticle, ArticleKind } from '../core/types.js';
import type { Candidate } from './candidates.js';
import type { Scored } from './scoring.js';

/** Stems of a title, for comparing it with the story's content. */
export type TitleTerms = (title: string, language: string) => readonly string[];

function centroidWeights(
  chosen: readonly Scored[],
  termOf: (c: Candidate) => readonly string[],
): Map<string, number> {
  const weights = new Map<string, number>();
  for (const s of chosen) {
    for (const term of new Set(termOf(s.candidate))) weights.set(term, (weights.get(term) ?? 0) + s.score);
  }
  return weights;
}

/** What the headline may state: the kinds of the articles, and the brief's first line (what happened). */
export interface HeadlineContext {
  readonly kinds?: readonly ArticleKind[];
  readonly lead?: Scored;
}

const textOf = (articles: readonly AnalysedArticle[], s: Scored): string => {
  const article = articles[s.candidate.article];
  return article ? article.text.slice(s.candidate.sentence.start, s.candidate.sentence.end) : '';
};

/**
 * The story's headline: the article title that best covers what the brief says (sum of the brief's term
 * weights over the title's distinct stems, per square-rooted title length), or the brief's best line. When the
 * story has reports, it states the outcome: a report's title, or else the brief's first line (a report's).
 */
export function chooseHeadline(
  articles: readonly AnalysedArticle[],
  chosen: readonly Scored[],
  termOf: (c: Candidate) => readonly string[],
  titleTerms: TitleTerms,
  context: HeadlineContext = {},
): string {
  const kinds = context.kinds ?? [];
  const hasReports = articles.some((_, a) => kinds[a] === 'report');
  const eligible = (a: number): boolean => !hasReports || kinds[a] === 'report';
  const weights = centroidWeights(chosen, termOf);
  let best: { title: string; score: number } | undefined;
  for (const [a, article] of articles.entries()) {
    if (!eligible(a)) continue;
    const title = article.meta.title?.trim();
    if (!title) continue;
    const terms = new Set(titleTerms(title, article.language));
    if (terms.size === 0) continue;
    let score = 0;
    for (const t of terms) score += weights.get(t) ?? 0;
    score /= Math.sqrt(terms.size);
    if (!best || score > best.score) best = { title, score };
  }
  if (best && best.score > 0) return best.title;
  const lead = context.lead;
  if (hasReports && lead && kinds[lead.candidate.article] === 'report') return textOf(articles, lead);
  const top = [...chosen].sort((a, b) => b.score - a.score)[0];
  if (!top) return articles[0]?.meta.title ?? '';
  return textOf(articles, top);
}
