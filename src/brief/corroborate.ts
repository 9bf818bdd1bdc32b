import type { EvidenceLink, NormalisedCompareOptions } from '../compare/index.js';
import type { AnalysedArticle, Carrier, Corroboration, Span } from '../core/types.js';
import { contentTerms } from '../summarise/index.js';
import { bestMatches, continueLexical, lexicalState, type Best, type LexicalState } from './lexical.js';

export { MAX_POSTING } from './lexical.js';

export type CorroborationOptions = Pick<NormalisedCompareOptions, 'supportSimilarity' | 'supportTerms'>;

/** Each article's distinct content terms, kept between briefs of a growing story (keyed by the article object). */
export type TermsMemo = Map<AnalysedArticle, ReadonlySet<string>>;

/**
 * Terms found in at least 80% of the articles (when there are at least three): the names and the topic every
 * outlet uses. Two sentences that share only those do not report the same thing.
 */
export function storyTerms(articles: readonly AnalysedArticle[], memo?: TermsMemo): Set<string> {
  if (articles.length < 3) return new Set();
  const df = new Map<string, number>();
  for (const article of articles) {
    let seen = memo?.get(article);
    if (seen === undefined) {
      seen = new Set(article.sentences.flatMap(contentTerms));
      memo?.set(article, seen);
    }
    for (const t of seen) df.set(t, (df.get(t) ?? 0) + 1);
  }
  return new Set([...df].filter(([, n]) => n >= 0.8 * articles.length).map(([t]) => t));
}

/** The lexical pass's state kept between briefs of a growing story (see `LexicalState`), and its articles' terms. */
export interface LexicalMemo {
  state?: LexicalState;
  readonly terms?: TermsMemo;
}

/**
 * The lexical pass (see src/brief/lexical.ts): per sentence, the best sentence of each other article. With a
 * `memo` whose state was made for the first of these articles, that state is continued with the others (the
 * same result); otherwise it is made from scratch (and kept in the memo).
 */
function lexicalMatches(
  articles: readonly AnalysedArticle[],
  options: CorroborationOptions,
  memo?: LexicalMemo,
): Map<number, Best>[] {
  const common = storyTerms(articles, memo?.terms);
  const key = [...common].sort().join('\u0000');
  const kept = memo?.state;
  let state: LexicalState | undefined;
  if (
    kept !== undefined &&
    kept.options.supportTerms === options.supportTerms &&
    kept.options.supportSimilarity === options.supportSimilarity &&
    kept.articles.length <= articles.length &&
    kept.articles.every((a, i) => a === articles[i])
  )
    state = continueLexical(kept, articles.slice(kept.articles.length), common, key);
  state ??= lexicalState(articles, common, key, {
    supportTerms: options.supportTerms,
    supportSimilarity: options.supportSimilarity,
  });
  if (memo !== undefined) memo.state = state;
  // A copy of the list (the maps are the state's, not changed by the caller).
  return [...bestMatches(state)];
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
  memo?: LexicalMemo,
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
  // The lexical pass's maps are kept in its state: a sentence that gains a link gets its own copy.
  const best = lexicalMatches(articles, options, memo);
  const copied = new Set<number>();
  const own = (u: number): Map<number, Best> => {
    if (!copied.has(u)) {
      copied.add(u);
      best[u] = new Map(best[u]);
    }
    return best[u] as Map<number, Best>;
  };
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
    if (!(best[i] as Map<number, Best>).has(aj)) own(i).set(aj, { unit: j, sim: -1 });
    if (!(best[j] as Map<number, Best>).has(ai)) own(j).set(ai, { unit: i, sim: -1 });
  }
  return articles.map((a, article) =>
    a.sentences.map((_, sentence): Carrier[] =>
      [...(best[(firstOf[article] as number) + sentence] as Map<number, Best>).values()]
        .map(({ unit }) => units[unit] as Carrier)
        .sort((p, q) => p.article - q.article),
    ),
  );
}
