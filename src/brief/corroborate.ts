import type { EvidenceLink, NormalisedCompareOptions } from '../compare/index.js';
import type { AnalysedArticle, Carrier, Corroboration, Span } from '../core/types.js';
import { contentTerms, cosine, tfidfVectors, type SparseVector } from '../summarise/index.js';

export type CorroborationOptions = Pick<NormalisedCompareOptions, 'supportSimilarity' | 'supportTerms'>;

/**
 * Terms found in at least 80% of the articles (when there are at least three): the names and the topic every
 * outlet uses. Two sentences that share only those do not report the same thing.
 */
export function storyTerms(articles: readonly AnalysedArticle[]): Set<string> {
  if (articles.length < 3) return new Set();
  const df = new Map<string, number>();
  for (const article of articles) {
    const seen = new Set(article.sentences.flatMap(contentTerms));
    for (const t of seen) df.set(t, (df.get(t) ?? 0) + 1);
  }
  return new Set([...df].filter(([, n]) => n >= 0.8 * articles.length).map(([t]) => t));
}

interface Best {
  /** Index of the sentence among all sentences of the story (articles in order). */
  readonly unit: number;
  readonly sim: number;
}

/** Keeps, per other article, the most similar sentence (ties: the earlier one). */
function record(best: Map<number, Best>, article: number, unit: number, sim: number): void {
  const current = best.get(article);
  if (current === undefined || sim > current.sim || (sim === current.sim && unit < current.unit))
    best.set(article, { unit, sim });
}

/**
 * A term on more sentences than this finds no pairs in the lexical pass (a pair that shares it and rarer terms is
 * still found, and still counts it): in a large story the words every report uses would otherwise make every pair
 * of sentences a candidate, work in the square of the story. Ordinary stories have no such term besides the story's
 * own (which find no pairs anyway).
 */
export const MAX_POSTING = 512;

/** How many terms two vectors share and their dot product (summed in term order, as `cosine` does). */
function overlap(a: SparseVector, b: SparseVector): { shared: number; dot: number } {
  let i = 0;
  let j = 0;
  let shared = 0;
  let dot = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const x = a.terms[i] as number;
    const y = b.terms[j] as number;
    if (x === y) {
      dot += (a.weights[i] as number) * (b.weights[j] as number);
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return { shared, dot };
}

/**
 * The lexical pass: sentences of different articles carry the same content when they share `supportTerms` terms
 * beyond the story's own and the cosine of their stemmed TF-IDF vectors reaches `supportSimilarity`, without the
 * story's terms or with them (whichever is higher: the summary's old rule or the coverage's, so that every pair
 * either found is still found). One pass over an inverted index of the non-story terms, article by article (each
 * article's sentences are looked up among the earlier articles', then added): only pairs of different articles
 * that share a term are compared, and only those that share enough get the cosine with the story's terms.
 * `articleOf[u]` is the article of sentence `u` of the story.
 */
function lexicalMatches(
  articles: readonly AnalysedArticle[],
  articleOf: readonly number[],
  options: CorroborationOptions,
): Map<number, Best>[] {
  const common = storyTerms(articles);
  const terms = articles.flatMap((a) => a.sentences.map(contentTerms));
  const whole = tfidfVectors(terms);
  const vectors = tfidfVectors(terms.map((list) => list.filter((t) => !common.has(t))));
  const best = vectors.map(() => new Map<number, Best>());
  const postings = new Map<number, number[]>();
  const df = new Map<number, number>();
  for (const v of vectors)
    if (v.terms.length >= options.supportTerms) for (const t of v.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const seen = new Int32Array(vectors.length).fill(-1);
  let first = 0;
  articles.forEach((article, a) => {
    const end = first + article.sentences.length;
    for (let i = first; i < end; i++) {
      const v = vectors[i] as SparseVector;
      if (v.terms.length < options.supportTerms) continue;
      const touched: number[] = [];
      // Pairs are found through the terms they share, except those on more than `MAX_POSTING` sentences.
      for (const t of v.terms) {
        if ((df.get(t) ?? 0) > MAX_POSTING) continue;
        const list = postings.get(t);
        if (list === undefined) continue;
        for (const j of list) {
          if (seen[j] === i) continue;
          seen[j] = i;
          touched.push(j);
        }
      }
      for (const j of touched) {
        const { shared, dot } = overlap(v, vectors[j] as SparseVector);
        const enough = shared >= options.supportTerms;
        const sim = enough ? Math.max(dot, cosine(whole[i] as SparseVector, whole[j] as SparseVector)) : 0;
        if (enough && sim >= options.supportSimilarity) {
          record(best[i] as Map<number, Best>, articleOf[j] as number, j, sim);
          record(best[j] as Map<number, Best>, a, i, sim);
        }
      }
    }
    for (let i = first; i < end; i++) {
      const v = vectors[i] as SparseVector;
      if (v.terms.length < options.supportTerms) continue;
      for (const t of v.terms) {
        if ((df.get(t) ?? 0) > MAX_POSTING) continue;
        const list = postings.get(t);
        if (list === undefined) postings.set(t, [i]);
        else list.push(i);
      }
    }
    first = end;
  });
  return best;
}

/** The sentence of the story (index over all its sentences) that contains a span, or -1. */
function unitAt(
  articles: readonly AnalysedArticle[],
  firstOf: readonly number[],
  indexOf: ReadonlyMap<string, number>,
  span: Span,
): number {
  const a = indexOf.get(span.article);
  if (a === undefined) return -1;
  const s = (articles[a] as AnalysedArticle).sentences.findIndex(
    (x) => x.start <= span.start && span.end <= x.end,
  );
  return s < 0 ? -1 : (firstOf[a] as number) + s;
}

/**
 * The story's one corroboration: for every sentence, the other articles that carry it, each with the sentence
 * that does. A sentence is carried by the wording (see `lexicalMatches`) or by an evidence link the compare stage
 * found (figures that agree; the same day and the same people): the sentences holding both ends of a link carry
 * each other when the wording did not already pair them with that article. Symmetric by construction.
 */
export function corroborate(
  articles: readonly AnalysedArticle[],
  links: readonly EvidenceLink[],
  options: CorroborationOptions,
): Corroboration {
  const articleOf: number[] = [];
  const firstOf: number[] = [];
  const units: { article: number; sentence: number }[] = [];
  articles.forEach((a, article) => {
    firstOf.push(units.length);
    a.sentences.forEach((_, sentence) => {
      articleOf.push(article);
      units.push({ article, sentence });
    });
  });
  const best = lexicalMatches(articles, articleOf, options);
  const indexOf = new Map<string, number>();
  articles.forEach((a, i) => {
    if (!indexOf.has(a.id)) indexOf.set(a.id, i);
  });
  for (const [x, y] of links) {
    const i = unitAt(articles, firstOf, indexOf, x);
    const j = unitAt(articles, firstOf, indexOf, y);
    if (i < 0 || j < 0) continue;
    const [ai, aj] = [articleOf[i] as number, articleOf[j] as number];
    if (ai === aj) continue;
    const [bi, bj] = [best[i] as Map<number, Best>, best[j] as Map<number, Best>];
    if (!bi.has(aj)) bi.set(aj, { unit: j, sim: -1 });
    if (!bj.has(ai)) bj.set(ai, { unit: i, sim: -1 });
  }
  return articles.map((a, article) =>
    a.sentences.map((_, sentence): Carrier[] =>
      [...(best[(firstOf[article] as number) + sentence] as Map<number, Best>).values()]
        .map(({ unit }) => units[unit] as Carrier)
        .sort((p, q) => p.article - q.article),
    ),
  );
}
