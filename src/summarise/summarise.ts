import type { AnalysedArticle, BriefSentence, Corroboration } from '../core/types.js';
import { collectCandidates, type Candidate } from './candidates.js';
import { chooseHeadline, type TitleTerms } from './headline.js';
import type { NormalisedSummaryOptions } from './options.js';
import { scoreCandidates, similarityMatrix } from './scoring.js';
import { readingOrder, selectSentences } from './select.js';
import { contentTerms } from './vectors.js';

export interface StorySummary {
  readonly headline: string;
  readonly sentences: readonly BriefSentence[];
}

/**
 * Extractive multi-document summary of one story: candidates scored by centrality over stemmed TF-IDF, by how
 * many other sources carry the same content (the story's `corroboration`, computed by the story stage), and by
 * position; chosen greedily without redundancy under the
 * word budget; put in reading order. Every line points at its article and character range.
 */
export function summarise(
  articles: readonly AnalysedArticle[],
  options: NormalisedSummaryOptions,
  titleTerms: TitleTerms,
  corroboration: Corroboration,
): StorySummary {
  const candidates = collectCandidates(articles, options.minWords);
  const sim = similarityMatrix(candidates);
  const support = candidates.map((c) =>
    (corroboration[c.article]?.[c.position] ?? []).map((carrier) => carrier.article),
  );
  const scored = scoreCandidates(candidates, sim, support, articles.length, options);
  const chosen = selectSentences(scored, options);
  const ordered = readingOrder(
    chosen,
    articles.map((a) => a.meta.published),
  );
  const sentences = ordered.map((s): BriefSentence => {
    const article = articles[s.candidate.article] as AnalysedArticle;
    const { start, end } = s.candidate.sentence;
    return {
      text: article.text.slice(start, end),
      article: article.id,
      start,
      end,
      support: s.support.map((i) => (articles[i] as AnalysedArticle).id),
      score: Math.round(s.score * 1e4) / 1e4,
    };
  });
  const termOf = (c: Candidate): readonly string[] => contentTerms(c.sentence);
  return { headline: chooseHeadline(articles, chosen, termOf, titleTerms), sentences };
}
