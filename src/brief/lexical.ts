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
import { doubles, objects } from '../core/kept.js';
import type { AnalysedArticle } from '../core/types.js';
import { contentTerms, idfCache, weighInto } from '../summarise/index.js';

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
  /**
   * How far each sentence's weights may have moved since the state was made: the product, over the articles added
   * since, of the spread (greatest / least ratio new IDF / old IDF) of its terms. A pair's similarity moves by at
   * most the product of its ends' spreads, in either direction.
   */
  readonly drift: number[];
  /** Per article: the greatest drift-step of its sentences, multiplied over the articles added since. */
  readonly articleDrift: number[];
  /** Per pair: its ends' drift (product) when its interval was last made current (`current`). */
  readonly stamp: number[];
  /**
   * Per sentence, its decisions against each other article, six numbers each: the article, the end of its pairs
   * in `pairsOf` (they start where the previous ends), the margin of the decision (how many times the chosen
   * similarity's lower bound exceeds every rival's upper bound and the threshold; without a choice, how many times
   * the threshold exceeds every upper bound; 0 when the decision was close), the sentence's and the article's
   * drift when it was made, and the sentence chosen (-1: none). In the order of the other article.
   */
  readonly decisions: number[][];
  /** Per sentence, how often its choices changed (a cache of what is read from them is current while it stays). */
  readonly version: number[];
  /**
   * Per sentence, the least over its decisions of the margin times the square of the product of the two drifts it
   * was made at (Infinity without decisions): see `untouched`.
   */
  readonly guard: number[];
  /**
   * Per sentence, the id of its terms and counts: sentences of one id have the same similarity to every sentence
   * under any weights (the earlier of them always wins a tie), so they are never each other's rivals.
   */
  readonly shape: number[];
  readonly shapes: Map<string, number>;
  /** The work of the last `bestMatches`: decisions kept, decisions made (again or new), exact similarities. */
  readonly work: { kept: number; decided: number; exact: number };
}

function emptyState(options: LexicalOptions): LexicalState {
  return {
    options,
    articles: objects(),
    common: '',
    articleOf: [],
    whole: { ids: new Map(), df: [] },
    own: { ids: new Map(), df: [] },
    wholeTerms: objects(),
    ownTerms: objects(),
    gate: new Map(),
    postings: new Map(),
    pairA: [],
    pairB: [],
    low: doubles(),
    high: doubles(),
    pairsOf: objects(),
    drift: doubles(),
    articleDrift: doubles(),
    stamp: doubles(),
    decisions: objects(),
    version: [],
    guard: doubles(),
    shape: [],
    shapes: new Map(),
    work: { kept: 0, decided: 0, exact: 0 },
  };
}

/** Counts a sentence's terms in a space (ids for new terms appended, document frequencies raised). */
function count(space: Space, terms: readonly string[]): Counted {
  // the term ids sorted, then counted in runs (no map per sentence)
  const ids = new Int32Array(terms.length);
  let distinct = 0;
  for (let k = 0; k < terms.length; k++) {
    const term = terms[k] as string;
    let id = space.ids.get(term);
    if (id === undefined) {
      id = space.ids.size;
      space.ids.set(term, id);
      space.df.push(0);
    }
    ids[k] = id;
  }
  ids.sort();
  for (let k = 0; k < ids.length; k++) if (k === 0 || ids[k] !== ids[k - 1]) distinct++;
  const out = new Int32Array(distinct);
  const counts = new Float64Array(distinct);
  let d = -1;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k] as number;
    if (k === 0 || id !== ids[k - 1]) {
      out[++d] = id;
      space.df[id] = (space.df[id] ?? 0) + 1;
    }
    counts[d] = (counts[d] as number) + 1;
  }
  return { terms: out, counts };
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

/**
 * Dot product of two sparse vectors (summed in term order): the terms `a` and `b`, their weights in `weights` from
 * `at` and `bt`.
 */
function dot(a: Int32Array, at: number, b: Int32Array, bt: number, weights: Float64Array): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      sum += (weights[at + i] as number) * (weights[bt + j] as number);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return sum;
}

/**
 * The weights of the sentence vectors one `Similarity` has made, one after another (kept between calls and grown
 * when full): each call starts it afresh, so only the latest similarity may be asked.
 */
const pool: { weights: Float64Array; owner: object } = { weights: new Float64Array(1 << 16), owner: {} };

/**
 * The similarity of pairs under the state's present weights (vectors made on first need, their weights in `pool`;
 * the same numbers as `weighVector`'s). A class, not closures made per call: a closure made per call loses its
 * optimised code at every major collection, so the first update after a full brief compiled them again (session 23).
 */
class Similarity {
  private readonly n: number;
  // Where each sentence's weights start in the pool (-1: not made yet), per space.
  private readonly wholeAt: Int32Array;
  private readonly ownAt: Int32Array;
  // Each term's IDF, computed once per space (the spaces do not change while the similarity is asked).
  private readonly wholeIdf: Float64Array;
  private readonly ownIdf: Float64Array;
  private used = 0;

  constructor(private readonly state: LexicalState) {
    const n = state.articleOf.length;
    this.n = n;
    this.wholeAt = new Int32Array(n).fill(-1);
    this.ownAt = new Int32Array(n).fill(-1);
    this.wholeIdf = idfCache(state.whole.df.length);
    this.ownIdf = idfCache(state.own.df.length);
    pool.owner = this;
  }

  /** The similarity of sentences i and j: the greater of their own-term and whole-term cosines. */
  of(i: number, j: number): number {
    if (pool.owner !== this) throw new Error('a lexical similarity asked after a later one was made');
    const { state } = this;
    const own = this.inSpace(state.ownTerms, this.ownAt, state.own, this.ownIdf, i, j);
    const whole = this.inSpace(state.wholeTerms, this.wholeAt, state.whole, this.wholeIdf, i, j);
    return Math.max(own, whole);
  }

  /** Sentences i and j in one space: their vectors placed (i first), then their dot product. */
  private inSpace(
    terms: readonly Counted[],
    at: Int32Array,
    space: Space,
    idf: Float64Array,
    i: number,
    j: number,
  ): number {
    const a = terms[i] as Counted;
    const b = terms[j] as Counted;
    const ai = this.place(at, a, space, idf, i);
    const bj = this.place(at, b, space, idf, j);
    return dot(a.terms, ai, b.terms, bj, pool.weights);
  }

  /** Where sentence u's weights start in the pool, placed there first when not yet. */
  private place(at: Int32Array, counted: Counted, space: Space, idf: Float64Array, u: number): number {
    let start = at[u] as number;
    if (start < 0) {
      const size = counted.terms.length;
      const used = this.used;
      if (used + size > pool.weights.length) {
        const grown = new Float64Array(Math.max(2 * pool.weights.length, used + size));
        grown.set(pool.weights.subarray(0, used));
        pool.weights = grown;
      }
      weighInto(counted.terms, counted.counts, this.n, space.df, idf, pool.weights, used);
      at[u] = start = used;
      this.used = used + size;
    }
    return start;
  }
}

/**
 * Looks up the sentences from `from` on among the earlier ones through the index (article by article: a sentence
 * finds those of earlier articles), keeps every pair that shares `supportTerms` own terms with its similarity, and
 * adds the sentences to the index.
 */
function findPairs(state: LexicalState, from: number, sim: Similarity): void {
  const { supportTerms } = state.options;
  const n = state.articleOf.length;
  const seen = new Int32Array(n).fill(-1);
  // Per sentence met: how many of the looked-up sentence's terms under the cap it holds (each term's list holds it
  // once), in the order met.
  const sharedUnder = new Int32Array(n);
  const met: number[] = [];
  let u = from;
  while (u < n) {
    const article = state.articleOf[u] as number;
    let end = u;
    while (end < n && state.articleOf[end] === article) end++;
    for (let i = u; i < end; i++) {
      const v = (state.ownTerms[i] as Counted).terms;
      if (v.length < supportTerms) continue;
      met.length = 0;
      let capped = false;
      for (let k = 0; k < v.length; k++) {
        const t = v[k] as number;
        if ((state.gate.get(t) ?? 0) > MAX_POSTING) {
          capped = true;
          continue;
        }
        const list = state.postings.get(t);
        if (list === undefined) continue;
        for (let m = 0; m < list.length; m++) {
          const j = list[m] as number;
          if (seen[j] === i) {
            sharedUnder[j] = (sharedUnder[j] as number) + 1;
            continue;
          }
          seen[j] = i;
          sharedUnder[j] = 1;
          met.push(j);
        }
      }
      // Every shared term under the cap was counted (a sentence is in the list of each of its terms under the cap):
      // the terms shared are counted again only when the sentence has terms over it and too few were counted.
      for (let m = 0; m < met.length; m++) {
        const j = met[m] as number;
        const shared = sharedUnder[j] as number;
        if (
          shared < supportTerms &&
          (!capped || sharedCount(v, (state.ownTerms[j] as Counted).terms) < supportTerms)
        )
          continue;
        const s = sim.of(i, j);
        const p = state.pairA.length;
        state.pairA.push(j);
        state.pairB.push(i);
        state.low.push(s);
        state.high.push(s);
        state.stamp.push((state.drift[i] as number) * (state.drift[j] as number));
        (state.pairsOf[i] as number[]).push(p);
        (state.pairsOf[j] as number[]).push(p);
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

/**
 * Adds the sentences of `articles` (after the state's) to its spaces; false when a term goes over the cap. One
 * article at a time (`addArticle`): a full brief adds every article and an update one, and a loop over the articles
 * in this function would be optimised by V8 on the stack in the one (a full brief's single long call) and as a whole
 * in the other, so the update compiled it again after every full brief; the function per article is optimised
 * once, by its calls, for both.
 */
function addSentences(
  state: LexicalState,
  articles: readonly AnalysedArticle[],
  common: ReadonlySet<string>,
): boolean {
  let fits = true;
  for (let i = 0; i < articles.length; i++)
    if (!addArticle(state, articles[i] as AnalysedArticle, common)) fits = false;
  return fits;
}

/** Adds one article's sentences to the state's spaces; false when a term goes over the cap. */
function addArticle(state: LexicalState, article: AnalysedArticle, common: ReadonlySet<string>): boolean {
  let fits = true;
  const a = state.articles.length;
  state.articles.push(article);
  state.articleDrift.push(1);
  for (const sentence of article.sentences) {
    const terms = contentTerms(sentence);
    state.articleOf.push(a);
    state.pairsOf.push([]);
    state.drift.push(1);
    state.decisions.push(doubles());
    state.version.push(0);
    state.guard.push(Infinity);
    const whole = count(state.whole, terms);
    state.wholeTerms.push(whole);
    const key = `${whole.terms.join(',')}|${whole.counts.join(',')}`;
    let shape = state.shapes.get(key);
    if (shape === undefined) {
      shape = state.shapes.size;
      state.shapes.set(key, shape);
    }
    state.shape.push(shape);
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
  findPairs(state, 0, new Similarity(state));
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
  const ratioOf = (now: number, then: number): number =>
    then === 0 ? 1 : Math.log((n1 + 1) / (now + 0.5)) / Math.log((n0 + 1) / (then + 0.5));
  // A term whose frequency did not change has the ratio of that frequency: computed once per frequency (a story's
  // terms have a few hundred frequencies among tens of thousands of terms), then the changed terms' own.
  let most = 0;
  for (let id = 0; id < space.df.length; id++) most = Math.max(most, space.df[id] as number);
  const ofFrequency = new Float64Array(most + 1).fill(NaN);
  const ratio = new Float64Array(space.df.length);
  for (let id = 0; id < space.df.length; id++) {
    const now = space.df[id] as number;
    let r = ofFrequency[now] as number;
    if (Number.isNaN(r)) ofFrequency[now] = r = ratioOf(now, now);
    ratio[id] = r;
  }
  for (const [id, then] of before) ratio[id] = ratioOf(space.df[id] as number, then);
  const lo = new Float64Array(counted.length).fill(1);
  const hi = new Float64Array(counted.length).fill(1);
  counted.forEach((c, u) => {
    let l = Infinity;
    let h = -Infinity;
    const { terms } = c;
    for (let k = 0; k < terms.length; k++) {
      const r = ratio[terms[k] as number] as number;
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
  // The loops are functions of their own: this function runs once per update, and its code, made again after a
  // full brief (which does not call it), was entered by on-stack replacement in its first loop and deoptimised at
  // the later ones for want of type feedback (session 23).
  const n0 = state.articleOf.length;
  const old = n0;
  // Document frequencies of the terms the new sentences hold, before them.
  const wholeBefore = new Map<number, number>();
  const ownBefore = new Map<number, number>();
  for (const article of added) dfBefore(state, article, common, wholeBefore, ownBefore);
  const articlesBefore = state.articles.length;
  if (!addSentences(state, added, common)) return undefined;
  const n1 = state.articleOf.length;
  // Every id of the old sentences existed before; an id new to the story has no ratio to bound (only new pairs).
  const w = ratios(state.wholeTerms.slice(0, old), state.whole, wholeBefore, n0, n1);
  const o = ratios(state.ownTerms.slice(0, old), state.own, ownBefore, n0, n1);
  widenDrifts(state, w, o, old, articlesBefore, n1 > n0);
  findPairs(state, old, new Similarity(state));
  return state;
}

/** The document frequencies (before `article` is added) of the terms its sentences hold, per space, once each. */
function dfBefore(
  state: LexicalState,
  article: AnalysedArticle,
  common: ReadonlySet<string>,
  wholeBefore: Map<number, number>,
  ownBefore: Map<number, number>,
): void {
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
}

/**
 * Widens the drift of each old sentence (`old` of them) and each old article by how far its weights may have moved
 * (`w`, `o`: the bounds of the ratios of its terms' new to old IDF; `moved`: whether sentences were added).
 */
function widenDrifts(
  state: LexicalState,
  w: ReturnType<typeof ratios>,
  o: ReturnType<typeof ratios>,
  old: number,
  articlesBefore: number,
  moved: boolean,
): void {
  // The greatest step of each old article's sentences (1 when none moved). Typed: a filled `Array` changes its kind
  // when a step is not whole, and the code made for the one kind was thrown away ("wrong map") at the next call.
  const steps = new Float64Array(articlesBefore).fill(1);
  if (moved)
    for (let u = 0; u < old; u++) {
      const step = Math.max(
        (w.hi[u] as number) / (w.lo[u] as number),
        (o.hi[u] as number) / (o.lo[u] as number),
      );
      state.drift[u] = (state.drift[u] as number) * step * (1 + SLACK);
      const a = state.articleOf[u] as number;
      if (step > (steps[a] ?? 1)) steps[a] = step;
    }
  for (let a = 0; a < steps.length; a++)
    state.articleDrift[a] = (state.articleDrift[a] as number) * (steps[a] as number) * (1 + SLACK);
}

/**
 * The interval pair `p`'s similarity lies in under the state's present weights: its kept interval widened by how
 * far its ends' weights moved since it was made current (and kept so).
 */
export function current(state: LexicalState, p: number): [number, number] {
  refresh(state, p);
  return [state.low[p] as number, state.high[p] as number];
}

/** Makes pair `p`'s kept interval current (see `current`) in place. */
function refresh(state: LexicalState, p: number): void {
  const { low, high, stamp } = state;
  const now =
    (state.drift[state.pairA[p] as number] as number) * (state.drift[state.pairB[p] as number] as number);
  const then = stamp[p] as number;
  if (now !== then) {
    const factor = (now / then) * (1 + SLACK);
    low[p] = (low[p] as number) / factor;
    high[p] = (high[p] as number) * factor;
    stamp[p] = now;
  }
}

/** The end of pair `p` that is not sentence `i` (a function, not a closure per sentence: no object per call). */
function otherEnd(pairA: readonly number[], pairB: readonly number[], p: number, i: number): number {
  return pairA[p] === i ? (pairB[p] as number) : (pairA[p] as number);
}

/**
 * Decides sentence `i` against the other article of its pairs `pairs[from..to)`: the most similar of them reaching
 * `supportSimilarity` (ties: the earlier sentence), or none, and the margin by which that decision holds (see
 * `LexicalState.decisions`). A pair whose interval leaves the decision open gets its exact similarity first.
 */
function decide(
  state: LexicalState,
  i: number,
  pairs: readonly number[],
  from: number,
  to: number,
  sim: Similarity,
  out: Decided,
): void {
  const threshold = state.options.supportSimilarity;
  const { pairA, pairB, low, high } = state;
  let floor = threshold;
  for (let k = from; k < to; k++) {
    const p = pairs[k] as number;
    refresh(state, p);
    const l = low[p] as number;
    if (l > floor) floor = l;
  }
  let open = 0;
  for (let k = from; k < to; k++) if ((high[pairs[k] as number] as number) >= floor) open++;
  // The choice so far (none while `chosen` is -1): the other sentence and the similarity.
  let unit = -1;
  let best = 0;
  let chosen = -1;
  for (let k = from; k < to; k++) {
    const p = pairs[k] as number;
    if ((high[p] as number) < floor) continue;
    // One contender sure to reach the threshold needs no exact similarity to win.
    let s = low[p] as number;
    if (!(open === 1 && s >= threshold) && s !== high[p]) {
      s = sim.of(pairA[p] as number, pairB[p] as number);
      state.work.exact++;
      low[p] = s;
      high[p] = s;
    }
    if (s < threshold) continue;
    const other = otherEnd(pairA, pairB, p, i);
    if (chosen < 0 || s > best || (s === best && other < unit)) {
      unit = other;
      best = s;
      chosen = p;
    }
  }
  // The margin: the chosen pair's lower bound over every rival's upper bound and the threshold (a later sentence
  // of the chosen one's terms is no rival: it ties, and loses the tie, under any weights).
  let rival = chosen < 0 ? 0 : threshold;
  const shape = chosen < 0 ? -1 : (state.shape[unit] as number);
  for (let k = from; k < to; k++) {
    const p = pairs[k] as number;
    if (p === chosen || state.shape[otherEnd(pairA, pairB, p, i)] === shape) continue;
    if ((high[p] as number) > rival) rival = high[p] as number;
  }
  out.unit = unit;
  out.margin =
    chosen < 0
      ? rival > 0
        ? threshold / rival
        : Infinity
      : best >= threshold && (low[chosen] as number) > rival
        ? (low[chosen] as number) / rival
        : 0;
}

/** What `decide` found: the sentence chosen (-1: none) and the margin of the decision. */
interface Decided {
  unit: number;
  margin: number;
}

/** The stride of `LexicalState.decisions`. */
export const DECISION = 6;

/** Relative room for the rounding of `untouched`'s products: far above it, far below any margin that decides. */
const ROUNDING = 1e-6;

/**
 * Whether none of a sentence's decisions can be made again: a decision is when its margin no longer exceeds the
 * square of how far its sentence's and its article's weights moved since it was made (`bestMatches`), and the
 * article's drift is at most the greatest of any article (`greatest`), so while the sentence's drift times that,
 * squared, stays below the least margin times its drifts squared (`guard`), every margin holds — with room for
 * rounding, so that the test decision by decision would keep each of them too.
 */
function untouched(state: LexicalState, i: number, greatest: number): boolean {
  const moved = (state.drift[i] as number) * greatest;
  return moved * moved * (1 + SLACK) * (1 + ROUNDING) < (state.guard[i] as number) * (1 - ROUNDING);
}

/** What a decision adds to its sentence's `guard`: its margin times the square of the drifts it was made at. */
function guardOf(margin: number, drift: number, articleDrift: number): number {
  const made = drift * articleDrift;
  return margin * made * made;
}

/**
 * Per sentence, the best sentence of each other article (similarity at least `supportSimilarity`; ties: the earlier
 * sentence), kept in the state's `decisions` and changed in place: a decision is made again only when the weights
 * may have moved enough since it was made to change it (its margin against how far its sentence's and the other
 * article's weights may have moved), or when its pairs are new (an added article).
 */
export function bestMatches(state: LexicalState): void {
  const { pairA, pairB, articleOf } = state;
  const sim = new Similarity(state);
  const n = articleOf.length;
  const { work } = state;
  // One record of what each decision found (no object per decision).
  const decided: Decided = { unit: -1, margin: 0 };
  work.kept = 0;
  work.decided = 0;
  work.exact = 0;
  let greatest = 1;
  for (let a = 0; a < state.articleDrift.length; a++)
    greatest = Math.max(greatest, state.articleDrift[a] as number);
  for (let i = 0; i < n; i++) {
    const pairs = state.pairsOf[i] as number[];
    const decisions = state.decisions[i] as number[];
    const drift = state.drift[i] as number;
    let changed = false;
    let from = 0;
    // The decisions made before: kept while their margin holds (all of them, unread, while the guard holds).
    if (decisions.length > 0 && untouched(state, i, greatest)) {
      work.kept += decisions.length / DECISION;
      from = decisions[decisions.length - DECISION + 1] as number;
    } else {
      let guard = Infinity;
      for (let d = 0; d < decisions.length; d += DECISION) {
        const article = decisions[d] as number;
        const to = decisions[d + 1] as number;
        const moved =
          (drift / (decisions[d + 3] as number)) *
          ((state.articleDrift[article] as number) / (decisions[d + 4] as number));
        if ((decisions[d + 2] as number) <= moved * moved * (1 + SLACK)) {
          decide(state, i, pairs, from, to, sim, decided);
          const { unit, margin } = decided;
          if (unit !== decisions[d + 5]) changed = true;
          decisions[d + 2] = margin;
          decisions[d + 3] = drift;
          decisions[d + 4] = state.articleDrift[article] as number;
          decisions[d + 5] = unit;
          work.decided++;
        } else work.kept++;
        guard = Math.min(
          guard,
          guardOf(decisions[d + 2] as number, decisions[d + 3] as number, decisions[d + 4] as number),
        );
        from = to;
      }
      state.guard[i] = guard;
    }
    // New pairs (of articles added since): the pairs of one other article stand together.
    while (from < pairs.length) {
      const article = articleOf[otherEnd(pairA, pairB, pairs[from] as number, i)] as number;
      let to = from;
      while (to < pairs.length && articleOf[otherEnd(pairA, pairB, pairs[to] as number, i)] === article) to++;
      decide(state, i, pairs, from, to, sim, decided);
      if (decided.unit >= 0) changed = true;
      const articleDrift = state.articleDrift[article] as number;
      decisions.push(article, to, decided.margin, drift, articleDrift, decided.unit);
      state.guard[i] = Math.min(state.guard[i] as number, guardOf(decided.margin, drift, articleDrift));
      work.decided++;
      from = to;
    }
    if (changed) state.version[i] = (state.version[i] as number) + 1;
  }
}
