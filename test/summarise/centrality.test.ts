import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { similarityGraph, tfidfVectors, type SimilarityGraph } from '../../src/summarise/index.js';
import { centrality } from '../../src/summarise/scoring.js';

/**
 * The power iteration as it was written before the gather (each round scatters every row to its neighbours), kept
 * here as the reference: the gather must add the same shares in the same order.
 */
function scattered(articles: readonly number[], graph: SimilarityGraph): number[] {
  const n = articles.length;
  const { offsets, targets, sims } = graph;
  const weights = new Float64Array(sims.length);
  const rowSums = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let k = offsets[i] as number; k < (offsets[i + 1] as number); k++) {
      const s = sims[k] as number;
      const w = articles[targets[k] as number] === articles[i] ? s * 0.5 : s;
      weights[k] = w;
      sum += w;
    }
    rowSums[i] = sum;
  }
  let rank = new Float64Array(n).fill(1 / Math.max(1, n));
  for (let iter = 0; iter < 30; iter++) {
    const next = new Float64Array(n).fill((1 - 0.85) / Math.max(1, n));
    for (let j = 0; j < n; j++) {
      const sum = rowSums[j] as number;
      if (sum === 0) continue;
      const share = (0.85 * (rank[j] as number)) / sum;
      for (let k = offsets[j] as number; k < (offsets[j + 1] as number); k++) {
        const i = targets[k] as number;
        next[i] = (next[i] as number) + share * (weights[k] as number);
      }
    }
    rank = next;
  }
  let max = 1e-12;
  for (const r of rank) if (r > max) max = r;
  return Array.from(rank, (r) => r / max);
}

describe('centrality: power iteration gathered per row', () => {
  it('equals the scattering power iteration to the last bit (property)', () => {
    const words = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l');
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            article: fc.integer({ min: 0, max: 5 }),
            terms: fc.array(words, { minLength: 1, maxLength: 6 }),
          }),
          { minLength: 1, maxLength: 60 },
        ),
        (sentences) => {
          const vectors = tfidfVectors(sentences.map((s) => s.terms));
          const candidates = sentences.map((s, i) => ({ article: s.article, vector: vectors[i]! }));
          const graph = similarityGraph(candidates);
          const articles = sentences.map((s) => s.article);
          const got = Array.from(centrality(candidates, graph));
          const want = scattered(articles, graph);
          // Bit for bit: Object.is on every rank.
          expect(got.every((x, i) => Object.is(x, want[i]))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('ranks a sentence every article repeats above one of its own, and an isolated one lowest', () => {
    const lists = [
      ['gipfel', 'treffen', 'wladiwostok'],
      ['gipfel', 'treffen', 'wladiwostok'],
      ['gipfel', 'treffen', 'bahn'],
      ['wetter', 'regen'],
    ];
    const vectors = tfidfVectors(lists);
    const candidates = [0, 1, 2, 2].map((article, i) => ({ article, vector: vectors[i]! }));
    const ranks = centrality(candidates, similarityGraph(candidates));
    expect(ranks[0]).toBe(1);
    expect(ranks[0]).toBeGreaterThan(ranks[2] as number);
    expect(ranks[3]).toBeLessThan(ranks[2] as number);
  });
});
