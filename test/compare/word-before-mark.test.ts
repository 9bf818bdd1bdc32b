import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordBeforeMark } from '../../src/compare/mention-filters.js';

/** The pattern the reader replaced, on the same 40 characters before the mark. */
const OLD = /(\p{L}+) ?$/u;
const old = (text: string, open: number): string | undefined =>
  OLD.exec(text.slice(Math.max(0, open - 40), open))?.[1];

describe('the word before a quotation mark', () => {
  it('reads "Film" before „…“ with or without a space, nothing after a comma or two spaces', () => {
    expect(wordBeforeMark('der Film „Ein Sommer“', 9)).toBe('Film');
    expect(wordBeforeMark('der Film„Ein Sommer“', 8)).toBe('Film');
    expect(wordBeforeMark('der Film, „Ein Sommer“', 10)).toBeUndefined();
    expect(wordBeforeMark('der Film  „Ein Sommer“', 10)).toBeUndefined();
  });

  it('property: gives what the pattern it replaced gives (5 000 random texts)', () => {
    const char = fc.constantFrom('a', 'ä', 'Z', ' ', ' ', '.', ',', '„', '1');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 90 }), fc.nat(), (chars, at) => {
        const text = chars.join('');
        const open = text.length === 0 ? 0 : at % (text.length + 1);
        expect(wordBeforeMark(text, open)).toBe(old(text, open));
      }),
      { numRuns: 5000, seed: 28 },
    );
  });

  it('reads at most 40 characters back, the space included, of a run of 100 000 letters', () => {
    const text = `${'a'.repeat(100_000)} „Titel“`;
    expect(wordBeforeMark(text, 100_001)).toBe('a'.repeat(39));
  });
});
