import type { AnalysedArticle, Sentence } from '../core/types.js';
import { sentenceKinds, type SentenceKinds } from './features.js';
import { contentTerms, tfidfVectors, type SparseVector } from './vectors.js';

/** A sentence that may go into the brief, with what scoring needs to know about it. */
export interface Candidate {
  /** Index of the article in the story. */
  readonly article: number;
  readonly sentence: Sentence;
  /** Index of the sentence among its article's sentences (0 = lead). */
  readonly position: number;
  readonly words: number;
  readonly vector: SparseVector;
  /**
   * The vector without the story's common terms (those in most of its articles, like the names every outlet
   * uses): two sentences that share only those do not report the same thing.
   */
  readonly distinct: SparseVector;
  readonly kinds: SentenceKinds;
}

export function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
}

/** Terms found in at least 80% of the articles (when there are at least three): the names every outlet uses. */
function storyTerms(articles: readonly AnalysedArticle[]): Set<string> {
  if (articles.length < 3) return new Set();
  const df = new Map<string, number>();
  for (const article of articles) {
    const seen = new Set(article.sentences.flatMap(contentTerms));
    for (const t of seen) df.set(t, (df.get(t) ?? 0) + 1);
  }
  return new Set([...df].filter(([, n]) => n >= 0.8 * articles.length).map(([t]) => t));
}

/** Every sentence of every article with enough content; vectors share one TF-IDF space. */
export function collectCandidates(articles: readonly AnalysedArticle[], minWords: number): Candidate[] {
  const raw: Omit<Candidate, 'vector' | 'distinct'>[] = [];
  const terms: string[][] = [];
  articles.forEach((article, a) => {
    article.sentences.forEach((sentence, position) => {
      const text = article.text.slice(sentence.start, sentence.end);
      const words = wordCount(text);
      const t = contentTerms(sentence);
      if (words < minWords || t.length < 2) return;
      raw.push({ article: a, sentence, position, words, kinds: sentenceKinds(sentence, text) });
      terms.push(t);
    });
  });
  const vectors = tfidfVectors(terms);
  const common = storyTerms(articles);
  const distinct = tfidfVectors(terms.map((t) => t.filter((term) => !common.has(term))));
  return raw.map((c, i) => ({
    ...c,
    vector: vectors[i] as SparseVector,
    distinct: distinct[i] as SparseVector,
  }));
}
