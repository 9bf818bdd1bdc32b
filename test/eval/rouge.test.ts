import { describe, expect, it } from 'vitest';
import {
  RougeScorer,
  lcsIndices,
  lcsLength,
  meanScores,
  rougeLsum,
  tokenizeEnglish,
  tokenizeMultilingual,
} from '../../src/eval/rouge.js';

const plain = new RougeScorer({ stem: false });
const close = (actual: number, expected: number): void => expect(actual).toBeCloseTo(expected, 10);

describe('tokenizers', () => {
  it('English mode: lower-case, a–z0–9 only, whitespace split (letters like ü are lost)', () => {
    expect(tokenizeEnglish('Hello, World! It’s 2019 – über-Maß', false)).toEqual([
      'hello',
      'world',
      'it',
      's',
      '2019',
      'ber',
      'ma',
    ]);
  });

  it('English mode stems only tokens longer than 3 characters, with Porter', () => {
    expect(tokenizeEnglish('The runners were running quickly; cats, dies', true)).toEqual([
      'the',
      'runner',
      'were',
      'run',
      'quickli',
      'cat',
      'die',
    ]);
  });

  it('multilingual mode keeps every script and stems with Snowball', () => {
    expect(tokenizeMultilingual('Über-Maß, 2019: Café', false, 'de')).toEqual([
      'über',
      'maß',
      '2019',
      'café',
    ]);
    expect(tokenizeMultilingual('Die Häuser der Straße', true, 'de')).toEqual([
      'die',
      'haus',
      'der',
      'strass',
    ]);
    expect(tokenizeMultilingual('Москва 2019', false, 'ru')).toEqual(['москва', '2019']);
  });
});

describe('ROUGE-N and ROUGE-L, counted by hand', () => {
  it('one substituted word', () => {
    const s = plain.score('the cat sat on the mat', 'the cat lay on the mat');
    // unigrams: the×2, cat, on, mat match = 5 of 6 on both sides
    close(s.rouge1.p, 5 / 6);
    close(s.rouge1.r, 5 / 6);
    close(s.rouge1.f, 5 / 6);
    // bigrams: "the cat", "on the", "the mat" = 3 of 5
    close(s.rouge2.f, 3 / 5);
    // LCS: the cat on the mat = 5
    close(s.rougeL.p, 5 / 6);
    close(s.rougeLsum.f, 5 / 6);
  });

  it('different lengths', () => {
    const s = plain.score('a b c d e', 'a c e x');
    close(s.rouge1.p, 3 / 4);
    close(s.rouge1.r, 3 / 5);
    close(s.rouge1.f, 2 / 3);
    expect(s.rouge2).toEqual({ p: 0, r: 0, f: 0 });
    close(s.rougeL.p, 3 / 4);
    close(s.rougeL.r, 3 / 5);
  });

  it('clips repeated n-grams', () => {
    const s = plain.score('the the cat', 'the the the the');
    // target the×2, cat; prediction the×4 → 2 hits
    close(s.rouge1.p, 2 / 4);
    close(s.rouge1.r, 2 / 3);
    // bigrams: target "the the", "the cat"; prediction "the the"×3 → 1 hit
    close(s.rouge2.p, 1 / 3);
    close(s.rouge2.r, 1 / 2);
  });

  it('empty sides score 0', () => {
    expect(plain.score('', 'a b').rouge1.f).toBe(0);
    expect(plain.score('a b', '').rougeL.f).toBe(0);
    expect(plain.score('a b', '').rougeLsum.f).toBe(0);
  });

  it('stemming makes inflected forms match', () => {
    const stemmed = new RougeScorer({ stem: true });
    close(stemmed.score('The parties agreed', 'the party agrees').rouge1.f, 1);
    close(plain.score('The parties agreed', 'the party agrees').rouge1.f, 1 / 3);
  });
});

describe('LCS', () => {
  it('lengths', () => {
    expect(lcsLength(['a', 'b', 'c', 'b', 'd', 'a', 'b'], ['b', 'd', 'c', 'a', 'b', 'a'])).toBe(4);
    expect(lcsLength([], ['a'])).toBe(0);
  });

  it('reads out one LCS as indices into the reference', () => {
    expect(lcsIndices(['w1', 'w2', 'w3', 'w4', 'w5'], ['w1', 'w3', 'w8', 'w9', 'w5'])).toEqual([0, 2, 4]);
    expect(lcsIndices(['a', 'b', 'c'], ['c', 'b'])).toHaveLength(1);
  });

  it('ROUGE-Lsum: the union-LCS example of Lin (2004)', () => {
    // r = w1..w5; c1 = w1 w2 w6 w7 w8, c2 = w1 w3 w8 w9 w5; union LCS = w1 w2 w3 w5 → 4 hits
    const s = plain.score('w1 w2 w3 w4 w5', 'w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5');
    close(s.rougeLsum.r, 4 / 5);
    close(s.rougeLsum.p, 4 / 10);
    close(s.rougeLsum.f, (2 * 0.4 * 0.8) / 1.2);
    // ROUGE-L of the same texts ignores the line break: LCS(w1..w5, w1 w2 w6 w7 w8 w1 w3 w8 w9 w5) = w1 w2 w3 w5
    close(s.rougeL.r, 4 / 5);
  });

  it('ROUGE-Lsum never counts a token more often than it occurs', () => {
    const s = rougeLsum(
      [
        ['a', 'b'],
        ['a', 'b'],
      ],
      [['a', 'b']],
    );
    close(s.p, 1);
    close(s.r, 1 / 2);
    close(s.f, 2 / 3);
  });
});

describe('meanScores', () => {
  it('averages P, R and F1 per type', () => {
    const a = plain.score('a b', 'a b');
    const b = plain.score('a b', 'c d');
    const m = meanScores([a, b]);
    close(m.rouge1.f, 0.5);
    close(m.rougeL.p, 0.5);
  });
});
