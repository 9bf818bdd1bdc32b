import type { AnalysedArticle, Carrier, Corroboration, Sentence, Span } from '../core/types.js';
import type { ArticleCoverage, ConsensusClaim, Coverage, CorroboratedSpan, CoverageSpan } from './types.js';

/** Two places in different articles known to report the same thing (e.g. agreeing figures). */
export type EvidenceLink = readonly [Span, Span];

const carriersOf = (corroboration: Corroboration, article: number, sentence: number): readonly Carrier[] =>
  corroboration[article]?.[sentence] ?? [];

/** The claims most sources carry (at least half the articles, at least two), each listed once with its carriers. */
function consensusOf(
  articles: readonly AnalysedArticle[],
  corroboration: Corroboration,
  max: number,
): ConsensusClaim[] {
  const need = Math.max(2, Math.ceil(articles.length / 2));
  const items = articles.flatMap((a, article) =>
    a.sentences.map((_, sentence) => ({
      article,
      sentence,
      by: carriersOf(corroboration, article, sentence),
    })),
  );
  const order = items
    .map((_, i) => i)
    .filter((i) => (items[i]?.by.length ?? 0) + 1 >= need)
    .sort((a, b) => (items[b]?.by.length ?? 0) - (items[a]?.by.length ?? 0) || a - b);
  const covered = new Set<string>();
  const key = (article: number, sentence: number): string => `${article}:${sentence}`;
  const out: ConsensusClaim[] = [];
  for (const i of order) {
    const item = items[i];
    if (item === undefined || covered.has(key(item.article, item.sentence)) || out.length >= max) continue;
    covered.add(key(item.article, item.sentence));
    for (const c of item.by) covered.add(key(c.article, c.sentence));
    const article = articles[item.article] as AnalysedArticle;
    const { start, end } = article.sentences[item.sentence] as Sentence;
    out.push({
      text: article.text.slice(start, end),
      article: article.id,
      start,
      end,
      sources: [article.id, ...item.by.map((c) => (articles[c.article] as AnalysedArticle).id)],
    });
  }
  return out;
}

/**
 * Which sentences other sources corroborate and which rest on one source, a source × source overlap matrix, and
 * the claims most sources carry — all read from the story's one corroboration (see `Corroboration`).
 */
export function storyCoverage(
  articles: readonly AnalysedArticle[],
  corroboration: Corroboration,
  maxConsensus: number,
): Coverage {
  const counts = articles.map(() => articles.map(() => 0));
  const perArticle: ArticleCoverage[] = articles.map((a, ai) => {
    const corroborated: CorroboratedSpan[] = [];
    const single: CoverageSpan[] = [];
    a.sentences.forEach((sentence, si) => {
      const by = carriersOf(corroboration, ai, si);
      for (const c of by)
        (counts[ai] as number[])[c.article] = ((counts[ai] as number[])[c.article] ?? 0) + 1;
      const span = { start: sentence.start, end: sentence.end };
      if (by.length > 0)
        corroborated.push({ ...span, by: by.map((c) => (articles[c.article] as AnalysedArticle).id) });
      else single.push(span);
    });
    return { article: a.id, corroborated, single };
  });
  const matrix = articles.map((a, i) =>
    articles.map((_, j) => {
      if (i === j) return 1;
      const total = a.sentences.length;
      return total === 0 ? 0 : Math.round((((counts[i] as number[])[j] ?? 0) / total) * 1000) / 1000;
    }),
  );
  return {
    articles: perArticle,
    matrix,
    consensus: consensusOf(articles, corroboration, maxConsensus),
  };
}
