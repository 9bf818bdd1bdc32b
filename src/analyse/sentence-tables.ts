import type { SentenceRules } from '../lang/types.js';

/** The sentence tables of one language as sets, built once per rules object. */
export interface SentenceTables {
  /** Abbreviations exactly as written in the table (`Dr`, `z.B`, `U.S`). */
  readonly abbreviations: ReadonlySet<string>;
  /** Table entries written in lower case (`ca`, `bzw`): they also match capitalised (`Ca.` opening a sentence). */
  readonly lowerAbbreviations: ReadonlySet<string>;
  readonly months: ReadonlySet<string>;
  readonly sentenceStarters: ReadonlySet<string>;
  readonly ordinals: boolean;
}

const cache = new WeakMap<SentenceRules, SentenceTables>();

export function sentenceTables(rules: SentenceRules): SentenceTables {
  let tables = cache.get(rules);
  if (tables) return tables;
  const abbreviations = new Set<string>();
  const lowerAbbreviations = new Set<string>();
  for (const a of rules.abbreviations) {
    const bare = a.endsWith('.') ? a.slice(0, -1) : a;
    abbreviations.add(bare);
    if (bare === bare.toLowerCase()) lowerAbbreviations.add(bare);
  }
  tables = {
    abbreviations,
    lowerAbbreviations,
    months: new Set(rules.months.map((m) => m.toLowerCase())),
    sentenceStarters: new Set(rules.sentenceStarters.map((w) => w.toLowerCase())),
    ordinals: rules.ordinals ?? false,
  };
  cache.set(rules, tables);
  return tables;
}

/** `word` (without its period) is a known abbreviation; a capitalised word also matches a lower-case entry. */
export function isAbbreviation(tables: SentenceTables, word: string): boolean {
  if (word === '') return false;
  if (tables.abbreviations.has(word)) return true;
  const lower = word.toLowerCase();
  return lower !== word && word.slice(1) === lower.slice(1) && tables.lowerAbbreviations.has(lower);
}
