/**
 * Splitting of closed compounds (German `Bundestagswahl`, `Koalitionsverhandlungen`) into parts that are known
 * words of a language's table, so an article on the `Regierungsbündnis` meets one on the `Bündnis` and the
 * `Regierung`. Both parts must be known (directly, after a linking element, or split in turn): a word that only
 * ends in a known word (`Verhandlung` ends in `Handlung`, but `ver` is no word) is left whole.
 */
import type { CompoundTable } from '../lang/types.js';

/** Splits a lower-case word into the stems of its known parts, or [] when it is no compound of known words. */
export type CompoundSplitter = (norm: string) => readonly string[];

const FOLD: Readonly<Record<string, string>> = { ä: 'a', ö: 'o', ü: 'u', ß: 'ss' };

/** Lower case without umlauts and ß (as the Snowball stemmers of German give stems). */
export function foldUmlauts(word: string): string {
  return /[äöüß]/u.test(word) ? word.replace(/[äöüß]/gu, (c) => FOLD[c] ?? c) : word;
}

/** Results kept before the cache is emptied (bounds memory on very large runs). */
const MAX_CACHED = 100_000;

interface Lexicon {
  /** Folded forms a head may take → the stem of its word. */
  readonly heads: ReadonlyMap<string, string>;
  /** Folded words → their stem. */
  readonly words: ReadonlyMap<string, string>;
  /** Folded modifier endings (see {@link CompoundTable.modifierEndings}). */
  readonly endings: readonly string[];
  readonly table: CompoundTable;
  readonly stem: (word: string) => string;
}

function lexiconOf(table: CompoundTable, stem: (word: string) => string): Lexicon {
  const words = new Map<string, string>();
  const heads = new Map<string, string>();
  for (const word of table.words) {
    const folded = foldUmlauts(word.toLowerCase());
    const s = stem(word.toLowerCase());
    words.set(folded, s);
    for (const ending of ['', ...table.inflections])
      if (!heads.has(folded + ending)) heads.set(folded + ending, s);
  }
  const endings = (table.modifierEndings ?? []).map((e) => foldUmlauts(e.toLowerCase()));
  return { heads, words, endings, table, stem };
}

/** The stems of a modifier's parts: a known word, one after dropping a linking element, or a compound itself. */
function modifierParts(lex: Lexicon, modifier: string, depth: number): readonly string[] {
  const direct = lex.words.get(modifier) ?? lex.words.get(`${modifier}e`);
  if (direct !== undefined) return [direct];
  for (const linker of lex.table.linkers) {
    if (!modifier.endsWith(linker) || modifier.length - linker.length < lex.table.minPart) continue;
    const found = lex.words.get(modifier.slice(0, -linker.length));
    if (found !== undefined) return [found];
  }
  return depth > 0 ? split(lex, modifier, depth - 1, false) : [];
}

/** Longest known head first; the rest must be a known modifier. */
function split(lex: Lexicon, word: string, depth: number, inflected: boolean): readonly string[] {
  const { minPart } = lex.table;
  for (let i = minPart; i + minPart <= word.length; i++) {
    const tail = word.slice(i);
    const head = inflected ? lex.heads.get(tail) : lex.words.get(tail);
    if (head === undefined) continue;
    const parts = modifierParts(lex, word.slice(0, i), depth);
    if (parts.length > 0) return [...parts, head];
  }
  return [];
}

/**
 * End of the modifier at the last modifier ending in `word` that leaves a modifier of `minPart` + 2 characters and a
 * head of `minHead` (`vergeltungsangriff` → 11, after `vergeltungs`), or -1 when there is none.
 */
function modifierEnd(lex: Lexicon, word: string): number {
  const minHead = lex.table.minHead ?? 4;
  let best = -1;
  for (const ending of lex.endings) {
    for (let at = word.indexOf(ending); at >= 0; at = word.indexOf(ending, at + 1)) {
      const end = at + ending.length;
      if (end >= lex.table.minPart + 2 && word.length - end >= minHead) best = Math.max(best, end);
    }
  }
  return best;
}

/**
 * A compound marked by a modifier ending (`Vergeltungs·angriff`): the modifier without its linking `s` (its known
 * parts if it is a compound of table words, else its stem) and the head (its table word, else its stem).
 */
function splitAtEnding(lex: Lexicon, word: string, depth: number): readonly string[] {
  const end = modifierEnd(lex, word);
  if (end < 0) return [];
  const modifier = word.slice(0, end - 1);
  const tail = word.slice(end);
  const inner = split(lex, modifier, depth, false);
  return [...(inner.length > 0 ? inner : [lex.stem(modifier)]), lex.heads.get(tail) ?? lex.stem(tail)];
}

/** A splitter over `table` (stems by `stem`), with a cache of its answers. */
export function compoundSplitter(table: CompoundTable, stem: (word: string) => string): CompoundSplitter {
  const lex = lexiconOf(table, stem);
  const cache = new Map<string, readonly string[]>();
  return (norm) => {
    if (norm.length < table.minWord) return [];
    let parts = cache.get(norm);
    if (parts === undefined) {
      if (cache.size >= MAX_CACHED) cache.clear();
      const folded = foldUmlauts(norm);
      parts = split(lex, folded, 2, true);
      if (parts.length === 0) parts = splitAtEnding(lex, folded, 2);
      cache.set(norm, parts);
    }
    return parts;
  };
}
