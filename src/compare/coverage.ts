import type { AnalysedArticle, Sentence, Span } from '../core/types.js';
import { contentTerms, cosine, tfidfVectors, type SparseVector } from '../summarise/index.js';
import type { ArticleCoverage, ConsensusClaim, Coverage, CorroboratedSpan, CoverageSpan } from './types.js';

/** Two places in different articles known to report the same thing (e.g. agreeing figures). */
export type EvidenceLink = readonly [Span, Span];

export interface CoverageOptions {
  readonly supportSimilarity: number;
  readonly supportTerms: number;
  /** Most consensus claims listed. */
  readonly maxConsensus: number;
}

interface Item {
  readonly article: number;
  readonly sentence: Sentence;
  readonly terms: ReadonlySet<string>;
  readonly vector: SparseVector;
}

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const t of a) if (b.has(t)) n++;
  return n;
}

/** For each sentence, the best-matching sentence of every other article that corroborates it. */
function matches(items: readonly Item[], n: number, options: CoverageOptions): Map<number, number>[] {
  return items.map((item) => {
    const best = new Map<number, { index: number; sim: number }>();
    items.forEach((other, index) => {
      if (other.article === item.article) return;
      const sim = cosine(item.vector, other.vector);
      if (sim < options.supportSimilarity || shared(item.terms, other.terms) < options.supportTerms) return;
      const current = best.get(other.article);
      if (!current || sim > current.sim) best.set(other.article, { index, sim });
    });
    const out = new Map<number, number>();
    for (let a = 0; a < n; a++) {
      const hit = best.get(a);
      if (hit) out.set(a, hit.index);
    }
    return out;
  });
}

function consensusOf(
  articles: readonly AnalysedArticle[],
  items: readonly Item[],
  found: readonly Map<number, number>[],
  max: number,
): ConsensusClaim[] {
  const need = Math.max(2, Math.ceil(articles.length / 2));
  const order = items
    .map((_, i) => i)
    .filter((i) => (found[i]?.size ?? 0) + 1 >= need)
    .sort((a, b) => (found[b]?.size ?? 0) - (found[a]?.size ?? 0) || a - b);
  const covered = new Set<number>();
  const out: ConsensusClaim[] = [];
  for (const i of order) {
    if (covered.has(i) || out.length >= max) continue;
    const item = items[i] as Item;
    const by = found[i] as Map<number, number>;
    covered.add(i);
    for (const j of by.values()) covered.add(j);
    const article = articles[item.article] as AnalysedArticle;
    out.push({
      text: article.text.slice(item.sentence.start, item.sentence.end),
      article: article.id,
      start: item.sentence.start,
      end: item.sentence.end,
      sources: [article.id, ...[...by.keys()].map((a) => (articles[a] as AnalysedArticle).id)],
    });
  }
  return out;
}

/** Terms in 80% of the articles or more (the story's names and topic): shared by everything, evidence of nothing. */
function storyTerms(articles: readonly AnalysedArticle[]): Set<string> {
  const df = new Map<string, number>();
  for (const a of articles) {
    const seen = new Set(a.sentences.flatMap((s) => contentTerms(s)));
    for (const t of seen) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const need = Math.max(2, Math.ceil(articles.length * 0.8));
  return new Set([...df].filter(([, n]) => n >= need).map(([t]) => t));
}

/** Adds the evidence links to the lexical matches: the sentences containing both ends corroborate each other. */
function addLinks(
  articles: readonly AnalysedArticle[],
  items: readonly Item[],
  found: Map<number, number>[],
  links: readonly EvidenceLink[],
): void {
  const itemAt = (span: Span): number => {
    const article = articles.findIndex((a) => a.id === span.article);
    return items.findIndex(
      (it) => it.article === article && it.sentence.start <= span.start && span.end <= it.sentence.end,
    );
  };
  for (const [a, b] of links) {
    const i = itemAt(a);
    const j = itemAt(b);
    if (i < 0 || j < 0) continue;
    const [ia, ja] = [items[i] as Item, items[j] as Item];
    if (ia.article === ja.article) continue;
    if (!found[i]?.has(ja.article)) found[i]?.set(ja.article, j);
    if (!found[j]?.has(ia.article)) found[j]?.set(ia.article, i);
  }
}

/**
 * Which sentences other sources corroborate — stemmed TF-IDF cosine over content terms, as the summary's support,
 * plus evidence links such as agreeing figures — and which rest on one source; a source × source overlap matrix;
 * the claims most sources carry.
 */
export function storyCoverage(
  articles: readonly AnalysedArticle[],
  options: CoverageOptions,
  links: readonly EvidenceLink[] = [],
): Coverage {
  const common = storyTerms(articles);
  const raw = articles.flatMap((a, article) =>
    a.sentences.map((sentence) => ({ article, sentence, list: contentTerms(sentence) })),
  );
  const vectors = tfidfVectors(raw.map((r) => r.list));
  // Similarity over all content terms; the shared-term test only over terms that are not the story's own.
  const items: Item[] = raw.map((r, i) => ({
    article: r.article,
    sentence: r.sentence,
    terms: new Set(r.list.filter((t) => !common.has(t))),
    vector: vectors[i] as SparseVector,
  }));
  const found = matches(items, articles.length, options);
  addLinks(articles, items, found, links);
  const counts = articles.map(() => articles.map(() => 0));
  const perArticle: ArticleCoverage[] = articles.map((a, ai) => {
    const corroborated: CorroboratedSpan[] = [];
    const single: CoverageSpan[] = [];
    items.forEach((item, i) => {
      if (item.article !== ai) return;
      const by = [...(found[i] ?? new Map<number, number>()).keys()];
      for (const b of by) (counts[ai] as number[])[b] = ((counts[ai] as number[])[b] ?? 0) + 1;
      const span = { start: item.sentence.start, end: item.sentence.end };
      if (by.length > 0)
        corroborated.push({ ...span, by: by.map((b) => (articles[b] as AnalysedArticle).id) });
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
    consensus: consensusOf(articles, items, found, options.maxConsensus),
  };
}
