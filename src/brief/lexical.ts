/**
 * The lexical pass of the story's corroboration, kept between briefs of a growing story. Sentences of different
 * articles carry the same content when they share `supportTerms` terms beyond the story's own and the cosine of
 * their stemmed TF-IDF vectors reaches `supportSimilarity`, without the story's terms or with them (whichever is
 * higher). Pairs are found through an inverted index of the non-story terms (terms on more than `MAX_POSTING`
 * sentences find none); each sentence keeps, per other article, its most similar sentence (ties: the earlier).
 *
 * Kept (`LexicalState`): the term ids and counts of every sentence, the term frequencies, the index, and every pair
 * that shares enough terms with an interval its similarity lies in. When articles are added at the end, only the
 * new sentences are looked up; the pairs found before stay the pairs (the terms they share do not change), but their
 * similarities move because every term's weight (its IDF) moves with the story. How far a term's weight can move
 * is known (its document frequency and the sentence count before and after), so each kept interval is widened to
 * where the new similarity must lie; a pair's similarity is computed again only when its interval leaves the
 * decision open (it straddles `supportSimilarity`, or it may beat another sentence of the same article). Computed
 * similarities are those of a pass from scratch to the last bit (the same vectors, in the same term order), so the
 * kept state decides exactly as the pass from scratch. A state that cannot be continued (articles changed or
 * inserted before the end, other story terms, a term newly over `MAX_POSTING`) is made again.
 */
import type { AnalysedArticle } from '../core/types.js';
import { contentTerms, weighVector, type SparseVector } from '../summarise/index.js';

/**
 * A term on more sentences than this finds no pairs in the lexical pass (a pair that shares it and rarer terms is
 * still found, and still counts it): in a large story the words every report uses would otherwise make every pair
 * of sentences a candidate, work in the square of the story. Ordinary stories have no such term besides the story's
 * own (which find no pairs anyway).
 */
export const MAX_POSTING = 512;

/** Relative slack added to each widened interval: far above the rounding of the sums, far below any decision. */
const SLACK = 1e-9;

export interface LexicalOptions {
  readonly supportSimilarity: number;
  readonly supportTerms: number;
}

/** A term space: ids in order of first appearance, and on how many sentences each id is. */
interface Space {
  readonly ids: Map<string, number>;
  readonly df: number[];
}

/** One sentence's distinct term ids (ascending) and their counts, in one space. */
interface Counted {
  readonly terms: Int32Array;
  readonly counts: Float64Array;
}

/** The best sentence of another article for one sentence. */
export interface Best {
  /** Index of the sentence among all sentences of the story (articles in order). */
  readonly unit: number;
  readonly sim: number;
}

/** What the lexical pass keeps of a story (see the module comment). Mutable: continued in place. */
export interface LexicalState {
  readonly options: LexicalOptions;
  /** The articles it was made for, in order (by object). */
  readonly articles: AnalysedArticle[];
  /** The story's own terms it was made with (sorted, joined). */
  common: string;
  readonly articleOf: number[];
  readonly whole: Space;
  readonly own: Space;
  /** Per sentence: its terms in both spaces (`own`: without the story's terms). */
  readonly wholeTerms: Counted[];
  readonly ownTerms: Counted[];
  /** On how many sentences of at least `supportTerms` own terms each own term is (the index's frequency). */
  readonly gate: Map<number, number>;
  /** Own term id → the sentences (of at least `supportTerms` own terms) holding it, for terms under the cap. */
  readonly postings: Map<number, number[]>;
  /** The pairs that share enough terms: their ends (`a` < `b`) and the interval their similarity lies in. */
  readonly pairA: number[];
  readonly pairB: number[];
  readonly low: number[];
  readonly high: number[];
  /** Per sentence, the pairs it is an end of, in the order of their other end. */
  readonly pairsOf: number[][];
}

function emptyState(options: LexicalOptions): LexicalState {
  return {
    options,
    articles: [],
    common: '',
    articleOf: [],
    whole: { ids: new Map(), df: [] },
    own: { ids: new Map(), df: [] },
    wholeTerms: [],
    ownTerms: [],
    gate: new Map(),
    postings: new Map(),
    pairA: [],
    pairB: [],
    low: [],
    high: [],
    pairsOf: [],
  };
}

/** Counts a sentence's terms in a space (ids for new terms appended, document frequencies raised). */
function count(space: Space, terms: readonly string[]): Counted {
  const tf = new Map<number, number>();
  for (const term of terms) {
    let id = space.ids.get(term);
    if (id === undefined) {
      id = space.ids.size;
      space.ids.set(term, id);
      space.df.push(0);
    }
    tf.set(id, (tf.get(id) ?? 0) + 1);
  }
  for (const id of tf.keys()) space.df[id] = (space.df[id] ?? 0) + 1;
  const entries = [...tf].sort((a, b) => a[0] - b[0]);
  return {
    terms: Int32Array.from(entries, ([id]) => id),
    counts: Float64Array.from(entries, ([, c]) => c),
  };
}

/** How many ids two ascending lists share. */
function sharedCount(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/** Dot product of two sparse vectors (summed in term order). */
function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const x = a.terms[i] as number;
    const y = b.terms[j] as number;
    if (x === y) {
      sum += (a.weights[i] as number) * (b.weights[j] as number);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return sum;
}

/** The similarity of pairs under the state's present weights (vectors made on first need). */
function similarity(state: LexicalState): (i: number, j: number) => number {
  const n = state.articleOf.length;
  const wholeOf = new Map<number, SparseVector>();
  const ownOf = new Map<number, SparseVector>();
  const vector = (
    cache: Map<number, SparseVector>,
    counted: Counted,
    space: Space,
    u: number,
  ): SparseVector => {
    let v = cache.get(u);
    if (v === undefined) {
      v = weighVector(counted.terms, counted.counts, n, space.df);
      cache.set(u, v);
    }
    return v;
  };
  return (i, j) =>
    Math.max(
      dot(
        vector(ownOf, state.ownTerms[i] as Counted, state.own, i),
        vector(ownOf, state.ownTerms[j] as Counted, state.own, j),
      ),
      dot(
        vector(wholeOf, state.wholeTerms[i] as Counted, state.whole, i),
        vector(wholeOf, state.wholeTerms[j] as Counted, state.whole, j),
      ),
    );
}

/**
 * Looks up the sentences from `from` on among the earlier ones through the index (article by article: a sentence
 * finds those of earlier articles), keeps every pair that shares `supportTerms` own terms with its similarity, and
 * adds the sentences to the index.
 */
function findPairs(state: LexicalState, from: number, sim: (i: number, j: number) => number): void {
  const { supportTerms } = state.options;
  const n = state.articleOf.length;
  const seen = new Int32Array(n).fill(-1);
  let u = from;
  while (u < n) {
    const article = state.articleOf[u] as number;
    let end = u;
    while (end < n && state.articleOf[end] === article) end++;
    for (let i = u; i < end; i++) {
      const v = (state.ownTerms[i] as Counted).terms;
      if (v.length < supportTerms) continue;
      for (const t of v) {
        if ((state.gate.get(t) ?? 0) > MAX_POSTING) continue;
        for (const j of state.postings.get(t) ?? []) {
          if (seen[j] === i) continue;
          seen[j] = i;
          if (sharedCount(v, (state.ownTerms[j] as Counted).terms) < supportTerms) continue;
          const s = sim(i, j);
          const p = state.pairA.length;
          state.pairA.push(j);
          state.pairB.push(i);
          state.low.push(s);
          state.high.push(s);
          (state.pairsOf[i] as number[]).push(p);
          (state.pairsOf[j] as number[]).push(p);
        }
      }
      // In order of the other end (the later ones come in that order).
      (state.pairsOf[i] as number[]).sort((p, q) => (state.pairA[p] as number) - (state.pairA[q] as number));
    }
    for (let i = u; i < end; i++) {
      const v = (state.ownTerms[i] as Counted).terms;
      if (v.length < supportTerms) continue;
      for (const t of v) {
        if ((state.gate.get(t) ?? 0) > MAX_POSTING) continue;
        const list = state.postings.get(t);
        if (list === undefined) state.postings.set(t, [i]);
        else list.push(i);
      }
    }
    u = end;
  }
}

/** Adds the sentences of `articles` (after the state's) to its spaces; false when a term goes over the cap. */
function addSentences(
  state: LexicalState,
  articles: readonly AnalysedArticle[],
  common: ReadonlySet<string>,
): boolean {
  let fits = true;
  for (const article of articles) {
    const a = state.articles.length;
    state.articles.push(article);
    for (const sentence of article.sentences) {
      const terms = contentTerms(sentence);
      state.articleOf.push(a);
      state.pairsOf.push([]);
      state.wholeTerms.push(count(state.whole, terms));
      const own = count(
        state.own,
        terms.filter((t) => !common.has(t)),
      );
      state.ownTerms.push(own);
      if (own.terms.length < state.options.supportTerms) continue;
      for (const t of own.terms) {
        const before = state.gate.get(t) ?? 0;
        state.gate.set(t, before + 1);
        if (before === MAX_POSTING && state.postings.has(t)) fits = false;
      }
    }
  }
  return fits;
}

/** The state of a story made from scratch (every pair computed). */
export function lexicalState(
  articles: readonly AnalysedArticle[],
  common: ReadonlySet<string>,
  commonKey: string,
  options: LexicalOptions,
): LexicalState {
  const state = emptyState(options);
  state.common = commonKey;
  addSentences(state, articles, common);
  findPairs(state, 0, similarity(state));
  return state;
}

/**
 * Bounds of how much each sentence's weights can move between two sets of document frequencies: for each
 * sentence, the least and the greatest ratio new IDF / old IDF over its terms.
 */
function ratios(
  counted: readonly Counted[],
  space: Space,
  before: ReadonlyMap<number, number>,
  n0: number,
  n1: number,
): { lo: Float64Array; hi: Float64Array } {
  const ratio = new Float64Array(space.df.length);
  for (let id = 0; id < space.df.length; id++) {
    const now = space.df[id] as number;
    const then = before.get(id) ?? now;
    ratio[id] = then === 0 ? 1 : Math.log((n1 + 1) / (now + 0.5)) / Math.log((n0 + 1) / (then + 0.5));
  }
  const lo = new Float64Array(counted.length).fill(1);
  const hi = new Float64Array(counted.length).fill(1);
  counted.forEach((c, u) => {
    let l = Infinity;
    let h = -Infinity;
    for (const id of c.terms) {
      const r = ratio[id] as number;
      if (r < l) l = r;
      if (r > h) h = r;
    }
    if (c.terms.length > 0) {
      lo[u] = l;
      hi[u] = h;
    }
  });
  return { lo, hi };
}

/**
 * Continues `state` with `added` (articles after its own), or returns undefined when it cannot be continued (see
 * the module comment). Every kept interval is widened to where the similarity under the new weights must lie.
 */
export function continueLexical(
  state: LexicalState,
  added: readonly AnalysedArticle[],
  common: ReadonlySet<string>,
  commonKey: string,
): LexicalState | undefined {
  if (commonKey !== state.common) return undefined;
  const n0 = state.articleOf.length;
  const old = n0;
  // Document frequencies of the terms the new sentences hold, before them.
  const wholeBefore = new Map<number, number>();
  const ownBefore = new Map<number, number>();
  for (const article of added)
    for (const sentence of article.sentences) {
      const terms = contentTerms(sentence);
      for (const t of terms) {
        const id = state.whole.ids.get(t);
        if (id !== undefined && !wholeBefore.has(id)) wholeBefore.set(id, state.whole.df[id] as number);
        if (common.has(t)) continue;
        const own = state.own.ids.get(t);
        if (own !== undefined && !ownBefore.has(own)) ownBefore.set(own, state.own.df[own] as number);
      }
    }
  if (!addSentences(state, added, common)) return undefined;
  const n1 = state.articleOf.length;
  // Every id of the old sentences existed before; an id new to the story has no ratio to bound (only new pairs).
  const w = ratios(state.wholeTerms.slice(0, old), state.whole, wholeBefore, n0, n1);
  const o = ratios(state.ownTerms.slice(0, old), state.own, ownBefore, n0, n1);
  const factors = (lo: Float64Array, hi: Float64Array, a: number, b: number): [number, number] => {
    const [la, lb, ha, hb] = [lo[a] as number, lo[b] as number, hi[a] as number, hi[b] as number];
    return [Math.max(la, lb) ** 2 / (ha * hb), Math.min(ha, hb) ** 2 / (la * lb)];
  };
  if (n1 > n0)
    for (let p = 0; p < state.pairA.length; p++) {
      const a = state.pairA[p] as number;
      const b = state.pairB[p] as number;
      const [wl, wh] = factors(w.lo, w.hi, a, b);
      const [ol, oh] = factors(o.lo, o.hi, a, b);
      state.low[p] = (state.low[p] as number) * Math.min(wl, ol) * (1 - SLACK);
      state.high[p] = (state.high[p] as number) * Math.max(wh, oh) * (1 + SLACK);
    }
  findPairs(state, old, similarity(state));
  return state;
}

/**
 * Per sentence, the best sentence of each other article (similarity at least `supportSimilarity`; ties: the earlier
 * sentence), from the state's intervals: a pair whose interval leaves this open gets its exact similarity first.
 */
export function bestMatches(state: LexicalState): Map<number, Best>[] {
  const threshold = state.options.supportSimilarity;
  const { pairA, pairB, low, high, articleOf } = state;
  const sim = similarity(state);
  const exact = (p: number): number => {
    if (low[p] !== high[p]) {
      const s = sim(pairA[p] as number, pairB[p] as number);
      low[p] = s;
      high[p] = s;
    }
    return low[p] as number;
  };
  const n = articleOf.length;
  const best: Map<number, Best>[] = [];
  for (let i = 0; i < n; i++) {
    const found = new Map<number, Best>();
    best.push(found);
    const pairs = state.pairsOf[i] as number[];
    const otherOf = (p: number): number => (pairA[p] === i ? (pairB[p] as number) : (pairA[p] as number));
    // The pairs of one other article stand together (in the order of their other end).
    let from = 0;
    while (from < pairs.length) {
      const article = articleOf[otherOf(pairs[from] as number)] as number;
      let to = from;
      let floor = threshold;
      let open = 0;
      while (to < pairs.length && articleOf[otherOf(pairs[to] as number)] === article) {
        const l = low[pairs[to] as number] as number;
        if (l > floor) floor = l;
        to++;
      }
      for (let k = from; k < to; k++) if ((high[pairs[k] as number] as number) >= floor) open++;
      let choice: Best | undefined;
      for (let k = from; k < to; k++) {
        const p = pairs[k] as number;
        if ((high[p] as number) < floor) continue;
        // One contender sure to reach the threshold needs no exact similarity to win.
        const s = open === 1 && (low[p] as number) >= threshold ? (low[p] as number) : exact(p);
        if (s < threshold) continue;
        const other = otherOf(p);
        if (choice === undefined || s > choice.sim || (s === choice.sim && other < choice.unit))
          choice = { unit: other, sim: s };
      }
      if (choice !== undefined) found.set(article, choice);
      from = to;
    }
  }
  return best;
}
