import type { Token } from '../core/types.js';
import { isUpper } from '../analyse/chars.js';

/**
 * Term extraction for the clusterer: words (stems), entities (capitalised names) and numbers from tokens, and
 * character bigrams for scripts written without spaces. Terms of different signals are kept apart by a prefix
 * (`@` entities, `#` numbers) that no token contains, so one document-frequency table serves them all.
 */

export type TermCounts = Map<string, number>;

export const ENTITY_PREFIX = '@';
export const NUMBER_PREFIX = '#';

/** Han, kana, Hangul: scripts written without spaces between words. */
function isCjk(code: number): boolean {
  return (
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

export function bump(counts: TermCounts, term: string, by = 1): void {
  counts.set(term, (counts.get(term) ?? 0) + by);
}

/** Character bigrams of a run of CJK characters (a lone character stands for itself). */
function addCjkBigrams(counts: TermCounts, norm: string): boolean {
  if (!isCjk(norm.charCodeAt(0))) return false;
  if (norm.length === 1) bump(counts, norm);
  for (let i = 0; i + 1 < norm.length; i++) bump(counts, norm.slice(i, i + 2));
  return true;
}

/** Digits of a number token without separators (`50.000` → `50000`); empty for a single digit. */
export function numberKey(norm: string): string {
  const digits = norm.replace(/[.,']/gu, '');
  return digits.length >= 2 ? digits : '';
}

/** True when the token starts a sentence (only spaces and quotes since a full stop, or the start of the text). */
function sentenceInitial(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x22 || c === 0x27 || c === 0x201e || c === 0x201c || c === 0xab || c === 0xbb)
      continue;
    return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a || c === 0x3a;
  }
  return true;
}

/** Lower-case name without diacritics (`Peña` → `pena`): names meet across languages and spellings. */
function entityKey(norm: string): string {
  // eslint-disable-next-line no-control-regex
  return /^[\u0000-\u007f]*$/u.test(norm) ? norm : norm.normalize('NFD').replace(/\p{M}/gu, '');
}

export interface SignalCounts {
  readonly words: TermCounts;
  readonly entities: TermCounts;
  readonly numbers: TermCounts;
}

/** Adds the terms of `tokens` (from `text`) to the counts of each signal. */
export function collectTerms(text: string, tokens: readonly Token[], into: SignalCounts): void {
  for (const token of tokens) {
    if (token.kind === 'number') {
      const key = numberKey(token.norm);
      if (key !== '') bump(into.numbers, NUMBER_PREFIX + key);
      continue;
    }
    if (addCjkBigrams(into.words, token.norm)) continue;
    if (token.stop || token.norm.length < 2) continue;
    bump(into.words, token.stem);
    if (isUpper(text.charCodeAt(token.start)) && !sentenceInitial(text, token.start)) {
      bump(into.entities, ENTITY_PREFIX + entityKey(token.norm));
    }
  }
}

export function emptySignalCounts(): SignalCounts {
  return { words: new Map(), entities: new Map(), numbers: new Map() };
}
