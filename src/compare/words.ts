/** Word scanning with offsets: the compare stage reads surface forms (capitalisation matters for names). */
import { keptPer } from '../core/kept.js';
import { lowerCase } from '../core/lower-case.js';
import { wordSpans } from '../core/regexp.js';

export interface Word {
  readonly start: number;
  readonly end: number;
  /** As written. */
  readonly text: string;
  /** Lower-case. */
  readonly lower: string;
  /** Whether only a single space (or nothing joining) separates this word from the previous one. */
  readonly tightBefore: boolean;
}

/**
 * A dot joins parts ("u.a.", "bild.de", "U.S.") except between a lower-case word and a capitalised one: a missing
 * space after a full stop ("sagte Struck.Gleichzeitig"). An ampersand between capitals joins a name ("AT&T", "H&M").
 */
const WORD =
  /[\p{L}\p{N}]+(?:(?:[-'’]|(?<!\p{Ll})\.|\.(?!\p{Lu}\p{Ll})|(?<=\p{Lu})&(?=\p{Lu}))[\p{L}\p{N}]+)*/gu;

/** The text before a word that opens a sentence: a sentence's end, a colon or an opening quotation mark. */
export const SENTENCE_OPENING = /[.!?:„“"«»‚‘]\s*$/u;

/** The first letter or digit at or after `lastIndex` (where a match of `WORD` starts). */
const WORD_START = /[\p{L}\p{N}]/gu;
/** `WORD` from exactly `lastIndex`. */
const WORD_AT = new RegExp(WORD.source, 'uy');

/**
 * Words of `text[start, end)`; hyphenated compounds ("Kim Jong-un", "UN-Sicherheitsrat") are one word. Found by
 * `wordSpans` (no match array per word: this runs over every article's text).
 */
export function scanWords(text: string, start = 0, end = text.length): Word[] {
  const spans = wordSpans(text, WORD_START, WORD_AT, start, end);
  const out: Word[] = [];
  let last = -1;
  for (let k = 0; k < spans.length; k += 2) {
    const s = spans[k] as number;
    const e = spans[k + 1] as number;
    const w = text.slice(s, e);
    // only a single space between the words: the gap is not cut out of the text to be compared
    const tight = last >= 0 && s - last === 1 && text.charCodeAt(last) === 32;
    out.push({ start: s, end: e, text: w, lower: lowerCase(w), tightBefore: tight });
    last = e;
  }
  return out;
}

// The patterns of the word tests are module constants: a regular expression literal makes a new object each time
// it is evaluated, and these run for every word.
const CAPITALISED = /^\p{Lu}/u;
const NAME_WORD = /^\p{Lu}(?:['’]\p{Lu})?\p{L}*(?:-\p{L}+)*$/u;
const CAPITALS_ONLY = /^[\p{Lu}'’]+$/u;
const ACRONYM = /^(?:\p{Lu}{2,}|\p{Lu}+(?:&\p{Lu}+)+)$/u;

export const isCapitalised = (w: string): boolean => CAPITALISED.test(w);

/** Whether a comma stands between word `k` of an article's words and the one before (neither missing). */
export function commaBefore(
  ctx: { readonly article: { readonly text: string }; readonly words: readonly Word[] },
  k: number,
): boolean {
  const w = ctx.words[k];
  const prev = ctx.words[k - 1];
  return w !== undefined && prev !== undefined && /,/u.test(ctx.article.text.slice(prev.end, w.start));
}

/**
 * A word that can be part of a name: capitalised, letters and hyphens (a lower-case part after a hyphen is fine),
 * also an initial joined by an apostrophe to a capitalised rest ("O'Leary", "D’Angelo"; not "Trump's", "I'm").
 */
export const isNameWord = (w: string): boolean => NAME_WORD.test(w) && !CAPITALS_ONLY.test(w);

/** All capitals (an acronym such as "UN", "ZDF"), also joined by an ampersand ("AT&T", "H&M"). */
export const isAcronym = (w: string): boolean => ACRONYM.test(w);

/** The index of the word that starts at or after `offset`. */
export function wordIndexAt(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((words[mid] as Word).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The words of an article written in lower case (a capitalised one of them is a noun at a sentence's start, not a
 * name), as a set kept per word list.
 */
export const lowerCaseWords: (words: readonly Word[]) => ReadonlySet<string> = keptPer((words) => {
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (w.text === w.lower) out.add(w.lower);
  }
  return out;
});
