import type { AnalysedArticle, Carrier, Corroboration, Sentence, Span } from '../core/types.js';
import { singleSourceClaims } from './single-claims.js';
import type {
  ArticleCoverage,
  ConsensusClaim,
  Coverage,
  CoverageHints,
  CorroboratedSpan,
  CoverageSpan,
} from './types.js';

/** Two places in different articles known to report the same thing (e.g. agreeing figures). */
export type EvidenceLink = readonly [Span, Span];

const carriersOf = (corroboration: Corroboration, article: number, sentence: number): readonly Carrier[] =>
  corroboration[article]?.[sentence] ?? [];

/**
 * The claims most sources carry, each listed once with its carriers: without `publishers`, at least half the
 * articles and at least two; with them, at least half the independent publishers the story knows and at least
 * two (an outlet's several articles and one wire text count once, an unknown outlet not at all).
 */
function consensusOf(
  articles: readonly AnalysedArticle[],
  corroboration: Corroboration,
  max: number,
  publishers?: readonly (string | undefined)[],
): ConsensusClaim[] {
  const known = publishers !== undefined ? new Set(publishers.filter((p) => p !== undefined)).size : 0;
  const need = Math.max(2, Math.ceil((publishers !== undefined ? known : articles.length) / 2));
  const items = articles.flatMap((a, article) =>
    a.sentences.map((_, sentence) => {
      const by = carriersOf(corroboration, article, sentence);
      const independent =
        publishers === undefined
          ? []
          : [
              ...new Set(
                [article, ...by.map((c) => c.article)]
                  .map((i) => publishers[i])
                  .filter((p): p is string => p !== undefined),
              ),
            ];
      return {
        article,
        sentence,
        by,
        count: publishers === undefined ? by.length + 1 : independent.length,
        independent,
      };
    }),
  );
  const order = items
    .map((_, i) => i)
    .filter((i) => (items[i]?.count ?? 0) >= need)
    .sort(
      (a, b) =>
        (items[b]?.count ?? 0) - (items[a]?.count ?? 0) ||
        (items[b]?.by.length ?? 0) - (items[a]?.by.length ?? 0) ||
        a - b,
    );
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
      ...(publishers !== undefined ? { publishers: item.independent } : {}),
    });
  }
  return out;
}

/**
 * Which sentences other sources corroborate and which rest on one source, a source × source overlap matrix, the
 * claims most sources carry and the most important claims only one source makes — all read from the story's one
 * corroboration (see `Corroboration`); the story stage's `hints` (independent publishers, the fact matcher) make
 * consensus and single-source claims count publishers, not articles.
 */
export function storyCoverage(
  articles: readonly AnalysedArticle[],
  corroboration: Corroboration,
  maxConsensus: number,
  hints: CoverageHints = {},
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
    consensus: consensusOf(articles, corroboration, maxConsensus, hints.publishers),
    singleClaims: singleSourceClaims(articles, corroboration, hints),
  };
}
