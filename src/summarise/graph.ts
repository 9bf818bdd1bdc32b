import type { Candidate } from './candidates.js';
import { cosine } from './vectors.js';

/** Similarities below this are no edge of the graph (they carry no content in common worth the name). */
export const MIN_EDGE = 0.05;
/**
 * A term on more than this many candidates finds no pairs: the story's own names and topic words, which every
 * sentence of a large story shares, would make every pair a candidate (work in the square of the story). A pair that
 * shares such a term and a rarer one is still found, and its similarity still counts every term. Below this many
 * candidates (an ordinary story) every pair that shares a term is compared, as an all-pairs matrix would.
 */
export const MAX_POSTING = 256;
/**
 * Edges kept per candidate: its strongest ones (an edge stays when either end keeps it, so the graph stays
 * symmetric). Only a sentence repeated across very many articles has more.
 */
export const MAX_NEIGHBOURS = 256;

/** A symmetric sparse similarity graph: the neighbours of candidate i are `targets[offsets[i]..offsets[i+1]]`, ascending. */
export interface SimilarityGraph {
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  /** Cosine similarity of each edge (≥ `MIN_EDGE`). */
  readonly sims: Float64Array;
  /** How many candidate pairs had their cosine computed (the work of the graph; counted by the tests). */
  readonly compared: number;
}

export interface GraphLimits {
  readonly maxPosting: number;
  readonly maxNeighbours: number;
}

const DEFAULT_LIMITS: GraphLimits = { maxPosting: MAX_POSTING, maxNeighbours: MAX_NEIGHBOURS };

/**
 * The edges of a graph in the order found, each once: its later end first, the later ends ascending and, for each,
 * the earlier ends ascending. And each candidate's degree.
 */
interface Edges {
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly weight: Float64Array;
  readonly count: number;
  readonly degree: Int32Array;
  readonly compared: number;
}

/**
 * The cosines of pairs of shapes (see `findEdges`) already computed: open addressing over the pair's number in typed
 * arrays (no boxed number per pair).
 */
class PairCosines {
  private keys: Float64Array;
  private values: Float64Array;
  private size = 0;

  constructor(capacity = 1 << 12) {
    this.keys = new Float64Array(capacity).fill(-1);
    this.values = new Float64Array(capacity);
  }

  private slot(key: number): number {
    const mask = this.keys.length - 1;
    // A multiplicative hash of the pair's number (an exact integer below 2^53), folded to 32 bits.
    let h =
      Math.imul(key < 0x7fffffff ? key : (key % 0x7fffffff) ^ Math.floor(key / 0x7fffffff), 0x9e3779b1) &
      mask;
    while (this.keys[h] !== -1 && this.keys[h] !== key) h = (h + 1) & mask;
    return h;
  }

  /** The cosine kept for `key`, or NaN. */
  get(key: number): number {
    const h = this.slot(key);
    return this.keys[h] === key ? (this.values[h] as number) : NaN;
  }

  set(key: number, value: number): void {
    if (2 * (this.size + 1) > this.keys.length) this.grow();
    const h = this.slot(key);
    if (this.keys[h] !== key) this.size++;
    this.keys[h] = key;
    this.values[h] = value;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Float64Array(keys.length * 2).fill(-1);
    this.values = new Float64Array(keys.length * 2);
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] as number;
      if (key === -1) continue;
      const h = this.slot(key);
      this.keys[h] = key;
      this.values[h] = values[k] as number;
    }
  }
}

/** `a` grown to `size` entries, its first `keep` kept. */
function grown<T extends Int32Array | Float64Array>(
  a: T,
  size: number,
  keep: number,
  make: (size: number) => T,
): T {
  const b = make(size);
  b.set(a.subarray(0, keep));
  return b;
}

/**
 * The graph's working arrays, kept between calls and grown when short (a call reads only the entries it wrote): a
 * graph of 3 000 candidates has about half a million edge entries, and new arrays for them in every brief (about
 * 20 MB) were fresh memory for the process to map and zero: thousands of page faults in an update, which made the
 * graph cost up to five times its usual time. The graph handed out has arrays of its own.
 */
const work = {
  from: new Int32Array(1024),
  to: new Int32Array(1024),
  weight: new Float64Array(1024),
  allTargets: new Int32Array(0),
  allSims: new Float64Array(0),
  mirror: new Int32Array(0),
  top: new Uint8Array(0),
  keepEntry: new Uint8Array(0),
};

/** The kept entry arrays, grown (not kept) when shorter than `entries`. */
function entryArrays(entries: number): typeof work {
  if (work.allTargets.length < entries) {
    const size = Math.max(entries, 2 * work.allTargets.length);
    work.allTargets = new Int32Array(size);
    work.allSims = new Float64Array(size);
    work.mirror = new Int32Array(size);
    work.top = new Uint8Array(size);
    work.keepEntry = new Uint8Array(size);
  }
  return work;
}

/** A hash of a term list (the shapes' buckets; equal lists, equal hashes). */
function termsHash(terms: Int32Array): number {
  let h = terms.length | 0;
  for (let k = 0; k < terms.length; k++) h = Math.imul(h ^ (terms[k] as number), 0x01000193);
  return h;
}

function sameTerms(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/**
 * The term ids of the candidates as small dense numbers (`local[at[i]..at[i+1])` for candidate i, in its order of
 * terms) and their count: the ids themselves when they are dense enough (a story's vectors number their terms from
 * 0), else numbered in order of first appearance.
 */
function localTerms(candidates: readonly Pick<Candidate, 'vector'>[]): {
  local: Int32Array;
  at: Int32Array;
  ids: number;
} {
  const n = candidates.length;
  const at = new Int32Array(n + 1);
  let top = -1;
  for (let i = 0; i < n; i++) {
    const { terms } = (candidates[i] as Pick<Candidate, 'vector'>).vector;
    at[i + 1] = (at[i] as number) + terms.length;
    for (let k = 0; k < terms.length; k++) if ((terms[k] as number) > top) top = terms[k] as number;
  }
  const total = at[n] as number;
  const local = new Int32Array(total);
  let low = 0;
  for (let i = 0; i < n; i++) {
    const { terms } = (candidates[i] as Pick<Candidate, 'vector'>).vector;
    for (let k = 0; k < terms.length; k++) if ((terms[k] as number) < low) low = terms[k] as number;
  }
  if (low >= 0 && top < 4 * total + 4096) {
    for (let i = 0; i < n; i++)
      local.set((candidates[i] as Pick<Candidate, 'vector'>).vector.terms, at[i] as number);
    return { local, at, ids: top + 1 };
  }
  const ids = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const { terms } = (candidates[i] as Pick<Candidate, 'vector'>).vector;
    const base = at[i] as number;
    for (let k = 0; k < terms.length; k++) {
      let id = ids.get(terms[k] as number);
      if (id === undefined) ids.set(terms[k] as number, (id = ids.size));
      local[base + k] = id;
    }
  }
  return { local, at, ids: ids.size };
}

/**
 * The edges from the inverted index (see `similarityGraph`), in growing typed arrays: no object per edge.
 * Candidates of the same terms and weights (a sentence repeated across articles) have one id, and the cosine of a
 * pair of ids is computed once (it is the same to the last bit: the cosine sums in term order, whichever end comes
 * first). Each candidate's earlier ends are taken in
 * ascending order, so that every row of the graph comes out in ascending order of neighbour (see `edgeRows`). The
 * index is one array of postings, each term's place sized by its frequency and filled as the candidates come (what
 * a list per term would hold when read).
 */
function findEdges(candidates: readonly Pick<Candidate, 'vector'>[], limits: GraphLimits): Edges {
  const n = candidates.length;
  const { local, at, ids } = localTerms(candidates);
  const df = new Int32Array(ids);
  const total = at[n] as number;
  for (let k = 0; k < total; k++) df[local[k] as number] = (df[local[k] as number] as number) + 1;
  // Each term's place in the postings (terms over `maxPosting` have none: they find no pairs).
  const place = new Int32Array(ids + 1);
  const fill = new Int32Array(ids);
  let room = 0;
  for (let t = 0; t < ids; t++) {
    place[t] = room;
    fill[t] = room;
    const d = df[t] as number;
    if (d <= limits.maxPosting) room += d;
  }
  const postings = new Int32Array(room);
  // Shapes by their terms, then by weights compared as numbers (what their written form would tell apart).
  const shapes = new Map<number, { terms: Int32Array; weights: ArrayLike<number>; id: number }[]>();
  let shapeCount = 0;
  const sameWeights = (a: ArrayLike<number>, b: ArrayLike<number>): boolean => {
    if (a.length !== b.length) return false;
    for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
    return true;
  };
  const shape = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const { terms, weights } = (candidates[i] as Pick<Candidate, 'vector'>).vector;
    const key = termsHash(terms);
    let list = shapes.get(key);
    if (list === undefined) shapes.set(key, (list = []));
    let id = -1;
    for (let s = 0; s < list.length && id < 0; s++) {
      const known = list[s] as { terms: Int32Array; weights: ArrayLike<number>; id: number };
      if (sameTerms(known.terms, terms) && sameWeights(known.weights, weights)) id = known.id;
    }
    if (id < 0) list.push({ terms, weights, id: (id = shapeCount++) });
    shape[i] = id;
  }
  // How many candidates have each shape.
  const copies = new Int32Array(shapeCount);
  for (let i = 0; i < n; i++) copies[shape[i] as number] = (copies[shape[i] as number] as number) + 1;
  const cosines = new PairCosines();
  // The earlier candidates a candidate meets, as bits (one per candidate), read out ascending and cleared.
  const met = new Int32Array((n >> 5) + 1);
  const touched = new Int32Array(n);
  let { from, to, weight } = work;
  let edges = 0;
  const degree = new Int32Array(n);
  let compared = 0;
  for (let i = 0; i < n; i++) {
    const v = (candidates[i] as Pick<Candidate, 'vector'>).vector;
    let low = i;
    let high = -1;
    // Indexed loops (no iterator per term and list: a story of 3000 candidates walks half a million entries).
    const end = at[i + 1] as number;
    for (let q = at[i] as number; q < end; q++) {
      const t = local[q] as number;
      if ((df[t] as number) > limits.maxPosting) continue;
      const last = fill[t] as number;
      for (let m = place[t] as number; m < last; m++) {
        const j = postings[m] as number;
        met[j >> 5] = (met[j >> 5] as number) | (1 << (j & 31));
        if (j < low) low = j;
        if (j > high) high = j;
      }
      postings[last] = i;
      fill[t] = last + 1;
    }
    // Each word's bits lowest first: the candidates met in ascending order, each once.
    let found = 0;
    for (let w = low >> 5; w <= high >> 5; w++) {
      let word = met[w] as number;
      if (word === 0) continue;
      met[w] = 0;
      while (word !== 0) {
        const bit = word & -word;
        touched[found++] = (w << 5) + 31 - Math.clz32(bit);
        word ^= bit;
      }
    }
    compared += found;
    const si = shape[i] as number;
    const single = (copies[si] as number) === 1;
    for (let k = 0; k < found; k++) {
      const j = touched[k] as number;
      const sj = shape[j] as number;
      // A pair of shapes that are each one candidate's meets once: its cosine is not kept.
      let s: number;
      if (single && (copies[sj] as number) === 1)
        s = cosine((candidates[j] as Pick<Candidate, 'vector'>).vector, v);
      else {
        const key = si < sj ? si * shapeCount + sj : sj * shapeCount + si;
        s = cosines.get(key);
        if (Number.isNaN(s)) {
          s = cosine((candidates[j] as Pick<Candidate, 'vector'>).vector, v);
          cosines.set(key, s);
        }
      }
      if (s < MIN_EDGE) continue;
      if (edges === from.length) {
        work.from = from = grown(from, edges * 2, edges, (size) => new Int32Array(size));
        work.to = to = grown(to, edges * 2, edges, (size) => new Int32Array(size));
        work.weight = weight = grown(weight, edges * 2, edges, (size) => new Float64Array(size));
      }
      from[edges] = i;
      to[edges] = j;
      weight[edges] = s;
      edges++;
      degree[i] = (degree[i] as number) + 1;
      degree[j] = (degree[j] as number) + 1;
    }
  }
  return { from, to, weight, count: edges, degree, compared };
}

/**
 * Every edge in both rows (`start[i]..start[i+1]`), each row in ascending order of neighbour, and where each entry's
 * edge stands in the row of its other end (`mirror`). The edges come as `findEdges` gives them, so a row is its
 * earlier neighbours (the edges it is the later end of, ascending) and then its later ones (in the order the edges
 * come, ascending): placed in that order, the rows need no sorting.
 */
function edgeRows(
  n: number,
  { from, to, weight, count: edges, degree }: Edges,
): { start: Int32Array; allTargets: Int32Array; allSims: Float64Array; mirror: Int32Array } {
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = (start[i] as number) + (degree[i] as number);
  const { allTargets, allSims, mirror } = entryArrays(start[n] as number);
  const fill = start.slice(0, n);
  for (let e = 0; e < edges; e++) {
    const i = from[e] as number;
    const j = to[e] as number;
    const s = weight[e] as number;
    const at = fill[i] as number;
    const back = fill[j] as number;
    allTargets[at] = j;
    allSims[at] = s;
    mirror[at] = back;
    fill[i] = at + 1;
    allTargets[back] = i;
    allSims[back] = s;
    mirror[back] = at;
    fill[j] = back + 1;
  }
  return { start, allTargets, allSims, mirror };
}

/**
 * The value at index `k` of `values[from..to)` sorted ascending (what a typed sort puts there), by selection in a
 * scratch copy of at least the row's length (work in the row, not in the row times its logarithm); a row holding NaN
 * is sorted.
 */
function kthSmallest(
  values: Float64Array,
  from: number,
  to: number,
  k: number,
  scratch: Float64Array,
): number {
  const m = to - from;
  const row = scratch.subarray(0, m);
  row.set(values.subarray(from, to));
  for (let i = 0; i < m; i++) if (Number.isNaN(row[i])) return row.sort()[k] as number;
  let lo = 0;
  let hi = m - 1;
  while (lo < hi) {
    // Hoare partition around the middle value: [lo..j] ≤ pivot ≤ [j+1..hi].
    const pivot = row[(lo + hi) >> 1] as number;
    let i = lo - 1;
    let j = hi + 1;
    for (;;) {
      do i++;
      while ((row[i] as number) < pivot);
      do j--;
      while ((row[j] as number) > pivot);
      if (i >= j) break;
      const t = row[i] as number;
      row[i] = row[j] as number;
      row[j] = t;
    }
    if (k <= j) hi = j;
    else lo = j + 1;
  }
  return row[k] as number;
}

/**
 * The similarity graph of the candidates from an inverted index of their terms: each candidate is looked up among
 * the earlier ones through the terms they share (terms on more than `maxPosting` candidates find none), and only
 * those pairs get their cosine. Edges of at least `MIN_EDGE`; each candidate keeps its `maxNeighbours` strongest
 * (ties: the earlier candidate). For a story of ordinary size this is exactly the all-pairs matrix without its
 * zeros: every pair with a cosine above zero shares a term.
 */
export function similarityGraph(
  candidates: readonly Pick<Candidate, 'vector'>[],
  limits: GraphLimits = DEFAULT_LIMITS,
): SimilarityGraph {
  const n = candidates.length;
  const found = findEdges(candidates, limits);
  const { compared } = found;
  const { start, allTargets, allSims, mirror } = edgeRows(n, found);
  // The strongest `maxNeighbours` of a candidate with more (ties: the earlier candidate): the similarity of the
  // last one kept (a typed sort), then every entry above it and, in neighbour order, those equal to it.
  const entries = start[n] as number;
  const over = new Uint8Array(n);
  const { top, keepEntry } = work;
  top.fill(0, 0, entries);
  let widest = 0;
  for (let i = 0; i < n; i++) widest = Math.max(widest, (start[i + 1] as number) - (start[i] as number));
  const row = new Float64Array(widest);
  for (let i = 0; i < n; i++) {
    const [a, b] = [start[i] as number, start[i + 1] as number];
    if (b - a <= limits.maxNeighbours) continue;
    over[i] = 1;
    const last = kthSmallest(allSims, a, b, b - a - limits.maxNeighbours, row);
    let room = limits.maxNeighbours;
    for (let k = a; k < b; k++)
      if ((allSims[k] as number) > last) {
        top[k] = 1;
        room--;
      }
    for (let k = a; k < b && room > 0; k++)
      if (allSims[k] === last) {
        top[k] = 1;
        room--;
      }
  }
  // An edge stays when either end keeps it (or has no more than `maxNeighbours`).
  const offsets = new Int32Array(n + 1);
  let total = 0;
  for (let i = 0; i < n; i++) {
    for (let k = start[i] as number; k < (start[i + 1] as number); k++) {
      const j = allTargets[k] as number;
      const keep = over[i] === 0 || over[j] === 0 || top[k] === 1 || top[mirror[k] as number] === 1;
      keepEntry[k] = keep ? 1 : 0;
      if (keep) total++;
    }
    offsets[i + 1] = total;
  }
  if (total === entries)
    return { offsets, targets: allTargets.slice(0, entries), sims: allSims.slice(0, entries), compared };
  const targets = new Int32Array(total);
  const sims = new Float64Array(total);
  let e = 0;
  for (let k = 0; k < entries; k++)
    if (keepEntry[k] === 1) {
      targets[e] = allTargets[k] as number;
      sims[e] = allSims[k] as number;
      e++;
    }
  return { offsets, targets, sims, compared };
}
