import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastMarkedWord } from '../../src/compare/timeline-filter.js';
import { briefFromArticles, prepareArticles } from '../../src/brief/index.js';

/** The pattern `lastMarkedWord` replaces: a word with marks and joiners at the end of the slice. */
const LAST_WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*$/u;
const byPattern = (text: string, floor: number, end: number): number => {
  const m = LAST_WORD.exec(text.slice(floor, end));
  return m ? floor + m.index : -1;
};

describe('lastMarkedWord: the word that ends at an offset, read back once', () => {
  it('finds words with joiners and combining marks, and none after a bracket', () => {
    const text = 'Treffen mit Kim Jong-un und Land’s Ende';
    expect(text.slice(lastMarkedWord(text, 0, 23), 23)).toBe('Jong-un');
    expect(text.slice(lastMarkedWord(text, 0, 34), 34)).toBe('Land’s');
    expect(lastMarkedWord('Plan) ', 0, 5)).toBe(-1);
    expect(lastMarkedWord('Cafe\u0301', 0, 5)).toBe(0);
    expect(lastMarkedWord('a--b', 0, 4)).toBe(3);
    expect(lastMarkedWord('Jong-un', 5, 7)).toBe(5);
  });

  it('gives the start the pattern gives, for any text, floor and end (property)', () => {
    const unit = fc.constantFrom(
      'a',
      'B',
      '1',
      '-',
      "'",
      '’',
      ' ',
      ')',
      '\u0301',
      '\u{1D400}',
      '\uD835',
      'ä',
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 16 }), fc.nat(4), fc.nat(4), (text, a, b) => {
        const floor = Math.min(a, text.length);
        const end = Math.max(floor, text.length - b);
        expect(lastMarkedWord(text, floor, end)).toBe(byPattern(text, floor, end));
      }),
      { numRuns: 5000 },
    );
  });

  it('briefs a dated sentence with 200 000 letters before ") 2024" (the pattern: 5.8 s at 80 000)', () => {
    const text = `Der Hafen wurde am Dienstag eröffnet, sagte Anna Keller.\nDer Plan ${'zk'.repeat(100_000)}) 2024 kam an.\n`;
    const brief = briefFromArticles(
      prepareArticles([{ id: 'a', format: 'text', text, meta: {}, removed: [] }]),
    );
    expect(brief.sentences.length).toBeGreaterThan(0);
  });
});
