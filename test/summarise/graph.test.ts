import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cosine,
  MAX_POSTING,
  MIN_EDGE,
  similarityGraph,
  tfidfVectors,
  type SparseVector,
} from '../../src/summarise/index.js';

/** The edges of a graph as `i-j` (i < j) with their similarity. */
function edgesOf(graph: ReturnType<typeof similarityGraph>): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < graph.offsets.length; i++)
    for (let k = graph.offsets[i] as number; k < (graph.offsets[i + 1] as number); k++) {
      const j = graph.targets[k] as number;
      if (i < j) out.set(`${i}-${j}`, graph.sims[k] as number);
    }
  return out;
}

/**
 * A story of `n` articles of ten sentences each: every sentence names the story (three words every sentence has),
 * shares two words with the same sentence of the three neighbouring articles (one fact reported by a few outlets)
 * and has three words of its own.
 */
function story(n: number): SparseVector[] {
  const lists: string[][] = [];
  for (let a = 0; a < n; a++)
    for (let s = 0; s < 10; s++)
      lists.push([
        'gipfel',
        'kim',
        'putin',
        `fakt${s}g${Math.floor(a / 4)}`,
        `zahl${s}g${Math.floor(a / 4)}`,
        `w${a}s${s}x`,
        `w${a}s${s}y`,
        `w${a}s${s}z`,
      ]);
  return tfidfVectors(lists);
}

/** The all-pairs matrix without its small entries: every pair `i-j` (i < j) whose cosine reaches MIN_EDGE. */
function allPairEdges(vectors: readonly SparseVector[]): Map<string, number> {
  const expected = new Map<string, number>();
  for (let i = 0; i < vectors.length; i++)
    for (let j = i + 1; j < vectors.length; j++) {
      const s = cosine(vectors[i] as SparseVector, vectors[j] as SparseVector);
      if (s >= MIN_EDGE) expected.set(`${i}-${j}`, s);
    }
  return expected;
}

describe('similarityGraph: the sentence graph from an inverted index', () => {
  it('is the all-pairs matrix without its small entries for a story of ordinary size (property)', () => {
    const words = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j');
    fc.assert(
      fc.property(
        fc.array(fc.array(words, { minLength: 1, maxLength: 6 }), { minLength: 2, maxLength: 40 }),
        (lists) => {
          const vectors = tfidfVectors(lists);
          const graph = similarityGraph(vectors.map((vector) => ({ vector })));
          expect(edgesOf(graph)).toEqual(allPairEdges(vectors));
        },
      ),
      { numRuns: 60, seed: 7 },
    );
  });

  it('compares a number of pairs that grows linearly with the story (n vs 4n articles), not in its square', () => {
    const small = story(40);
    const large = story(160);
    expect(small.length).toBeGreaterThan(MAX_POSTING);
    const pairs = (vectors: SparseVector[]) =>
      similarityGraph(vectors.map((vector) => ({ vector }))).compared;
    const [n, n4] = [pairs(small), pairs(large)];
    expect(n).toBeGreaterThan(0);
    // Linear: 4×; the all-pairs matrix would compare 16× as many (1 600 × 1 599 / 2 pairs at 4n).
    expect(n4).toBeLessThanOrEqual(4.5 * n);
    expect(n4).toBeLessThan((large.length * (large.length - 1)) / 2 / 50);
    // Sentences of one fact are still linked across the articles that report it.
    const graph = similarityGraph(large.map((vector) => ({ vector })));
    const edges = edgesOf(graph);
    expect(edges.get('0-10')).toBeGreaterThan(0.3);
    expect(edges.has('0-40')).toBe(false);
  });

  it('keeps at most the strongest edges of a sentence repeated in very many articles, and stays symmetric', () => {
    const lists = Array.from({ length: 400 }, (_, i) => ['kim', 'putin', `x${i}`, `y${i % 3}`]);
    const graph = similarityGraph(
      tfidfVectors(lists).map((vector) => ({ vector })),
      {
        maxPosting: 1000,
        maxNeighbours: 20,
      },
    );
    const edges = edgesOf(graph);
    for (const key of edges.keys()) {
      const [i, j] = key.split('-').map(Number) as [number, number];
      const of = (x: number, y: number) =>
        Array.from(graph.targets.subarray(graph.offsets[x], graph.offsets[x + 1])).includes(y);
      expect(of(i, j) && of(j, i)).toBe(true);
    }
    expect(graph.compared).toBe((400 * 399) / 2);
    expect(edges.size).toBeLessThan((400 * 399) / 2 / 4);
  });

  it('keeps the strongest neighbours of a sentence over the cap, ties to the earlier one, as the definition says (property)', () => {
    // Few words: many sentences of the same terms (ties), and many over a small cap.
    const words = fc.constantFrom('a', 'b', 'c', 'd', 'e');
    fc.assert(
      fc.property(
        fc.array(fc.array(words, { minLength: 1, maxLength: 4 }), { minLength: 2, maxLength: 40 }),
        fc.integer({ min: 1, max: 8 }),
        (lists, maxNeighbours) => {
          const vectors = tfidfVectors(lists);
          const n = vectors.length;
          const graph = similarityGraph(
            vectors.map((vector) => ({ vector })),
            { maxPosting: 1000, maxNeighbours },
          );
          const near = Array.from({ length: n }, (_, i) =>
            Array.from({ length: n }, (_, j) => j).filter(
              (j) => j !== i && cosine(vectors[i]!, vectors[j]!) >= MIN_EDGE,
            ),
          );
          const keeps = near.map((list, i) =>
            list.length <= maxNeighbours
              ? null
              : new Set(
                  [...list]
                    .sort(
                      (x, y) => cosine(vectors[i]!, vectors[y]!) - cosine(vectors[i]!, vectors[x]!) || x - y,
                    )
                    .slice(0, maxNeighbours),
                ),
          );
          const expected = new Map<string, number>();
          for (let i = 0; i < n; i++)
            for (const j of near[i]!) {
              const [mine, theirs] = [keeps[i], keeps[j]];
              const kept = mine === null || theirs === null || mine!.has(j) || theirs!.has(i);
              if (i < j && kept) expected.set(`${i}-${j}`, cosine(vectors[i]!, vectors[j]!));
            }
          expect(edgesOf(graph)).toEqual(expected);
        },
      ),
      { numRuns: 80, seed: 15 },
    );
  });
});

describe('similarityGraph: each row in ascending order of neighbour', () => {
  it('is the all-pairs matrix, rows ascending, where a sentence meets few, many, or a few spread wide (property)', () => {
    // Rare words (few sentences each, far apart) and common ones (a dense run of earlier sentences to order).
    const words = fc.oneof(
      fc.integer({ min: 0, max: 5 }).map((k) => `common${k}`),
      fc.integer({ min: 0, max: 400 }).map((k) => `rare${k % 90}`),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(words, { minLength: 1, maxLength: 4 }), { minLength: 60, maxLength: 220 }),
        (lists) => {
          const vectors = tfidfVectors(lists);
          const graph = similarityGraph(vectors.map((vector) => ({ vector })));
          expect(edgesOf(graph)).toEqual(allPairEdges(vectors));
          for (let i = 0; i + 1 < graph.offsets.length; i++) {
            const row = Array.from(graph.targets.subarray(graph.offsets[i], graph.offsets[i + 1]));
            expect(row).toEqual([...row].sort((x, y) => x - y));
          }
        },
      ),
      { numRuns: 12, seed: 11 },
    );
    // Each sentence meets every twelfth one before it: up to 19 neighbours spread over the whole story.
    const strided = tfidfVectors(Array.from({ length: 240 }, (_, i) => [`stride${i % 12}`, `own${i}`]));
    const graph = similarityGraph(strided.map((vector) => ({ vector })));
    const expected = new Map<string, number>();
    for (let i = 0; i < strided.length; i++)
      for (let j = i + 12; j < strided.length; j += 12)
        expected.set(`${i}-${j}`, cosine(strided[i] as SparseVector, strided[j] as SparseVector));
    expect(edgesOf(graph)).toEqual(expected);
    expect(Array.from(graph.targets.subarray(graph.offsets[239], graph.offsets[240]))).toEqual(
      Array.from({ length: 19 }, (_, k) => 11 + 12 * k),
    );
  });
});

describe('similarityGraph: independent of the graphs made before and of how terms are numbered', () => {
  it('gives a graph and its centrality the same after a larger graph as when made first', async () => {
    const { centrality } = await import('../../src/summarise/scoring.js');
    const small = story(6);
    // Far-apart term ids (not numbered from 0) take the other path of the index.
    const sparse = small.map((v) => ({ terms: v.terms.map((t) => t * 1_000_003), weights: v.weights }));
    const first = similarityGraph(small.map((vector) => ({ vector })));
    const firstSparse = similarityGraph(sparse.map((vector) => ({ vector })));
    const articles = small.map((vector, i) => ({ article: Math.floor(i / 10), vector }));
    const firstRanks = Array.from(centrality(articles, first));
    const large = story(80);
    const big = similarityGraph(
      large.map((vector) => ({ vector })),
      { maxPosting: 40, maxNeighbours: 5 },
    );
    centrality(
      large.map((vector, i) => ({ article: Math.floor(i / 10), vector })),
      big,
    );
    const again = similarityGraph(small.map((vector) => ({ vector })));
    expect(Array.from(again.offsets)).toEqual(Array.from(first.offsets));
    expect(Array.from(again.targets)).toEqual(Array.from(first.targets));
    expect(Array.from(again.sims)).toEqual(Array.from(first.sims));
    expect(edgesOf(firstSparse)).toEqual(edgesOf(first));
    expect(Array.from(centrality(articles, again))).toEqual(firstRanks);
    // The graph made first is its own (not overwritten by the later ones).
    expect(edgesOf(first)).toEqual(allPairEdges(small));
  });
});
