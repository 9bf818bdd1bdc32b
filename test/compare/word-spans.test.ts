import { describe, expect, it } from 'vitest';
import { atLeastMatches, countMatches, wordSpans } from '../../src/core/regexp.js';

const WORD = /[\p{L}\p{N}]+(?:[-'’.:][\p{L}\p{N}]+)*/gu;
const WORD_AT = new RegExp(WORD.source, 'uy');
const WORD_FIRST = /[\p{L}\p{N}]/gu;

/** What the spans replace: the matches of a slice, as offsets into the whole text. */
function byMatchAll(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (const m of text.slice(from, to).matchAll(WORD)) out.push(from + m.index, from + m.index + m[0].length);
  return out;
}

describe('wordSpans and countMatches (no match array per word)', () => {
  it('finds the offsets matchAll finds, in a part of the text too', () => {
    const text = 'Am 11. und 12. Mai, sagte Anna-Lena O’Brien: „bis 2030.“ 𝐀𝐁 u.a.';
    expect(wordSpans(text, WORD_FIRST, WORD_AT)).toEqual(byMatchAll(text, 0, text.length));
    expect(wordSpans(text, WORD_FIRST, WORD_AT, 3, 9)).toEqual([3, 5, 7, 9]);
    // a word cut by the end of the part ends there
    const sagte = text.indexOf('sagte');
    expect(wordSpans(text, WORD_FIRST, WORD_AT, sagte, sagte + 3)).toEqual([sagte, sagte + 3]);
    expect(wordSpans('', WORD_FIRST, WORD_AT)).toEqual([]);
  });

  it('agrees with matchAll on made-up strings (property)', () => {
    const alphabet = ['a', 'B', 'ä', '1', '.', ':', ' ', '-', '’', "'", '𝒶', ',', '\n', '\uDC00'];
    let seed = 3;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 2000; round++) {
      let text = '';
      for (let n = Math.floor(next() * 16); n > 0; n--)
        text += alphabet[Math.floor(next() * alphabet.length)];
      const from = Math.floor(next() * (text.length + 1));
      const to = from + Math.floor(next() * (text.length - from + 1));
      expect(wordSpans(text, WORD_FIRST, WORD_AT, from, to)).toEqual(byMatchAll(text, from, to));
      expect(countMatches(WORD, text)).toBe((text.match(WORD) ?? []).length);
    }
  });
});

describe('atLeastMatches', () => {
  it('tells what split(/\\s+/u, n + 1).length > n tells', () => {
    const spaces = /\s+/gu;
    for (const text of ['', ' ', 'eins', ' eins zwei ', 'eins  zwei\ndrei\tvier', ' a b c d e '])
      for (const n of [1, 2, 3, 4, 5])
        expect(atLeastMatches(spaces, text, n)).toBe(text.split(/\s+/u, n + 1).length > n);
  });
});

describe('wordSpans with a word pattern that does not match where the first character stands', () => {
  it('passes over that character and goes on (a wrong pair of patterns never loops)', () => {
    // "b" runs only: the first-character pattern also finds "a" and "c", where no "b" run starts
    expect(wordSpans('abcbb', /[a-z]/gu, /b+/uy)).toEqual([1, 2, 3, 5]);
    expect(wordSpans('xyz', /[a-z]/gu, /b+/uy)).toEqual([]);
  });
});
