import { articleTerms, type EvidenceLink, type NormalisedCompareOptions } from '../compare/index.js';
import type { AnalysedArticle, Carrier, Corroboration, Sentence, Span } from '../core/types.js';
import { keptPer, objects } from '../core/kept.js';
import { bestMatches, continueLexical, DECISION, lexicalState, type LexicalState } from './lexical.js';

export { MAX_POSTING } from './lexical.js';

export type CorroborationOptions = Pick<NormalisedCompareOptions, 'supportSimilarity' | 'supportTerms'>;

/**
 * In how many of the articles each content term occurs (each article's distinct terms: `articleTerms`). With a
 * `memo` whose counts were made for the first of these articles, those counts are extended by the others (the same
 * counts); otherwise they are made from scratch (and kept in the memo). The counts given back are the memo's: read
 * them before the next call with the same memo.
 */
export function storyTermCounts(
  articles: readonly AnalysedArticle[],
  memo?: LexicalMemo,
): ReadonlyMap<string, number> {
  const kept = memo?.counts;
  let from = 0;
  let df: Map<string, number>;
  if (
    kept !== undefined &&
    kept.articles.length <= articles.length &&
    kept.articles.every((a, i) => a === articles[i])
  ) {
    df = kept.df;
    from = kept.articles.length;
  } else df = new Map();
  for (let i = from; i < articles.length; i++)
    for (const t of articleTerms(articles[i] as AnalysedArticle)) df.set(t, (df.get(t) ?? 0) + 1);
  if (memo !== undefined) memo.counts = { articles: [...articles], df };
  return df;
}

/** The story's own terms (see `storyTerms`) from its term counts (`storyTermCounts`) over `articles` articles. */
export function commonTerms(counts: ReadonlyMap<string, number>, articles: number): Set<string> {
  if (articles < 3) return new Set();
  const common = new Set<string>();
  for (const [t, n] of counts) if (n >= 0.8 * articles) common.add(t);
  return common;
}

/**
 * Terms found in at least 80% of the articles (when there are at least three): the names and the topic every
 * outlet uses. Two sentences that share only those do not report the same thing.
 */
export function storyTerms(articles: readonly AnalysedArticle[], memo?: LexicalMemo): Set<string> {
  if (articles.length < 3) return new Set();
  return commonTerms(storyTermCounts(articles, memo), articles.length);
}

/** Each sentence's carriers by the wording, as read from a lexical state at a version of the sentence's choices. */
interface WordingCarriers {
  readonly state: LexicalState;
  readonly version: number[];
  readonly lists: (readonly Carrier[])[];
}

/**
 * The carrier of each sentence of the story (by its index over all the story's sentences), made once and shared by
 * every list that holds it: a carrier is only its article's and sentence's numbers, and a story of 200 articles
 * holds half a million of them. Kept between briefs of a growing story (where a sentence keeps its numbers); one
 * whose numbers changed is made again.
 */
type CarrierTable = (Carrier | undefined)[];

function carrierOf(table: CarrierTable, unit: number, article: number, firstOf: readonly number[]): Carrier {
  const sentence = unit - (firstOf[article] as number);
  const kept = table[unit];
  if (kept !== undefined && kept.article === article && kept.sentence === sentence) return kept;
  const made = { article, sentence };
  table[unit] = made;
  return made;
}

/**
 * The lexical pass's state kept between briefs of a growing story (see `LexicalState`), its articles' terms, and
 * each sentence's carriers by the wording (the same list object while the sentence's choices stay).
 */
export interface LexicalMemo {
  state?: LexicalState | undefined;
  /** The story's term counts (see `storyTermCounts`) and the articles they count. */
  counts?: { readonly articles: readonly AnalysedArticle[]; readonly df: Map<string, number> } | undefined;
  wording?: WordingCarriers | undefined;
  /** The carriers of the story's sentences (see `CarrierTable`). */
  carriers?: CarrierTable | undefined;
  /**
   * The carrier lists of the last corroboration that evidence links extended, by sentence (index over all the
   * story's sentences): the same list object again while the wording's list and the links' carriers stay.
   */
  linked?: ReadonlyMap<number, LinkedCarriers> | undefined;
}

/**
 * An empty `LexicalMemo` with every field there from the start (undefined until filled): the memo object keeps one
 * shape, so the code that reads it in a brief's first pass (filling it) and in later ones (reading it) is not
 * optimised for two shapes and thrown away when it meets the other (session 23).
 */
export function lexicalMemo(): LexicalMemo {
  return { state: undefined, counts: undefined, wording: undefined, carriers: undefined, linked: undefined };
}

/**
 * The lexical pass (see src/brief/lexical.ts): per sentence, the best sentence of each other article. With a
 * `memo` whose state was made for the first of these articles, that state is continued with the others (the
 * same result); otherwise it is made from scratch (and kept in the memo).
 */
function lexicalMatches(
  articles: readonly AnalysedArticle[],
  options: CorroborationOptions,
  memo: LexicalMemo | undefined,
  common: ReadonlySet<string>,
): LexicalState {
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
  carriers: CarrierTable,
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
    // Pushed into a list made for objects: a list made at its size (`new Array(n)`) is of another kind (with gaps
    // allowed) than the linked carriers' lists (`sentenceCarriers`), and the code that reads both was made again
    // whenever it met the kind it had not seen (session 24).
    const list = objects<Carrier>();
    for (let d = 0; d < decisions.length; d += DECISION) {
      const unit = decisions[d + 5] as number;
      if (unit < 0) continue;
      list.push(carrierOf(carriers, unit, state.articleOf[unit] as number, firstOf));
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

/** Whether an article's sentences stand in order: their starts and their ends never decrease (kept per list). */
const ordered: (sentences: readonly Sentence[]) => boolean = keptPer((sentences) => {
  for (let k = 1; k < sentences.length; k++) {
    const [x, y] = [sentences[k - 1] as Sentence, sentences[k] as Sentence];
    if (y.start < x.start || y.end < x.end) return false;
  }
  return true;
});

/**
 * The first of an article's sentences that contains a span, or -1. In sentences that stand in order the first
 * whose end reaches the span's end is the only one that may (found by halving); otherwise each is tried.
 */
export function sentenceAt(sentences: readonly Sentence[], span: Span): number {
  return sentenceAtIn(sentences, span, ordered(sentences));
}

/** `sentenceAt` with whether the sentences stand in order already known (`inOrder`). */
function sentenceAtIn(sentences: readonly Sentence[], span: Span, inOrder: boolean): number {
  if (!inOrder) return sentences.findIndex((x) => x.start <= span.start && span.end <= x.end);
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid] as Sentence).end < span.end) lo = mid + 1;
    else hi = mid;
  }
  const found = sentences[lo];
  return found !== undefined && found.start <= span.start ? lo : -1;
}

/**
 * The sentence of the story (index over all its sentences) that contains a span, or -1; `inOrder[a]` keeps whether
 * article a's sentences stand in order (found on first need).
 */
function unitAt(
  articles: readonly AnalysedArticle[],
  firstOf: readonly number[],
  indexOf: ReadonlyMap<string, number>,
  inOrder: (boolean | undefined)[],
  span: Span,
): number {
  const a = indexOf.get(span.article);
  if (a === undefined) return -1;
  const article = articles[a] as AnalysedArticle;
  let s: number;
  const kept = sentenceOfSpan.get(span);
  if (kept !== undefined && kept.article === article) s = kept.sentence;
  else {
    const { sentences } = article;
    let sorted = inOrder[a];
    if (sorted === undefined) inOrder[a] = sorted = ordered(sentences);
    s = sentenceAtIn(sentences, span, sorted);
    sentenceOfSpan.set(span, { article, sentence: s });
  }
  return s < 0 ? -1 : (firstOf[a] as number) + s;
}

/**
 * The sentence a link's end lies in (-1: none), kept per end and the article it was found in: a growing story's
 * evidence gives the same ends again (its figures and dated mentions are kept per article).
 */
const sentenceOfSpan = new WeakMap<Span, { readonly article: AnalysedArticle; readonly sentence: number }>();

/**
 * The carriers evidence links add to each sentence (`from[k]` gets the sentence `to[k]`): one per article its
 * wording's carriers lack, the first link's to it, in the order they come. The ends are grouped by sentence with
 * the order kept (a counting sort), so each sentence's articles are stamped once, not searched per link.
 */
function linkCarriers(
  from: Int32Array,
  to: Int32Array,
  wording: readonly (readonly Carrier[])[],
  articleOf: readonly number[],
  articles: number,
  carriers: CarrierTable,
  firstOf: readonly number[],
): Map<number, Carrier[]> {
  const added = new Map<number, Carrier[]>();
  if (from.length === 0) return added;
  const starts = new Int32Array(wording.length + 1);
  for (const u of from) starts[u + 1] = (starts[u + 1] as number) + 1;
  for (let u = 0; u < wording.length; u++) starts[u + 1] = (starts[u + 1] as number) + (starts[u] as number);
  const order = new Int32Array(from.length);
  const next = starts.slice(0, wording.length);
  for (let k = 0; k < from.length; k++) {
    const u = from[k] as number;
    order[next[u] as number] = k;
    next[u] = (next[u] as number) + 1;
  }
  const stamp = new Int32Array(articles).fill(-1);
  for (let e = 0; e < order.length;) {
    const u = from[order[e] as number] as number;
    const end = starts[u + 1] as number;
    const own = wording[u] as readonly Carrier[];
    for (let k = 0; k < own.length; k++) stamp[(own[k] as Carrier).article] = u;
    let extra: Carrier[] | undefined;
    for (; e < end; e++) {
      const v = to[order[e] as number] as number;
      const article = articleOf[v] as number;
      if (stamp[article] === u) continue;
      stamp[article] = u;
      (extra ??= []).push(carrierOf(carriers, v, article, firstOf));
    }
    if (extra !== undefined) added.set(u, extra);
  }
  return added;
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
  common: ReadonlySet<string> = storyTerms(articles, memo),
): Corroboration {
  const articleOf: number[] = [];
  const firstOf: number[] = [];
  for (let article = 0; article < articles.length; article++) {
    firstOf.push(articleOf.length);
    const n = (articles[article] as AnalysedArticle).sentences.length;
    for (let sentence = 0; sentence < n; sentence++) articleOf.push(article);
  }
  const state = lexicalMatches(articles, options, memo, common);
  const carriers: CarrierTable = memo?.carriers ?? [];
  if (memo !== undefined) memo.carriers = carriers;
  const wording = wordingCarriers(state, firstOf, carriers, memo);
  const indexOf = new Map<string, number>();
  for (let i = 0; i < articles.length; i++) {
    const id = (articles[i] as AnalysedArticle).id;
    if (!indexOf.has(id)) indexOf.set(id, i);
  }
  // Links add a carrier of an article the wording did not pair the sentence with (the first link to it). Each link
  // gives both its ends a carrier: the ends are taken by sentence (in the links' order within each), and a
  // sentence's articles are stamped once (those its wording has, then those a link added).
  // Both ends of each link (at most two entries per link), typed: no array grown by pushes.
  const from = new Int32Array(2 * links.length);
  const to = new Int32Array(2 * links.length);
  let ends = 0;
  const inOrder: (boolean | undefined)[] = new Array<boolean | undefined>(articles.length);
  for (let k = 0; k < links.length; k++) {
    // Indexed, not destructured: a story of 200 articles has tens of thousands of links.
    const link = links[k] as EvidenceLink;
    const i = unitAt(articles, firstOf, indexOf, inOrder, link[0]);
    const j = unitAt(articles, firstOf, indexOf, inOrder, link[1]);
    if (i < 0 || j < 0 || articleOf[i] === articleOf[j]) continue;
    from[ends] = i;
    to[ends++] = j;
    from[ends] = j;
    to[ends++] = i;
  }
  const added = linkCarriers(
    from.subarray(0, ends),
    to.subarray(0, ends),
    wording,
    articleOf,
    articles.length,
    carriers,
    firstOf,
  );
  const keptLinked = memo?.linked;
  const linked = new Map<number, LinkedCarriers>();
  if (memo !== undefined) memo.linked = linked;
  // Pushed lists, not `map`s (see `mapped`), made by module-level code (a closure made per call loses its optimised
  // code at every major collection: the first update after a full brief compiled it again; session 23).
  const out: (readonly Carrier[])[][] = [];
  for (let article = 0; article < articles.length; article++) {
    const first = firstOf[article] as number;
    const n = (articles[article] as AnalysedArticle).sentences.length;
    const row: (readonly Carrier[])[] = [];
    for (let u = first; u < first + n; u++) row.push(sentenceCarriers(u, wording, added, keptLinked, linked));
    out.push(row);
  }
  return out;
}

/** The carriers of sentence `u`: its wording's, and those its links added (in article order; kept when the same). */
function sentenceCarriers(
  u: number,
  wording: readonly (readonly Carrier[])[],
  added: ReadonlyMap<number, readonly Carrier[]>,
  keptLinked: ReadonlyMap<number, LinkedCarriers> | undefined,
  linked: Map<number, LinkedCarriers>,
): readonly Carrier[] {
  const base = wording[u] as readonly Carrier[];
  const extra = added.get(u);
  if (extra === undefined) return base;
  const kept = keptLinked?.get(u);
  const list =
    kept !== undefined && kept.base === base && sameCarriers(kept.extra, extra)
      ? kept.list
      : [...base, ...extra].sort(byArticle);
  linked.set(u, { base, extra, list });
  return list;
}

const byArticle = (p: Carrier, q: Carrier): number => p.article - q.article;
