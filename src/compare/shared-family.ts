import { keptPer } from '../core/kept.js';
import type { ArticleContext } from './context.js';
import { knownWord } from './gazetteer-index.js';
import type { TaggedName } from './name-rules.js';
import { nameKey } from './names.js';
import { commonNounWord, personWord } from './persons.js';
import { isCapitalised, lowerCaseWords, type Word } from './words.js';

/** How often a pair must occur in the story: once may be a heading or a line in title case. */
const MIN_PAIRS = 2;
/** A word shaped like a given name: a capital, then lower-case letters only. */
const GIVEN_SHAPED = /^\p{Lu}\p{Ll}{2,}$/u;

/** Whether `first` and `second` are capitalised words with only a space between (a run of capitalised words). */
const capitalRun = (first: Word | undefined, second: Word | undefined): boolean =>
  first !== undefined &&
  second?.tightBefore === true &&
  isCapitalised(first.text) &&
  isCapitalised(second.text);

/** The shortest short form of a given name ("Gord" of "Gordon"). */
const MIN_SHORT_FORM = 3;

/**
 * Whether the word at `i` may be the unknown given name of another person with the family name after it: shaped like
 * a given name, not a table name, known word, common noun, name particle ("Van Camp") or a word the article also
 * writes in lower case, and the pair not part of a longer run of capitalised words ("Lockheed Martin Corp", "The
 * Trayvon Martin Case").
 */
function unknownGiven(ctx: ArticleContext, i: number): boolean {
  const { words } = ctx;
  const given = words[i] as Word;
  const family = words[i + 1] as Word;
  if (!family.tightBefore || !GIVEN_SHAPED.test(given.text) || !personWord(given, ctx)) return false;
  if (ctx.sets.firstNames.has(given.text) || knownWord(given.text) || commonNounWord(given.text, ctx))
    return false;
  if (ctx.sets.names.firstParticles.has(given.lower)) return false;
  if (lowerCaseWords(words).has(given.lower)) return false;
  return !capitalRun(words[i - 1], given) && !capitalRun(family, words[i + 2]);
}

/** Per word list (and the rule sets it was read with), whether `unknownGiven` holds at each place asked about. */
const givenAt = new WeakMap<
  readonly Word[],
  { readonly sets: ArticleContext['sets']; readonly known: Map<number, boolean> }
>();

/** `unknownGiven`, found once per article's word list and place (the lists are kept between briefs). */
function unknownGivenAt(ctx: ArticleContext, i: number): boolean {
  let kept = givenAt.get(ctx.words);
  if (kept === undefined || kept.sets !== ctx.sets) {
    kept = { sets: ctx.sets, known: new Map() };
    givenAt.set(ctx.words, kept);
  }
  let known = kept.known.get(i);
  if (known === undefined) {
    known = unknownGiven(ctx, i);
    kept.known.set(i, known);
  }
  return known;
}

/** Per word list, the places of the words right before each word (as written) that follows them tightly. */
const placesBefore = keptPer((words: readonly Word[]): ReadonlyMap<string, readonly number[]> => {
  const before = new Map<string, number[]>();
  for (let i = 0; i + 1 < words.length; i++) {
    const next = words[i + 1] as Word;
    if (!next.tightBefore) continue;
    const places = before.get(next.text);
    if (places === undefined) before.set(next.text, [i]);
    else places.push(i);
  }
  return before;
});

/**
 * The places (in order) of the words right before one of `families` that follows them tightly: the only places
 * where `unknownGiven` may hold. Each article's places are found once per word list (kept between briefs of a
 * growing story), so a brief looks up the families, not every word of the story.
 */
function familyPlaces(words: readonly Word[], families: ReadonlyMap<string, unknown>): readonly number[] {
  const before = placesBefore(words);
  const lists: (readonly number[])[] = [];
  if (before.size < families.size) {
    for (const [family, places] of before) if (families.has(family)) lists.push(places);
  } else
    for (const family of families.keys()) {
      const places = before.get(family);
      if (places !== undefined) lists.push(places);
    }
  // One family's places are in order already (and kept: not copied).
  return lists.length === 1 ? (lists[0] as readonly number[]) : lists.flat().sort((a, b) => a - b);
}

/**
 * "Gord Davis" beside "Gordon Davis": the short form of a found person's given name is that person, and so is the end
 * of a longer name ("Coronel Aispuro" of "Emma Coronel Aispuro"). At module level, not made per call (a closure made
 * per call loses its optimised code at every major collection; session 23).
 */
function shortForm(
  givenOf: ReadonlyMap<string, ReadonlySet<string>>,
  given: string,
  family: string,
): boolean {
  if (given.length < MIN_SHORT_FORM) return false;
  const names = givenOf.get(family);
  if (names !== undefined) for (const g of names) if (g.startsWith(given)) return true;
  return false;
}

/**
 * What `sharedFamilyNames` found for a story's articles, kept for another call with the same articles (the second
 * recognition of a brief): the names it was given (`key`) and the names it found.
 */
export interface SharedFamilyKept {
  key?: string;
  found?: readonly TaggedName[];
}

/**
 * "Trayvon Martin" in a story that names "Tracy Martin": a capitalised word the given-name tables do not know, right
 * before the family name of a found full name, read as another person's given name when the pair occurs at least
 * twice in the story. The family name alone then has two full names to choose from, and goes to one only when it
 * clearly dominates (the counts of `addShortNames`), not to the only one that was found.
 */
export function sharedFamilyNames(
  ctxs: readonly ArticleContext[],
  persons: readonly TaggedName[],
  familyOf: (words: readonly string[]) => string,
  kept?: SharedFamilyKept,
): readonly TaggedName[] {
  // The family names of the found full names, each with the other words of those names ("Gordon" of "Gordon Davis"),
  // and the keys of all found names; each name once (a story's seeds name the same people again and again).
  const givenOf = new Map<string, Set<string>>();
  const found = new Set<string>();
  const names = new Set<string>();
  const firsts: string[] = [];
  for (const p of persons) {
    const joined = p.words.join(' ');
    if (names.has(joined)) continue;
    names.add(joined);
    firsts.push(p.words.join('\u0000'));
    found.add(nameKey(joined));
    if (p.words.length < 2) continue;
    const family = familyOf(p.words);
    let given = givenOf.get(family);
    if (given === undefined) givenOf.set(family, (given = new Set()));
    for (const w of p.words) if (w !== family) given.add(w);
  }
  if (givenOf.size === 0) return [];
  // The pairs depend on the distinct names only (each name's words as the first of its kind had them).
  const key = [...firsts].sort().join('\n');
  if (kept?.found !== undefined && kept.key === key) return kept.found;
  const pairs = new Map<string, { words: string[]; n: number }>();
  for (const ctx of ctxs) {
    const { words } = ctx;
    for (const i of familyPlaces(words, givenOf)) {
      const family = (words[i + 1] as Word).text;
      if (!unknownGivenAt(ctx, i)) continue;
      const pair = [(words[i] as Word).text, family];
      const key = nameKey(pair.join(' '));
      if (found.has(key) || shortForm(givenOf, pair[0] as string, family)) continue;
      const seen = pairs.get(key) ?? { words: pair, n: 0 };
      seen.n++;
      pairs.set(key, seen);
    }
  }
  const shared: TaggedName[] = [];
  for (const p of pairs.values())
    if (p.n >= MIN_PAIRS) shared.push({ words: p.words, rule: 'shared-family' });
  if (kept !== undefined) {
    kept.key = key;
    kept.found = shared;
  }
  return shared;
}
