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
  readonly kinds: SentenceKinds;
}

export function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
}

/** Every sentence of every article with enough content; vectors share one TF-IDF space. */
export function collectCandidates(articles: readonly AnalysedArticle[], minWords: number): Candidate[] {
  const raw: Omit<Candidate, 'vector'>[] = [];
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
  return raw.map((c, i) => ({ ...c, vector: vectors[i] as SparseVector }));
}
