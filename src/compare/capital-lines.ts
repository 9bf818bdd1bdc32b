/**
 * Words set in capitals that are ordinary words, no acronyms: sentences set in capitals ("WE'RE GOING TO BE ON
 * TRAVERSE CREEK", a broadcast transcript, a shouted headline) and runs of three or more words in capitals ("AKTIE IM
 * FOKUS").
 */
import type { AnalysedArticle } from '../core/types.js';
import type { Word } from './words.js';

/** A word written in capitals only (apostrophes, digits and hyphens allowed), with at least one letter. */
const CAPITALS = /^(?=.*\p{Lu})[\p{Lu}\d'’.-]+$/u;
/** A sentence needs this many words before its share of capitals counts (short headings and lists of acronyms). */
const MIN_WORDS = 6;
/** The share of words in capitals from which a sentence is a line set in capitals. */
const MIN_SHARE = 0.6;

/** The words of `words` (an article's, in text order) that stand in a sentence set in capitals, by index. */
function capitalWords(article: AnalysedArticle, words: readonly Word[]): ReadonlySet<number> {
  const out = new Set<number>();
  let i = 0;
  for (const sentence of article.sentences) {
    while (i < words.length && (words[i] as Word).start < sentence.start) i++;
    let j = i;
    let capitals = 0;
    while (j < words.length && (words[j] as Word).end <= sentence.end) {
      if (CAPITALS.test((words[j] as Word).text)) capitals++;
      j++;
    }
    if (j - i >= MIN_WORDS && capitals >= MIN_SHARE * (j - i)) for (let k = i; k < j; k++) out.add(k);
    i = j;
  }
  return out;
}

const kept = new WeakMap<readonly Word[], ReadonlySet<number>>();

/** Whether word `i` of `words` (the article's words, as scanned once) stands in a sentence set in capitals. */
export function inCapitalLine(article: AnalysedArticle, words: readonly Word[], i: number): boolean {
  let set = kept.get(words);
  if (set === undefined) {
    set = capitalWords(article, words);
    kept.set(words, set);
  }
  return set.has(i);
}

/** Two or more capitals only. */
const CAPITALS_WORD = /^\p{Lu}{2,}$/u;

/** How many words in capitals, a space alone between them, stand together around word `i` of `words`. */
export function capitalsRun(words: readonly Word[], i: number): number {
  const caps = (k: number): boolean => CAPITALS_WORD.test(words[k]?.text ?? '');
  let from = i;
  while (caps(from - 1) && words[from]?.tightBefore) from--;
  let to = i + 1;
  while (caps(to) && words[to]?.tightBefore) to++;
  return to - from;
}
