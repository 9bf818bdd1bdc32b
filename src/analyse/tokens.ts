import type { Token } from '../core/types.js';
import { isDigit, isLetter, isWordChar } from './chars.js';
import { lowerCase } from '../core/lower-case.js';
import { MAX_CACHED, uncachedStemmerFor } from './stemmers.js';
import { stopwordsFor } from './stopwords.js';

const ASTRAL_WORD = /^[\p{L}\p{M}\p{N}]$/u;
const ASTRAL_LETTER = /^[\p{L}\p{M}]$/u;

/** Hyphens and apostrophes that join two parts of one word: `Kim-Putin-Gipfel`, `Jong-un`, `don't`. */
function isJoiner(code: number): boolean {
  return code === 0x2d || code === 0x27 || code === 0x2019 || code === 0x2010 || code === 0x2011;
}

/** Width (1 or 2 code units) of the word character at `i`, or 0 when there is none. */
function wordCharWidth(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ASTRAL_WORD.test(text.slice(i, i + 2)) ? 2 : 0;
    return 0;
  }
  return isWordChar(c) ? 1 : 0;
}

/** Set by {@link runEnd}: whether the run it scanned had a letter (saves an allocation per run). */
let runHadLetter = false;

/** End of the word characters from `i`; sets {@link runHadLetter}. */
function runEnd(text: string, i: number, end: number): number {
  let j = i;
  let letter = false;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (c < 0x80) {
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) letter = true;
      else if (c < 0x30 || c > 0x39) break;
      j++;
      continue;
    }
    const w = wordCharWidth(text, j, end);
    if (w === 0) break;
    if (!letter) letter = w === 1 ? isLetter(c) : ASTRAL_LETTER.test(text.slice(j, j + 2));
    j += w;
  }
  runHadLetter = letter;
  return j;
}

/** What `tokenize` gives every occurrence of a word: its lower-cased form (one string for all), stem and stopword flag. */
interface Word {
  readonly norm: string;
  readonly stem: string;
  readonly stop: boolean;
}

const wordTables = new Map<string, Map<string, Word>>();

/**
 * The words of a language seen so far, by lower-cased form (bounded as `stemmerFor`'s cache is): one lookup gives
 * a word's stem and whether it is a stopword, where a stem lookup and a stopword lookup were two, and the tokens
 * of one word share one `norm` string.
 */
function wordTable(language: string): Map<string, Word> {
  let table = wordTables.get(language);
  if (table === undefined) wordTables.set(language, (table = new Map()));
  return table;
}

/**
 * The words and numbers of `text[start, end)` with offsets into `text`, in order and not overlapping. Inner
 * hyphens and apostrophes stay in the word (`US-Präsident`, `Kim Jong-un`, `don't`); periods and commas between
 * digits stay in the number (`50.000`, `25.4.2019`, `1,5`). `norm` is the lower-cased surface form, `stem` its
 * Snowball stem in `language` (identity for numbers and languages without a stemmer), `stop` whether it is a
 * stopword of the language (stopwords-iso).
 */
export function tokenize(text: string, start: number, end: number, language: string): Token[] {
  const stem = uncachedStemmerFor(language);
  const stopwords = stopwordsFor(language);
  const words = wordTable(language);
  const lo = Math.max(0, start);
  const hi = Math.min(end, text.length);
  const out: Token[] = [];
  let i = lo;
  while (i < hi) {
    const first = wordCharWidth(text, i, hi);
    if (first === 0) {
      i++;
      continue;
    }
    const tokenStart = i;
    i = runEnd(text, i, hi);
    let letter = runHadLetter;
    while (i + 1 < hi) {
      const c = text.charCodeAt(i);
      const joins =
        (isJoiner(c) && wordCharWidth(text, i + 1, hi) > 0) ||
        ((c === 0x2e || c === 0x2c) && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)));
      if (!joins) break;
      i = runEnd(text, i + 1, hi);
      letter ||= runHadLetter;
    }
    const norm = lowerCase(text.slice(tokenStart, i));
    if (!letter) {
      out.push({ start: tokenStart, end: i, norm, stem: norm, stop: stopwords.has(norm), kind: 'number' });
      continue;
    }
    let word = words.get(norm);
    if (word === undefined) {
      if (words.size >= MAX_CACHED) words.clear();
      word = { norm, stem: stem(norm), stop: stopwords.has(norm) };
      words.set(norm, word);
    }
    out.push({ start: tokenStart, end: i, norm: word.norm, stem: word.stem, stop: word.stop, kind: 'word' });
  }
  return out;
}
