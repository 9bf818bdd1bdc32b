import type { EvidenceLink, NormalisedCompareOptions } from '../compare/index.js';
import type { AnalysedArticle, Carrier, Corroboration, Span } from '../core/types.js';
import { contentTerms } from '../summarise/index.js';
import { bestMatches, continueLexical, DECISION, lexicalState, type LexicalState } from './lexical.js';

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

/** Each sentence's carriers by the wording, as read from a lexical state at a version of the sentence's choices. */
interface WordingCarriers {
  readonly state: LexicalState;
  readonly version: number[];
  readonly lists: (readonly Carrier[])[];
}

/**
 * The lexical pass's state kept between briefs of a growing story (see `LexicalState`), its articles' terms, and
 * each sentence's carriers by the wording (the same list object while the sentence's choices stay).
 */
export interface LexicalMemo {
  state?: LexicalState;
  readonly terms?: TermsMemo;
  wording?: WordingCarriers;
  /**
   * The carrier lists of the last corroboration that evidence links extended, by sentence (index over all the
   * story's sentences): the same list object again while the wording's list and the links' carriers stay.
   */
  linked?: ReadonlyMap<number, LinkedCarriers>;
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
): LexicalState {
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
  bestMatches(state);
  return state;
}

/**
 * Each sentence's carriers by the wording, in article order (the order of its decisions), from the state; a list
 * whose sentence's choices did not change since the memo's is the memo's.
 */
function wordingCarriers(
  state: LexicalState,
  firstOf: readonly number[],
  memo?: LexicalMemo,
): (readonly Carrier[])[] {
  const kept = memo?.wording?.state === state ? memo.wording : undefined;
  const n = state.articleOf.length;
  const lists: (readonly Carrier[])[] = [];
  for (let u = 0; u < n; u++) {
    const old = kept?.lists[u];
    if (old !== undefined && kept?.version[u] === state.version[u]) {
      lists.push(old);
      continue;
    }
    const decisions = state.decisions[u] as number[];
    const list: Carrier[] = [];
    for (let d = 0; d < decisions.length; d += DECISION) {
      const unit = decisions[d + 5] as number;
      if (unit < 0) continue;
      const article = state.articleOf[unit] as number;
      list.push({ article, sentence: unit - (firstOf[article] as number) });
    }
    lists.push(list);
  }
  if (memo !== undefined) memo.wording = { state, version: [...state.version], lists };
  return lists;
}

/** A sentence's carriers with those its evidence links add (see `corroborate`), kept as one list object. */
interface LinkedCarriers {
  readonly base: readonly Carrier[];
  readonly extra: readonly Carrier[];
  readonly list: readonly Carrier[];
}

const sameCarriers = (a: readonly Carrier[], b: readonly Carrier[]): boolean =>
  a.length === b.length &&
  a.every((c, i) => c.article === (b[i] as Carrier).article && c.sentence === (b[i] as Carrier).sentence);

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
  articles.forEach((a, article) => {
    firstOf.push(articleOf.length);
    for (let sentence = 0; sentence < a.sentences.length; sentence++) articleOf.push(article);
  });
  const state = lexicalMatches(articles, options, memo);
  const wording = wordingCarriers(state, firstOf, memo);
  const indexOf = new Map<string, number>();
  articles.forEach((a, i) => {
    if (!indexOf.has(a.id)) indexOf.set(a.id, i);
  });
  // Links add a carrier of an article the wording did not pair the sentence with (the first link to it).
  const added = new Map<number, Map<number, Carrier>>();
  const link = (u: number, v: number): void => {
    const article = articleOf[v] as number;
    if ((wording[u] as readonly Carrier[]).some((c) => c.article === article)) return;
    let mine = added.get(u);
    if (mine === undefined) added.set(u, (mine = new Map()));
    if (!mine.has(article)) mine.set(article, { article, sentence: v - (firstOf[article] as number) });
  };
  for (const [x, y] of links) {
    const i = unitAt(articles, firstOf, indexOf, x);
    const j = unitAt(articles, firstOf, indexOf, y);
    if (i < 0 || j < 0 || articleOf[i] === articleOf[j]) continue;
    link(i, j);
    link(j, i);
  }
  const keptLinked = memo?.linked;
  const linked = new Map<number, LinkedCarriers>();
  if (memo !== undefined) memo.linked = linked;
  return articles.map((a, article) =>
    a.sentences.map((_, sentence): readonly Carrier[] => {
      const u = (firstOf[article] as number) + sentence;
      const base = wording[u] as readonly Carrier[];
      const more = added.get(u);
      if (more === undefined) return base;
      const extra = [...more.values()];
      const kept = keptLinked?.get(u);
      const list =
        kept !== undefined && kept.base === base && sameCarriers(kept.extra, extra)
          ? kept.list
          : [...base, ...extra].sort((p, q) => p.article - q.article);
      linked.set(u, { base, extra, list });
      return list;
    }),
  );
}
