import type { ArticleContext } from './context.js';
import { knownWord } from './gazetteer-index.js';
import { isNameWord, type Word } from './words.js';

/** Endings of German and English abstract nouns: never a place name. */
const NOUN_ENDINGS = /(?:ung|ungen|heit|keit|schaft|tion|tionen|tät|nis|ismus|ness|ment|ity)$/u;

/** Candidate place words in one article: "in/nach/aus X" and "Insel X" with a capitalised X outside the tables. */
export interface PlaceCandidate {
  readonly word: string;
  /** After a place noun ("Insel Russkij"): strong evidence on its own. */
  readonly strong: boolean;
}

function plausible(word: Word | undefined, ctx: ArticleContext): word is Word {
  if (!word?.tightBefore || !isNameWord(word.text) || word.text.includes('-')) return false;
  if (knownWord(word.text)) return false;
  const lower = word.lower;
  if (ctx.sets.notPlaces.has(lower) || ctx.sets.calendar.has(lower) || ctx.sets.firstNames.has(word.text)) {
    return false;
  }
  return !NOUN_ENDINGS.test(lower);
}

export function placeCandidates(ctx: ArticleContext): PlaceCandidate[] {
  const out: PlaceCandidate[] = [];
  const { words } = ctx;
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i] as Word;
    const next = words[i + 1];
    if (ctx.sets.placeNouns.has(w.lower) && plausible(next, ctx)) out.push({ word: next.text, strong: true });
    else if (ctx.sets.placePrepositions.has(w.text) && plausible(next, ctx)) {
      out.push({ word: next.text, strong: false });
    }
  }
  return out;
}

/**
 * Places discovered in the story: after a place noun, or after place prepositions at least twice (in any
 * articles), and never a name already known as a person or organisation.
 */
export function discoveredPlaces(
  candidates: readonly PlaceCandidate[],
  notPlace: (word: string) => boolean,
): string[] {
  const counts = new Map<string, number>();
  const strong = new Set<string>();
  for (const c of candidates) {
    counts.set(c.word, (counts.get(c.word) ?? 0) + 1);
    if (c.strong) strong.add(c.word);
  }
  return [...counts]
    .filter(([word, n]) => (n >= 2 || strong.has(word)) && !notPlace(word))
    .map(([word]) => word);
}
