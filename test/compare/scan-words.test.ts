import { describe, expect, it } from 'vitest';
import { scanWords } from '../../src/compare/words.js';
import { wordCount } from '../../src/summarise/index.js';

const texts = (text: string, start?: number, end?: number): string[] =>
  scanWords(text, start, end).map((w) => w.text);

describe('scanWords (found with test and lastIndex, no match array per word)', () => {
  it('gives offsets, lower case and whether one space alone comes before', () => {
    const words = scanWords('Der  UN-Sicherheitsrat, sagte Kim Jong-un.');
    expect(words.map((w) => [w.text, w.start, w.end, w.lower, w.tightBefore])).toEqual([
      ['Der', 0, 3, 'der', false],
      ['UN-Sicherheitsrat', 5, 22, 'un-sicherheitsrat', false],
      ['sagte', 24, 29, 'sagte', false],
      ['Kim', 30, 33, 'kim', true],
      ['Jong-un', 34, 41, 'jong-un', true],
    ]);
  });

  it('joins dots and ampersands as before and splits a missing space after a full stop', () => {
    expect(texts('Die Seite bild.de und u.a. die U.S. Army')).toEqual([
      'Die',
      'Seite',
      'bild.de',
      'und',
      'u.a',
      'die',
      'U.S',
      'Army',
    ]);
    expect(texts('sagte Struck.Gleichzeitig kam AT&T')).toEqual([
      'sagte',
      'Struck',
      'Gleichzeitig',
      'kam',
      'AT&T',
    ]);
  });

  it('reads letters outside the Basic Multilingual Plane and a part of the text', () => {
    const text = 'Das 𝐀𝐁 und 𝒶b-c enden hier';
    expect(texts(text)).toEqual(['Das', '𝐀𝐁', 'und', '𝒶b-c', 'enden', 'hier']);
    const words = scanWords(text, 4, 15);
    expect(words.map((w) => [w.text, w.start, w.end])).toEqual([
      ['𝐀𝐁', 4, 8],
      ['und', 9, 12],
      ['𝒶', 13, 15],
    ]);
    // a part ends where it is cut, as a match of its own text does
    expect(texts('Es kam a.Bc an', 7, 10)).toEqual(['a.B']);
    expect(texts('')).toEqual([]);
    expect(texts(' ,; ')).toEqual([]);
  });
});

describe('wordCount', () => {
  it('counts the runs between white space', () => {
    expect(wordCount('')).toBe(0);
    expect(wordCount('  \n\t ')).toBe(0);
    expect(wordCount('eins')).toBe(1);
    expect(wordCount('  eins zwei\u00a0drei\n\nvier  ')).toBe(4);
  });
});
