/** Word scanning with offsets: the compare stage reads surface forms (capitalisation matters for names). */
import { keptPer } from '../core/kept.js';

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

/** Words of `text[start, end)`; hyphenated compounds ("Kim Jong-un", "UN-Sicherheitsrat") are one word. */
export function scanWords(text: string, start = 0, end = text.length): Word[] {
  const out: Word[] = [];
  const slice = text.slice(start, end);
  let last = -1;
  for (const m of slice.matchAll(WORD)) {
    const s = start + (m.index ?? 0);
    const w = m[0];
    const gap = last < 0 ? '' : text.slice(last, s);
    out.push({ start: s, end: s + w.length, text: w, lower: w.toLowerCase(), tightBefore: gap === ' ' });
    last = s + w.length;
  }
  return out;
}

export const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w);

/**
 * A word that can be part of a name: capitalised, letters and hyphens (a lower-case part after a hyphen is fine),
 * also an initial joined by an apostrophe to a capitalised rest ("O'Leary", "D’Angelo"; not "Trump's", "I'm").
 */
export const isNameWord = (w: string): boolean =>
  /^\p{Lu}(?:['’]\p{Lu})?\p{L}*(?:-\p{L}+)*$/u.test(w) && !/^[\p{Lu}'’]+$/u.test(w);

/** All capitals (an acronym such as "UN", "ZDF"), also joined by an ampersand ("AT&T", "H&M"). */
export const isAcronym = (w: string): boolean => /^(?:\p{Lu}{2,}|\p{Lu}+(?:&\p{Lu}+)+)$/u.test(w);

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
export const lowerCaseWords: (words: readonly Word[]) => ReadonlySet<string> = keptPer(
  (words) => new Set(words.filter((w) => w.text === w.lower).map((w) => w.lower)),
);
