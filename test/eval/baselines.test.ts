import { describe, expect, it } from 'vitest';
import {
  first3,
  idfCosine,
  lead,
  lexrank,
  mulberry32,
  oracle,
  pageRank,
  random,
  textRankSimilarity,
  textrank,
  truncateWords,
  wordCount,
} from '../../src/eval/baselines.js';
import { DataError, baselineSystems, evaluateSummaries, parseClusters } from '../../src/eval/multinews.js';
import { RougeScorer } from '../../src/eval/rouge.js';
import { splitSentences } from '../../src/eval/sentences.js';

const words = (text: string): string[] => text.split(/\s+/).filter((w) => w !== '');

describe('truncateWords', () => {
  it('keeps exactly N whitespace-separated words and the line breaks between them', () => {
    expect(truncateWords('one two\n\nthree  four five', 4)).toBe('one two\nthree four');
    expect(truncateWords('a b', 10)).toBe('a b');
    expect(truncateWords('a b', 0)).toBe('');
    expect(wordCount(' a  b\nc ')).toBe(3);
  });
});

describe('splitSentences', () => {
  it('splits at sentence ends, keeps abbreviations and initials, and splits at line breaks', () => {
    expect(
      splitSentences(
        'Mr. Smith met U.S. officials on Monday. They talked. J. R. Doe said "yes!" Then left.\nNext',
      ),
    ).toEqual([
      'Mr. Smith met U.S. officials on Monday.',
      'They talked.',
      'J. R. Doe said "yes!"',
      'Then left.',
      'Next',
    ]);
  });
});

const docs = [
  'Alpha one here. Alpha two here. Alpha three here. Alpha four here.',
  'Beta one here. Beta two here. Beta three here. Beta four here.',
];

describe('lead', () => {
  it('joins the documents with single spaces and cuts at exactly N words', () => {
    const out = lead(['a b c', 'd\n\ne f'], 4);
    expect(words(out)).toEqual(['a', 'b', 'c', 'd']);
    expect(words(lead(docs, 7))).toEqual(words('Alpha one here. Alpha two here. Alpha'));
  });

  it('puts one sentence per line without changing the words', () => {
    expect(lead(docs, 6)).toBe('Alpha one here.\nAlpha two here.');
  });
});

describe('first3', () => {
  it('takes the first three sentences of each document, in document order', () => {
    expect(first3(docs, 100).split('\n')).toEqual([
      'Alpha one here.',
      'Alpha two here.',
      'Alpha three here.',
      'Beta one here.',
      'Beta two here.',
      'Beta three here.',
    ]);
  });

  it('is cut to the budget', () => {
    expect(wordCount(first3(docs, 5))).toBe(5);
  });
});

describe('graph baselines', () => {
  it('PageRank of a symmetric graph: the hub ranks highest and ranks sum to 1', () => {
    const w = [new Float64Array([0, 1, 1]), new Float64Array([1, 0, 0]), new Float64Array([1, 0, 0])];
    const r = pageRank(w);
    expect(r.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(r[0]).toBeGreaterThan(r[1]!);
    expect(r[1]).toBeCloseTo(r[2]!, 10);
    // closed form: r0 = 0.05 + 0.85·(r1 + r2), r1 = 0.05 + 0.85·r0/2 → r0 = 0.4865, r1 = 0.2568
    expect(r[0]).toBeCloseTo(0.18 / 0.37, 6);
  });

  it('TextRank similarity: shared words / (log|a| + log|b|)', () => {
    expect(textRankSimilarity(['a', 'b', 'c'], ['b', 'c', 'd', 'e'])).toBeCloseTo(
      2 / (Math.log(3) + Math.log(4)),
      12,
    );
    expect(textRankSimilarity(['a'], ['a'])).toBe(0);
  });

  it('idf-modified cosine', () => {
    const idf = new Map([
      ['a', 1],
      ['b', 2],
    ]);
    // a·b vectors: (1·1, 1·2) vs (1·1, 0) → dot 1, norms √5 and 1
    expect(idfCosine(['a', 'b'], ['a'], idf)).toBeCloseTo(1 / Math.sqrt(5), 12);
  });

  const cluster = [
    'The storm hit the coast on Monday. A local bakery sold bread.',
    'The storm hit the coast and flooded homes. Officials said the storm was strong.',
    'Flooded homes were reported after the storm hit. Nobody knows the cat.',
  ];

  it('TextRank and LexRank prefer the central sentences over the off-topic ones', () => {
    for (const system of [textrank, lexrank]) {
      const out = system(cluster, 12);
      expect(out).not.toContain('bakery');
      expect(out).not.toContain('cat');
      expect(wordCount(out)).toBeLessThanOrEqual(12);
    }
  });
});

describe('random', () => {
  it('is deterministic for a seed and respects the budget', () => {
    const a = random(docs, 9);
    expect(random(docs, 9)).toBe(a);
    expect(wordCount(a)).toBe(9);
    expect(random(docs, 100, { seed: 1 }).split('\n').sort()).toEqual(splitSentences(docs.join('\n')).sort());
  });

  it('mulberry32 gives the same sequence for the same seed, in [0, 1)', () => {
    const x = mulberry32(7);
    const y = mulberry32(7);
    for (let i = 0; i < 5; i++) {
      const v = x();
      expect(v).toBe(y());
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
    }
  });
});

describe('oracle', () => {
  const reference = 'Beta three happened. Alpha four followed.';
  const scorer = new RougeScorer();
  const value = (text: string): number => {
    const s = scorer.score(reference, text);
    return s.rouge1.f + s.rouge2.f;
  };

  it('picks the sentences that match the reference and never scores below lead', () => {
    const out = oracle(docs, 6, reference);
    expect(out).toBe('Alpha four here.\nBeta three here.');
    expect(value(out)).toBeGreaterThanOrEqual(value(lead(docs, 6)));
  });

  it('stops when no sentence adds anything', () => {
    expect(oracle(docs, 100, 'Gamma delta.')).toBe('');
  });
});

describe('Multi-News loader and scoring loop', () => {
  it('parses JSONL and rejects bad lines with the line number', () => {
    const text = '{"id":"x","documents":["A b."],"summary":"– A b."}\n\n';
    expect(parseClusters(text)).toEqual([{ id: 'x', documents: ['A b.'], summary: '– A b.' }]);
    expect(() => parseClusters('{"id":1}\n', 'f.jsonl')).toThrow(DataError);
    expect(() => parseClusters('{oops', 'f.jsonl')).toThrow(/f\.jsonl:1/);
  });

  it('scores every system on every cluster, cut to the same budget', () => {
    const clusters = parseClusters(
      JSON.stringify({ id: 'c1', documents: docs, summary: '– Alpha one here. Beta one here.' }) + '\n',
    );
    const outputs: string[] = [];
    const report = evaluateSummaries(clusters, baselineSystems(), 'tiny', {
      words: 6,
      onOutput: (_system, _id, summary) => outputs.push(summary),
    });
    expect(report.n).toBe(1);
    expect(Object.keys(report.systems)).toEqual([
      'lead',
      'first3',
      'textrank',
      'lexrank',
      'random',
      'oracle',
    ]);
    for (const o of outputs) expect(wordCount(o)).toBeLessThanOrEqual(6);
    expect(report.systems.oracle!.scores.rouge1.f).toBeGreaterThanOrEqual(
      report.systems.lead!.scores.rouge1.f,
    );
  });
});
