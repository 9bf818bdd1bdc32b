/** The gazetteer's names indexed for lookup by word (read by compare's entities and by the clusterer's terms). */
import { FAMILY_NAME_FIRST, ORGANISATIONS, PLACES } from './gazetteer.js';

// Patterns of functions run per word are module constants: a regular expression literal makes a new object each
// time it is evaluated.
const GENITIVE_S = /[^sßxz]s$/u;
const GENITIVE_APOSTROPHE = /['’]s$/u;

/**
 * The bases found so far, by word (bounded, cleared when full): each word of an article is asked for again by every
 * scan and rule that reads it, and a new string was cut out of it each time.
 */
const bases = new Map<string, string>();
const MAX_BASES = 50_000;

/** The word without a genitive `s` (`Putins` → `Putin`, `Russia's` → `Russia`), if it has one. */
export function genitiveBase(word: string): string | undefined {
  if (word.length <= 3) return undefined;
  const cut = GENITIVE_S.test(word) ? 1 : GENITIVE_APOSTROPHE.test(word) ? 2 : 0;
  if (cut === 0) return undefined;
  let base = bases.get(word);
  if (base === undefined) {
    if (bases.size >= MAX_BASES) bases.clear();
    base = word.slice(0, -cut);
    bases.set(word, base);
  }
  return base;
}

/** One known name: its words as written and the entity it stands for. */
export interface KnownName {
  readonly words: readonly string[];
  readonly type: 'place' | 'organization';
  /** Canonical name (the table's first). */
  readonly canonical: string;
}

function build(): KnownName[] {
  const out: KnownName[] = [];
  for (const p of PLACES) {
    const canonical = p.names[0] ?? '';
    for (const n of p.names) out.push({ words: n.split(' '), type: 'place', canonical });
  }
  for (const o of ORGANISATIONS) {
    const canonical = o[0] ?? '';
    for (const n of o) out.push({ words: n.split(' '), type: 'organization', canonical });
  }
  return out;
}

export const KNOWN_NAMES: readonly KnownName[] = build();

const singleWord = new Map<string, KnownName>();
for (const k of KNOWN_NAMES) if (k.words.length === 1) singleWord.set(k.words[0] ?? '', k);

/** The gazetteer entry a single word (or its genitive) names, if any. */
export function knownWord(word: string): KnownName | undefined {
  const hit = singleWord.get(word);
  if (hit) return hit;
  const base = genitiveBase(word);
  return base !== undefined ? singleWord.get(base) : undefined;
}

export const FAMILY_FIRST: ReadonlySet<string> = new Set(FAMILY_NAME_FIRST);
