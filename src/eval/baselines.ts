/**
 * Extractive baselines for multi-document summarisation. Every function takes the documents of one cluster
 * and a word budget, and returns a summary of at most `words` whitespace-separated words, one sentence per
 * line (so ROUGE-Lsum sees the sentences). Pure and deterministic (`random` uses a fixed seed).
 *
 * - `lead`: the documents joined with single spaces in their given order, cut at N words.
 * - `first3`: the first three sentences of each document, concatenated (Multi-News' First-3), cut at N words.
 * - `textrank`: Mihalcea & Tarau (2004): sentences are nodes, similarity = shared words / (log|s1| + log|s2|),
 *   weighted PageRank with d = 0.85; best-ranked sentences until the budget, shown in document order.
 * - `lexrank`: Erkan & Radev (2004): idf-modified cosine, edges where it exceeds 0.1, degree-normalised, power
 *   iteration with d = 0.85; same selection.
 * - `random`: sentences in random order (mulberry32, fixed seed) until the budget.
 * - `oracle`: greedy — repeatedly adds the sentence that most increases ROUGE-1 F1 + ROUGE-2 F1 against the
 *   reference; stops when nothing improves it or the budget is reached. Shown in document order.
 */
import { fmeasure, tokenizer, type RougeOptions } from './rouge.js';
import { breakSentences, splitSentences } from './sentences.js';

export interface BaselineOptions {
  /** Language of the documents (sentence rules and tokens); default `en`. */
  readonly language?: string;
  /** Sentence splitter; default `splitSentences` of `./sentences.ts`. */
  readonly split?: (text: string, language: string) => string[];
}

/** A candidate sentence with its place in the cluster. */
export interface ClusterSentence {
  readonly doc: number;
  /** Position within its document (0 = first). */
  readonly index: number;
  readonly text: string;
  readonly words: number;
}

export function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

/**
 * Keeps the first `words` whitespace-separated words of `text`. Line breaks between kept words survive (as
 * single newlines); every other run of whitespace becomes one space.
 */
export function truncateWords(text: string, words: number): string {
  const lines: string[] = [];
  let left = Math.max(0, Math.floor(words));
  for (const line of text.split('\n')) {
    if (left === 0) break;
    const tokens = line.trim() === '' ? [] : line.trim().split(/\s+/);
    if (tokens.length === 0) continue;
    const kept = tokens.slice(0, left);
    left -= kept.length;
    lines.push(kept.join(' '));
  }
  return lines.join('\n');
}

export function clusterSentences(
  documents: readonly string[],
  options: BaselineOptions = {},
): ClusterSentence[] {
  const language = options.language ?? 'en';
  const split = options.split ?? splitSentences;
  return documents.flatMap((text, doc) =>
    split(text, language).map((s, index) => ({ doc, index, text: s, words: wordCount(s) })),
  );
}

function inDocumentOrder(chosen: readonly ClusterSentence[]): ClusterSentence[] {
  return [...chosen].sort((a, b) => a.doc - b.doc || a.index - b.index);
}

/** Takes sentences in the given order until the budget is met, then restores document order if asked. */
function fill(ordered: readonly ClusterSentence[], words: number, documentOrder: boolean): string {
  const chosen: ClusterSentence[] = [];
  let total = 0;
  for (const s of ordered) {
    if (total >= words) break;
    if (s.words === 0) continue;
    chosen.push(s);
    total += s.words;
  }
  const shown = documentOrder ? inDocumentOrder(chosen) : chosen;
  return truncateWords(shown.map((s) => s.text).join('\n'), words);
}

/**
 * The documents joined with single spaces, cut at `words` words; then put one sentence per line (the words,
 * and so ROUGE-1/2/L, are unchanged; ROUGE-Lsum sees sentences like for every other system).
 */
export function lead(documents: readonly string[], words: number, options: BaselineOptions = {}): string {
  const cut = truncateWords(documents.join(' ').replace(/\s+/g, ' '), words);
  return breakSentences(cut, options.language ?? 'en');
}

export function first3(documents: readonly string[], words: number, options: BaselineOptions = {}): string {
  const sentences = clusterSentences(documents, options).filter((s) => s.index < 3);
  return truncateWords(sentences.map((s) => s.text).join('\n'), words);
}

function languageTokenizer(language: string): (text: string) => string[] {
  const rouge: RougeOptions = language === 'en' ? { mode: 'en' } : { mode: 'multilingual', language };
  return tokenizer(rouge);
}

/**
 * Weighted PageRank by power iteration. `weights[i][j]` is the weight of the edge i → j; rows are normalised
 * by their sum; a node without out-edges spreads its rank evenly. Stops when the L1 change < `tolerance`.
 */
export function pageRank(
  weights: readonly Float64Array[],
  damping = 0.85,
  tolerance = 1e-8,
  maxIterations = 200,
): number[] {
  const n = weights.length;
  if (n === 0) return [];
  const outSum = weights.map((row) => row.reduce((a, b) => a + b, 0));
  let rank = new Array<number>(n).fill(1 / n);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let dangling = 0;
    for (let i = 0; i < n; i++) if (outSum[i] === 0) dangling += rank[i]!;
    const next = new Array<number>(n).fill((1 - damping) / n + (damping * dangling) / n);
    for (let i = 0; i < n; i++) {
      const sum = outSum[i]!;
      if (sum === 0) continue;
      const row = weights[i]!;
      const share = (damping * rank[i]!) / sum;
      for (let j = 0; j < n; j++) {
        const w = row[j]!;
        if (w !== 0) next[j]! += share * w;
      }
    }
    let change = 0;
    for (let i = 0; i < n; i++) change += Math.abs(next[i]! - rank[i]!);
    rank = next;
    if (change < tolerance) break;
  }
  return rank;
}

/** Ranks sentences by score (ties: earlier first), fills the budget, shows them in document order. */
function byScore(sentences: readonly ClusterSentence[], scores: readonly number[], words: number): string {
  const order = sentences
    .map((s, i) => ({ s, score: scores[i] ?? 0, i }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map((x) => x.s);
  return fill(order, words, true);
}

/** TextRank similarity: shared word types / (log |s1| + log |s2|), 0 when the denominator is 0. */
export function textRankSimilarity(a: readonly string[], b: readonly string[]): number {
  const denominator = Math.log(a.length) + Math.log(b.length);
  if (a.length === 0 || b.length === 0 || denominator <= 0) return 0;
  const setB = new Set(b);
  let shared = 0;
  for (const w of new Set(a)) if (setB.has(w)) shared++;
  return shared / denominator;
}

export function textrank(documents: readonly string[], words: number, options: BaselineOptions = {}): string {
  const sentences = clusterSentences(documents, options);
  const tokenize = languageTokenizer(options.language ?? 'en');
  const tokens = sentences.map((s) => tokenize(s.text));
  const n = sentences.length;
  const weights = tokens.map(() => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const w = textRankSimilarity(tokens[i]!, tokens[j]!);
      weights[i]![j] = w;
      weights[j]![i] = w;
    }
  }
  return byScore(sentences, pageRank(weights), words);
}

/** idf-modified cosine (Erkan & Radev 2004) between two token lists; `idf` over the cluster's sentences. */
export function idfCosine(
  a: readonly string[],
  b: readonly string[],
  idf: ReadonlyMap<string, number>,
): number {
  const tf = (tokens: readonly string[]): Map<string, number> => {
    const m = new Map<string, number>();
    for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
    return m;
  };
  const ta = tf(a);
  const tb = tf(b);
  let dot = 0;
  for (const [w, ca] of ta) {
    const cb = tb.get(w);
    if (cb !== undefined) dot += ca * cb * (idf.get(w) ?? 0) ** 2;
  }
  const norm = (t: Map<string, number>): number => {
    let s = 0;
    for (const [w, c] of t) s += (c * (idf.get(w) ?? 0)) ** 2;
    return Math.sqrt(s);
  };
  const denominator = norm(ta) * norm(tb);
  return denominator === 0 ? 0 : dot / denominator;
}

export function lexrank(
  documents: readonly string[],
  words: number,
  options: BaselineOptions & { readonly threshold?: number } = {},
): string {
  const sentences = clusterSentences(documents, options);
  const tokenize = languageTokenizer(options.language ?? 'en');
  const tokens = sentences.map((s) => tokenize(s.text));
  const n = sentences.length;
  const df = new Map<string, number>();
  for (const t of tokens) for (const w of new Set(t)) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [w, d] of df) idf.set(w, Math.log(n / d));
  const threshold = options.threshold ?? 0.1;
  const weights = tokens.map(() => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (idfCosine(tokens[i]!, tokens[j]!, idf) > threshold) {
        weights[i]![j] = 1;
        weights[j]![i] = 1;
      }
    }
  }
  return byScore(sentences, pageRank(weights), words);
}

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const RANDOM_SEED = 20190425;

export function random(
  documents: readonly string[],
  words: number,
  options: BaselineOptions & { readonly seed?: number } = {},
): string {
  const shuffled = clusterSentences(documents, options);
  const next = mulberry32(options.seed ?? RANDOM_SEED);
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  return fill(shuffled, words, false);
}

function counts(tokens: readonly string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = n === 1 ? tokens[i]! : tokens.slice(i, i + n).join(' ');
    m.set(key, (m.get(key) ?? 0) + 1);
  }
  return m;
}

/** Running clipped overlap of a growing selection with a fixed reference. */
class Overlap {
  hits = 0;
  size = 0;
  private readonly current = new Map<string, number>();

  constructor(private readonly reference: ReadonlyMap<string, number>) {}

  /** Hits gained if `add` were added. */
  gain(add: ReadonlyMap<string, number>): number {
    let gained = 0;
    for (const [key, c] of add) {
      const ref = this.reference.get(key);
      if (ref === undefined) continue;
      const have = this.current.get(key) ?? 0;
      gained += Math.min(ref, have + c) - Math.min(ref, have);
    }
    return gained;
  }

  add(add: ReadonlyMap<string, number>, size: number): void {
    this.hits += this.gain(add);
    this.size += size;
    for (const [key, c] of add) this.current.set(key, (this.current.get(key) ?? 0) + c);
  }
}

export function oracle(
  documents: readonly string[],
  words: number,
  reference: string,
  options: BaselineOptions = {},
): string {
  const sentences = clusterSentences(documents, options).filter((s) => s.words > 0);
  const tokenize = languageTokenizer(options.language ?? 'en');
  const refTokens = tokenize(reference);
  const ref1 = counts(refTokens, 1);
  const ref2 = counts(refTokens, 2);
  const refSize1 = Math.max(refTokens.length, 1);
  const refSize2 = Math.max(refTokens.length - 1, 1);
  const grams = sentences.map((s) => {
    const t = tokenize(s.text);
    return { one: counts(t, 1), two: counts(t, 2), size1: t.length, size2: Math.max(t.length - 1, 0) };
  });
  const o1 = new Overlap(ref1);
  const o2 = new Overlap(ref2);
  const objective = (h1: number, s1: number, h2: number, s2: number): number =>
    fmeasure(h1 / Math.max(s1, 1), h1 / refSize1) + fmeasure(h2 / Math.max(s2, 1), h2 / refSize2);
  const chosen: ClusterSentence[] = [];
  const used = new Set<number>();
  let best = 0;
  let total = 0;
  while (total < words) {
    let pick = -1;
    let pickValue = best;
    for (let i = 0; i < sentences.length; i++) {
      if (used.has(i)) continue;
      const g = grams[i]!;
      const value = objective(
        o1.hits + o1.gain(g.one),
        o1.size + g.size1,
        o2.hits + o2.gain(g.two),
        o2.size + g.size2,
      );
      if (value > pickValue) {
        pick = i;
        pickValue = value;
      }
    }
    if (pick < 0) break;
    const g = grams[pick]!;
    o1.add(g.one, g.size1);
    o2.add(g.two, g.size2);
    used.add(pick);
    best = pickValue;
    chosen.push(sentences[pick]!);
    total += sentences[pick]!.words;
  }
  return truncateWords(
    inDocumentOrder(chosen)
      .map((s) => s.text)
      .join('\n'),
    words,
  );
}
