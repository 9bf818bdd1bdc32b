import type { AnalysedArticle } from '../core/types.js';
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

/**
 * The story's headline: the article title that best covers what the brief says (sum of the brief's term
 * weights over the title's distinct stems, per square-rooted title length), or the brief's best line.
 */
export function chooseHeadline(
  articles: readonly AnalysedArticle[],
  chosen: readonly Scored[],
  termOf: (c: Candidate) => readonly string[],
  titleTerms: TitleTerms,
): string {
  const weights = centroidWeights(chosen, termOf);
  let best: { title: string; score: number } | undefined;
  for (const article of articles) {
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
  const top = [...chosen].sort((a, b) => b.score - a.score)[0];
  if (!top) return articles[0]?.meta.title ?? '';
  const article = articles[top.candidate.article];
  return article ? article.text.slice(top.candidate.sentence.start, top.candidate.sentence.end) : '';
}
