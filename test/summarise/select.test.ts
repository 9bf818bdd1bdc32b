import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { earliest, type Candidate } from '../../src/summarise/candidates.js';
import { normaliseSummaryOptions, type NormalisedSummaryOptions } from '../../src/summarise/options.js';
import type { Scored } from '../../src/summarise/scoring.js';
import { selectSentences } from '../../src/summarise/select.js';
import { cosine, tfidfVectors } from '../../src/summarise/vectors.js';

const byScore = (a: Scored, b: Scored): number =>
  b.score - a.score ||
  a.candidate.article - b.candidate.article ||
  a.candidate.sentence.start - b.candidate.sentence.start;

/**
 * The selection as it was written before the bounded scan (every open line's effective score compared in every
 * round, the best taken out of the list), kept here as the reference.
 */
function reference(
  scored: readonly Scored[],
  options: NormalisedSummaryOptions,
  replaced: (s: Scored) => boolean,
  diverse: (article: number) => boolean,
  same: (a: Scored, b: Scored) => boolean,
): Scored[] {
  const chosen: Scored[] = [];
  const perArticle = new Map<number, number>();
  const open = [...scored].sort(byScore).filter((s) => !replaced(s));
  let used = 0;
  const effective = (s: Scored): number =>
    diverse(s.candidate.article)
      ? s.score * options.sourceDiversity ** (perArticle.get(s.candidate.article) ?? 0)
      : s.score;
  while (open.length > 0) {
    let best = -1;
    for (let i = 0; i < open.length; i++)
      if (best < 0 || effective(open[i] as Scored) > effective(open[best] as Scored)) best = i;
    const s = open.splice(best, 1)[0] as Scored;
    if (used + s.candidate.words > options.words) continue;
    if (
      chosen.some((c) => cosine(c.candidate.vector, s.candidate.vector) >= options.redundancy || same(c, s))
    )
      continue;
    chosen.push(s);
    perArticle.set(s.candidate.article, (perArticle.get(s.candidate.article) ?? 0) + 1);
    used += s.candidate.words;
    if (options.words - used < options.minWords) break;
  }
  return chosen;
}

const line = fc.record({
  article: fc.integer({ min: 0, max: 5 }),
  // Few distinct scores, so that ties (and ties after the diversity scaling) are common.
  score: fc.integer({ min: 0, max: 6 }).map((x) => x / 4),
  words: fc.integer({ min: 3, max: 40 }),
  terms: fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { minLength: 1, maxLength: 4 }),
});

interface Line {
  readonly article: number;
  readonly score: number;
  readonly words: number;
  readonly terms: readonly string[];
}

function scoredLines(lines: readonly Line[]): Scored[] {
  const vectors = tfidfVectors(lines.map((l) => l.terms));
  return lines.map((l, i) => ({
    candidate: {
      article: l.article,
      position: i,
      words: l.words,
      sentence: { start: i * 10, end: i * 10 + 5, tokens: [] },
      vector: vectors[i],
      kinds: { question: false, quote: false, reader: false },
    } as unknown as Candidate,
    score: l.score,
    support: [],
  }));
}

describe('selectSentences', () => {
  it('chooses what the full scan of every open line chooses (ties, diversity, replaced and same lines)', () => {
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 40 }),
        fc.integer({ min: 10, max: 120 }),
        fc.constantFrom(0.5, 0.85, 1, 1.2),
        fc.integer({ min: 0, max: 63 }),
        (lines, words, sourceDiversity, mask) => {
          const options = { ...normaliseSummaryOptions({ words }), sourceDiversity };
          const scored = scoredLines(lines);
          const replaced = (s: Scored): boolean => s.candidate.position % 7 === 3;
          const diverse = (article: number): boolean => ((mask >> article) & 1) === 1;
          const same = (a: Scored, b: Scored): boolean => a.candidate.words === b.candidate.words;
          const got = selectSentences(scored, options, replaced, diverse, same);
          const want = reference(scored, options, replaced, diverse, same);
          expect(got.map((s) => s.candidate.position)).toEqual(want.map((s) => s.candidate.position));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('takes a later line when diversity scales the best article below it', () => {
    const scored = scoredLines([
      { article: 0, score: 1, words: 8, terms: ['a', 'b'] },
      { article: 0, score: 0.95, words: 8, terms: ['c', 'd'] },
      { article: 1, score: 0.9, words: 8, terms: ['e', 'f'] },
    ]);
    const options = { ...normaliseSummaryOptions({ words: 16 }), minWords: 1 };
    const got = selectSentences(scored, options, undefined, (a) => a === 0);
    expect(got.map((s) => s.candidate.position)).toEqual([0, 2]);
  });

  it('scans every open line when diversity above 1 can raise a lower line over a higher one', () => {
    const scored = scoredLines([
      { article: 0, score: 1, words: 8, terms: ['a', 'b'] },
      { article: 1, score: 0.8, words: 8, terms: ['c', 'd'] },
      { article: 0, score: 0.75, words: 9, terms: ['e', 'f'] },
    ]);
    const options = { ...normaliseSummaryOptions({ words: 100 }), minWords: 1, sourceDiversity: 1.2 };
    const got = selectSentences(scored, options, undefined, (a) => a === 0);
    expect(got.map((s) => s.candidate.position)).toEqual([0, 2, 1]);
  });
});

describe('earliest', () => {
  it('keeps what a stable sort by position keeps', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 60 }),
        fc.integer({ min: 0, max: 60 }),
        (positions, max) => {
          const raw = positions.map((position) => ({ position }));
          const rank = raw
            .map((_, i) => i)
            .sort((x, y) => (raw[x]?.position ?? 0) - (raw[y]?.position ?? 0) || x - y);
          const keep = new Set(rank.slice(0, max));
          expect([...earliest(raw, max)]).toEqual(raw.map((_, i) => (keep.has(i) ? 1 : 0)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
