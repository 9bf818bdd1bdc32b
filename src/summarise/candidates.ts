import type { AnalysedArticle, LanguageCode, Sentence } from '../core/types.js';
import { rulesFor } from '../lang/index.js';
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

const NON_SPACE = /\S+/gu;

/**
 * The words of `text` between white space: the runs of other characters, counted with `test` and `lastIndex`
 * (`trim().split(/\s+/u).length` made an array of the words to count them).
 */
export function wordCount(text: string): number {
  NON_SPACE.lastIndex = 0;
  let n = 0;
  while (NON_SPACE.test(text)) n++;
  return n;
}

/**
 * Candidates scored together at most: scoring compares every pair (memory and time in the square of the count),
 * so a story of thousands of articles would stall the brief. An ordinary story has a few hundred.
 */
export const MAX_CANDIDATES = 3000;

/** An article's sentences with enough content, as `collectCandidates` finds them (kept between briefs). */
interface ArticleCandidates {
  readonly minWords: number;
  readonly raw: readonly Omit<Candidate, 'vector' | 'article'>[];
  readonly terms: readonly string[][];
}

/** A sentence of at most this many words that says someone gave no comment is no candidate (longer ones say more). */
export const NO_COMMENT_MAX_WORDS = 16;

/**
 * "KAI did not respond to requests for comment.": a short sentence with one of `phrases`, the article language's
 * no-comment phrases (`noCommentPhrases`, looked up once per article).
 */
export function saysNoComment(text: string, words: number, phrases: readonly string[]): boolean {
  if (words > NO_COMMENT_MAX_WORDS || phrases.length === 0) return false;
  const lower = text.toLowerCase();
  return phrases.some((p) => lower.includes(p));
}

/** The no-comment phrases of a language's tables (none when it has no such table). */
export const noCommentPhrases = (language: LanguageCode): readonly string[] =>
  rulesFor(language).lines?.noComment ?? [];

/** The words of a language that address the reader (none when its tables have none), one set per language. */
const readerWordsOf = new Map<LanguageCode, ReadonlySet<string>>();
const readerWords = (language: LanguageCode): ReadonlySet<string> => {
  let words = readerWordsOf.get(language);
  if (words === undefined)
    readerWordsOf.set(language, (words = new Set(rulesFor(language).lines?.readerWords)));
  return words;
};

/** Each article's candidate sentences, kept between briefs of a growing story (keyed by the article object). */
export type CandidateMemo = Map<AnalysedArticle, ArticleCandidates>;

function articleCandidates(
  article: AnalysedArticle,
  minWords: number,
  memo?: CandidateMemo,
): ArticleCandidates {
  const kept = memo?.get(article);
  if (kept !== undefined && kept.minWords === minWords) return kept;
  const raw: Omit<Candidate, 'vector' | 'article'>[] = [];
  const terms: string[][] = [];
  const noComment = noCommentPhrases(article.language);
  const reader = readerWords(article.language);
  article.sentences.forEach((sentence, position) => {
    const text = article.text.slice(sentence.start, sentence.end);
    const words = wordCount(text);
    const t = contentTerms(sentence);
    if (words < minWords || t.length < 2 || saysNoComment(text, words, noComment)) return;
    raw.push({ sentence, position, words, kinds: sentenceKinds(sentence, text, reader) });
    terms.push(t);
  });
  const found = { minWords, raw, terms };
  memo?.set(article, found);
  return found;
}

/** An article's candidates placed at an index of the story, kept with its candidates (the last index asked). */
const placedAt = new WeakMap<ArticleCandidates, { article: number; list: Omit<Candidate, 'vector'>[] }>();

function placed(found: ArticleCandidates, article: number): readonly Omit<Candidate, 'vector'>[] {
  const kept = placedAt.get(found);
  if (kept !== undefined && kept.article === article) return kept.list;
  const list = found.raw.map((c) => ({ ...c, article }));
  placedAt.set(found, { article, list });
  return list;
}

/**
 * Which `max` of the candidates come first by position, ties by their order (what a stable sort by position keeps):
 * every candidate before the position where the count passes `max`, and at that position the earliest ones. A count
 * per position instead of a sort.
 */
export function earliest(raw: readonly { readonly position: number }[], max: number): Uint8Array {
  // filled by index: `Int32Array.from` with a function reads the list through its iterator (objects per item)
  const positions = new Int32Array(raw.length);
  for (let i = 0; i < raw.length; i++) positions[i] = (raw[i] as { readonly position: number }).position;
  return earliestOf(positions, max);
}

/** `earliest` of candidates given by their positions. */
function earliestOf(positions: Int32Array, max: number): Uint8Array {
  const keep = new Uint8Array(positions.length);
  let top = 0;
  for (let i = 0; i < positions.length; i++) if ((positions[i] as number) > top) top = positions[i] as number;
  const count = new Int32Array(top + 1);
  for (let i = 0; i < positions.length; i++)
    count[positions[i] as number] = (count[positions[i] as number] as number) + 1;
  // The last position kept, and how many of its candidates fit.
  let last = 0;
  let room = max;
  while (last <= top && room >= (count[last] as number)) room -= count[last++] as number;
  for (let i = 0; i < positions.length; i++) {
    const position = positions[i] as number;
    if (position < last) keep[i] = 1;
    else if (position === last && room > 0) {
      keep[i] = 1;
      room--;
    }
  }
  return keep;
}

/**
 * Every sentence of every article with enough content (and not only a "no comment"); vectors share one TF-IDF space. Over `max` such
 * sentences, the earliest sentences of every article are kept: all leads first, then all second sentences, …
 * (the order of the candidates is the same as without the limit). With a `memo`, each article's sentences with
 * enough content are taken from it (and put there when not); the vectors are made again (their weights are the
 * whole story's). Only the candidates kept are listed (no list of every sentence with enough content).
 */
export function collectCandidates(
  articles: readonly AnalysedArticle[],
  minWords: number,
  max = MAX_CANDIDATES,
  memo?: CandidateMemo,
): Candidate[] {
  const found = articles.map((article) => articleCandidates(article, minWords, memo));
  let total = 0;
  for (const f of found) total += f.raw.length;
  let keep: Uint8Array | undefined;
  if (total > max) {
    const positions = new Int32Array(total);
    let at = 0;
    for (const f of found) for (const c of f.raw) positions[at++] = c.position;
    keep = earliestOf(positions, max);
  }
  const raw: Omit<Candidate, 'vector'>[] = [];
  const terms: (readonly string[])[] = [];
  let at = 0;
  found.forEach((f, a) => {
    const list = placed(f, a);
    for (let k = 0; k < list.length; k++, at++) {
      if (keep !== undefined && keep[at] === 0) continue;
      raw.push(list[k] as Omit<Candidate, 'vector'>);
      terms.push(f.terms[k] as readonly string[]);
    }
  });
  const vectors = tfidfVectors(terms);
  // Pushed one by one, not `raw.map`: V8 makes the list of a `map` with gaps allowed (HOLEY) when the caller runs
  // optimised and without (PACKED) when not, and the graph and centrality, optimised for one kind of list, are thrown
  // away when they meet the other (session 23: in the first full brief of a process, then again in the update
  // after it). A pushed list is of one kind either way.
  const candidates: Candidate[] = [];
  for (let i = 0; i < raw.length; i++) {
    const { sentence, position, words, kinds, article } = raw[i] as Omit<Candidate, 'vector'>;
    candidates.push({ sentence, position, words, kinds, article, vector: vectors[i] as SparseVector });
  }
  return candidates;
}
