/**
 * Organisations named with their acronym in brackets ("Bundesverband deutscher Banken (BdB)", "International
 * Council on Security and Development (ICOS)"): the words before the bracket whose letters spell the acronym, the
 * first letter the first word's (Schwartz & Hearst 2003), and the acronym itself.
 */
import type { ArticleContext } from './context.js';
import type { TaggedName } from './name-rules.js';
import { isNameWord, type Word } from './words.js';

/** An acronym as written in brackets: a capital, then letters with at least one more capital ("BdB", "VKSt"). */
const ACRONYM = /^\p{Lu}(?=\p{L}*\p{Lu})\p{L}{1,7}$/u;
/** Quotation marks that may close a name before its acronym's bracket. */
const NAME_QUOTES = '"“”»«';

/**
 * Whether the text between the name and its acronym is a bracket, perhaps after a closing quotation mark, white
 * space around (what `/^\s*["“”»«]?\s*\($/u` says, read without backtracking over a run of white space).
 */
function opening(gap: string): boolean {
  if (!gap.endsWith('(')) return false;
  const inner = gap.slice(0, -1).trim();
  return inner === '' || (inner.length === 1 && NAME_QUOTES.includes(inner));
}
/** At most this many words more than the acronym has letters. */
const EXTRA_WORDS = 4;

/** Whether the acronym's letters stand in order in `phrase`, the first one its first letter (lower case both). */
export function spells(acronym: string, phrase: string): boolean {
  const letters = acronym.toLowerCase();
  const text = phrase.toLowerCase();
  if (text[0] !== letters[0]) return false;
  let at = 1;
  for (const letter of letters.slice(1)) {
    const found = text.indexOf(letter, at);
    if (found < 0) return false;
    at = found + 1;
  }
  return true;
}

/** Capitals only. */
const CAPITALS_ONLY = /^\p{Lu}+$/u;

/** The first word of the name an acronym in brackets at word `i` stands for, or -1. */
function nameStart(ctx: ArticleContext, i: number, acronym: string): number {
  const { words } = ctx;
  const last = i - 1;
  const end = words[last];
  if (!end || !isNameWord(end.text) || !opening(ctx.article.text.slice(end.end, (words[i] as Word).start)))
    return -1;
  const maxWords = acronym.length + EXTRA_WORDS;
  for (let s = last; s >= 0 && last - s < maxWords; s--) {
    const w = words[s] as Word;
    // The words of one name: joined by single spaces (or a quotation mark at its start).
    if (s < last && !(words[s + 1] as Word).tightBefore) return -1;
    if (!isNameWord(w.text) && !CAPITALS_ONLY.test(w.text)) continue;
    if (w.text[0]?.toLowerCase() !== acronym[0]?.toLowerCase()) continue;
    const phrase = ctx.article.text.slice(w.start, end.end);
    if (spells(acronym, phrase)) return s;
  }
  return -1;
}

/** Organisations named with their acronym in brackets in one article: the name and the acronym. */
export function acronymNames(ctx: ArticleContext): TaggedName[] {
  const { words } = ctx;
  const { notAcronyms } = ctx.sets.names;
  const out: TaggedName[] = [];
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as Word;
    if (!ACRONYM.test(w.text) || notAcronyms.has(w.text)) continue;
    if (!ctx.article.text.slice(w.end).startsWith(')')) continue;
    const start = nameStart(ctx, i, w.text);
    if (start < 0) continue;
    out.push({ words: words.slice(start, i).map((x) => x.text), rule: 'acronym-definition' });
    out.push({ words: [w.text], rule: 'acronym-definition' });
  }
  return out;
}
