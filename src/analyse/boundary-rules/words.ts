import { isDigit, isLetter, isLower, isUpper } from '../chars.js';
import type { SentenceTables } from '../sentence-tables.js';

export function startsUpper(word: string): boolean {
  return word !== '' && isUpper(word.charCodeAt(0));
}

export function startsLower(word: string): boolean {
  return word !== '' && isLower(word.charCodeAt(0));
}

export function startsDigit(word: string): boolean {
  return word !== '' && isDigit(word.charCodeAt(0));
}

/** Digits, possibly with inner periods: `12`, `2013`, `25.4`, `25.4.2019`. */
export function isNumeric(word: string): boolean {
  if (word === '') return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c !== 0x2e && !isDigit(c)) return false;
  }
  return true;
}

/** A single letter: an initial (`A. Merkel`) or part of a spaced abbreviation (`z. B.`). */
export function isSingleLetter(word: string): boolean {
  return word.length === 1 && isLetter(word.charCodeAt(0));
}

/** A capitalised word that typically opens a sentence (`Die`, `Auch`, `The`). */
export function isSentenceStarter(word: string, tables: SentenceTables): boolean {
  return startsUpper(word) && tables.sentenceStarters.has(word.toLowerCase());
}
