import type { ArticleContext } from './context.js';
import { knownWord } from './gazetteer-index.js';
import { isTableName, knownPlaceName, openers, type TaggedName } from './name-rules.js';
import { commonNounWord, compoundNoun } from './persons.js';
import { isCapitalised, isNameWord, type Word } from './words.js';

/*
 * The noun endings these checks read are those of every registered language (`ctx.nouns`, src/lang/noun-rules.ts),
 * on text of any language: abstract nouns and other words that end no place name (`notPlace`: "Forderungen",
 * "Darkness"), common nouns (`common`: "aus Ländern", "in Kürze", "nach Angaben") unless they end like a place name
 * (`placeName`: "Göttingen", "Bremerhaven"), and last parts of place names that are also common nouns (`placePart`:
 * "Weinsberg", "Sauerland").
 */

/**
 * A common noun of the language ("aus Kirche") or a compound ending in a common noun that no place name ends in ("in
 * Lebensgefahr", "im Einsatzgebiet", "aus Todesangst"); a compound ending in a place part may be a place
 * ("Oberstdorf", "Ludwigshafen"), the place part alone is a common noun.
 */
const commonCompound = (lower: string, ctx: ArticleContext): boolean =>
  ctx.commonNouns.has(lower) ||
  ((compoundNoun(lower, ctx) || endsInNotPlace(lower, ctx)) && !ctx.nouns.placePart.test(lower));

/** A compound ending in a noun of five letters or more that is no place after a preposition ("Polizeigewahrsam"). */
function endsInNotPlace(lower: string, ctx: ArticleContext): boolean {
  for (let k = 2; lower.length - k >= 5; k++) if (ctx.sets.notPlaces.has(lower.slice(k))) return true;
  return false;
}

/** A genitive "s" after a lower-case letter ("Berlins"). */
const GENITIVE_S = /\p{Ll}s$/u;

/**
 * A word in -s right before a capitalised common noun is a genitive name before its noun ("nach Hendricks Tod",
 * "nach Wolkows Meinung"), no place after the preposition.
 */
function genitiveBeforeNoun(word: Word, next: Word | undefined, ctx: ArticleContext): boolean {
  return (
    GENITIVE_S.test(word.text) &&
    next?.tightBefore === true &&
    isCapitalised(next.text) &&
    commonNounWord(next.text, ctx)
  );
}

/** A capitalised word after "in"/"aus"/"nach" that is shaped like a name, not like a common noun. */
function nameShaped(word: Word, next: Word | undefined, ctx: ArticleContext): boolean {
  if (ctx.sets.names.knownPersons.has(word.text)) return false;
  if (ctx.nouns.common.test(word.lower) && !ctx.nouns.placeName.test(word.lower)) return false;
  // "in Anwesenheit des Ministers": a noun governing a genitive.
  return !governsGenitive(next, ctx);
}

/** Whether `next` is an article of a genitive that the word before it governs (`governedGenitives`). */
const governsGenitive = (next: Word | undefined, ctx: ArticleContext): boolean =>
  next?.tightBefore === true && ctx.sets.names.governedGenitives.has(next.lower);

/** Candidate place words in one article: "in/nach/aus X" and "Insel X" with a capitalised X outside the tables. */
export interface PlaceCandidate {
  readonly word: string;
  /** After a place noun ("Insel Russkij"): strong evidence on its own. */
  readonly strong: boolean;
  /**
   * After a preposition that also takes people, things and sources ("von Islamisten", "von Tiktok", English "to
   * Daniels"): evidence only with another place preposition or place noun before the word somewhere.
   */
  readonly weak?: boolean;
  /** Followed by a genitive article ("nach Angaben der Polizei"): a noun governing a genitive, no place. */
  readonly governs?: boolean;
}

/** A capital after the first letter and lower-case letters ("McAllen", "iPhone"). */
const INNER_CAPITAL = /^.\p{Ll}*\p{Lu}/u;

function plausible(word: Word | undefined, ctx: ArticleContext): word is Word {
  if (!word?.tightBefore || !isNameWord(word.text) || word.text.includes('-')) return false;
  if (isTableName(word.text, ctx)) return false;
  const lower = word.lower;
  // "StGB", "MobilGeräte": a capital inside a word is an abbreviation or a product, not a place.
  if (ctx.sets.determiners.has(lower) || INNER_CAPITAL.test(word.text)) return false;
  // A preposition or conjunction written capitalised (a heading run into the text: "Gemeinde Bei der Frau …") and
  // an abbreviation of two letters ("St. Anton") are no places.
  if (openers(ctx).has(lower) || (word.text.length === 2 && ctx.article.text[word.end] === '.')) return false;
  if (ctx.sets.notPlaces.has(lower) || ctx.sets.calendar.has(lower) || ctx.sets.firstNames.has(word.text)) {
    return false;
  }
  // "Automatisierungs- und …": the first part of a compound whose last part comes later.
  if (ctx.article.text[word.end] === '-') return false;
  // "in Interviews", "in Sprints": a plural in -s after a consonant, where nouns are capitalised (no town's name).
  if (ctx.rules.entities.nounsCapitalised === true && PLURAL_S.test(lower)) return false;
  return !ctx.nouns.notPlace.test(lower) && !commonCompound(lower, ctx);
}

/** A word of six letters or more ending in -s after a consonant or "y" ("interviews", "sprints", "jurys"). */
const PLURAL_S = /^\p{Ll}{4,}[^aeiouäöüs\P{L}]s$/u;

/** A word (or its genitive) that the shared gazetteer or the language's tables know as a place. */
const knownPlace = (word: Word | undefined, ctx: ArticleContext): boolean =>
  word !== undefined && knownPlaceName(word.text, ctx);

/** "zwischen Düren und Eregli", "Eregli oder Düren": a name joined to a known place by a `placeJoiners` word. */
function coordinated(ctx: ArticleContext, i: number): Word | undefined {
  const { words } = ctx;
  const joiner = words[i];
  if (!joiner || !ctx.sets.names.placeJoiners.has(joiner.lower) || !joiner.tightBefore) return undefined;
  const before = words[i - 1];
  const after = words[i + 1];
  const shaped = (w: Word | undefined): w is Word =>
    plausible(w, ctx) && !commonNounWord(w.text, ctx) && !ctx.nouns.common.test(w.lower);
  if (knownPlace(before, ctx) && shaped(after)) return after;
  const prev = words[i - 2];
  // The name before "und" must itself start the pair (after a preposition or "zwischen").
  if (knownPlace(after, ctx) && before && shaped(before) && prev && !isNameWord(prev.text)) return before;
  return undefined;
}

/**
 * Whether the word at `i` opens a longer name: a capitalised word follows it with nothing between ("Wildbad Kreuth",
 * "Koh Samui", "Silicon Valley"). Taken alone it would be a part, so it is no candidate on its own.
 */
function opensLongerName(ctx: ArticleContext, i: number): boolean {
  const after = ctx.words[i + 1];
  return after?.tightBefore === true && isCapitalised(after.text) && !nounByWordOrLength(after, ctx);
}

/** The length from which a word shaped like an abstract noun is one ("Zeugnis", "Station"; not "Yunis", "Dennis"). */
const ABSTRACT_SHAPED = 7;

/**
 * A common noun of the language's tables, or one by its ending when long enough: a short name ending like an abstract
 * noun ("Khan Yunis", "Bad Dennis") goes on a name.
 */
function nounByWordOrLength(w: Word, ctx: ArticleContext): boolean {
  if (!commonNounWord(w.text, ctx)) return false;
  return (
    w.text.length >= ABSTRACT_SHAPED ||
    ctx.commonNouns.has(w.lower) ||
    ctx.sets.notPlaces.has(w.lower) ||
    ctx.sets.titles.has(w.lower)
  );
}

export function placeCandidates(ctx: ArticleContext): PlaceCandidate[] {
  const out: PlaceCandidate[] = [];
  const { words } = ctx;
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i] as Word;
    const next = words[i + 1];
    if (opensLongerName(ctx, i + 1)) continue;
    const pair = coordinated(ctx, i);
    if (pair) out.push({ word: pair.text, strong: true });
    if (ctx.sets.placeNouns.has(w.lower) && plausible(next, ctx)) {
      // "City Hall", "Harbor Concerts": a place noun with a capital is part of a name where nouns are lower case.
      if (ctx.rules.entities.lowerCasePlaceNouns !== true || w.text === w.lower)
        out.push({ word: next.text, strong: true });
    } else if (
      ctx.sets.placePrepositions.has(w.lower) &&
      plausible(next, ctx) &&
      !genitiveBeforeNoun(next, words[i + 2], ctx)
    ) {
      const strong = ctx.sets.names.namePrepositions.has(w.lower) && nameShaped(next, words[i + 2], ctx);
      const weak = ctx.sets.names.supportPrepositions.has(w.lower);
      out.push({ word: next.text, strong, weak, governs: governsGenitive(words[i + 2], ctx) });
    }
  }
  return out;
}

/**
 * Places discovered in the story: after a place noun, or after place prepositions at least twice (in any
 * articles), once at least after one that is no mere support ("in", not only "von"/"bis"; English "in", not only
 * "to"/"from") and never before a genitive it governs ("nach Angaben der Polizei"); never a name already known as
 * a person or organisation.
 */
export function discoveredPlaces(
  candidates: readonly PlaceCandidate[],
  notPlace: (word: string) => boolean,
): string[] {
  const counts = new Map<string, number>();
  const strong = new Set<string>();
  const placed = new Set<string>();
  const governing = new Set<string>();
  for (const c of candidates) {
    counts.set(c.word, (counts.get(c.word) ?? 0) + 1);
    if (c.strong) strong.add(c.word);
    if (c.weak !== true) placed.add(c.word);
    if (c.governs === true) governing.add(c.word);
  }
  const weakEvidence = (word: string, n: number): boolean =>
    n >= 2 && placed.has(word) && !governing.has(word);
  return [...counts]
    .filter(([word, n]) => (strong.has(word) || weakEvidence(word, n)) && !notPlace(word))
    .map(([word]) => word);
}

/** A word in capitals written as a name ("BOCHUM" → "Bochum"). */
export const titleCase = (word: string): string => `${word.slice(0, 1)}${word.slice(1).toLowerCase()}`;

/** Four or more capitals ("BERLIN"). */
const LONG_CAPITALS = /^\p{Lu}{4,}$/u;

/**
 * Places written in capitals, as in a dateline ("BOCHUM - …", "CHICAGO"): a word of four or more capitals that is
 * a known place when written as a name.
 */
export function capitalPlaces(ctx: ArticleContext): TaggedName[] {
  return ctx.words
    .filter((w) => LONG_CAPITALS.test(w.text) && knownPlaceName(titleCase(w.text), ctx))
    .map((w) => ({ words: [w.text], rule: 'caps-place' }));
}

/** An ordinal before a noun ("der 50. Berlin-Marathon"). */
const ORDINAL = /^\d+\.$/u;

/**
 * Hyphenated words of the article that stand after an article, an article contraction or an ordinal somewhere
 * ("beim Hamburg-Marathon", "des Teltow-Kanals", "der 50. Berlin-Marathon"): a compound noun, since German names
 * a town or district without an article.
 */
function nounCompounds(ctx: ArticleContext): Set<string> {
  const out = new Set<string>();
  ctx.words.forEach((w, i) => {
    if (!w.text.includes('-') || i === 0) return;
    const prev = ctx.words[i - 1] as Word;
    const gap = ctx.article.text.slice(prev.end, w.start);
    const ordinal = ORDINAL.test(`${prev.text}${gap.trim()}`);
    if (ctx.sets.names.articles.has(prev.lower) || ordinal) out.add(w.text);
  });
  return out;
}

/** Two capitalised words joined by a hyphen ("Berlin-Mitte"): the two parts. */
const HYPHENED_PAIR = /^(\p{Lu}\p{Ll}{3,})-(\p{Lu}\p{Ll}{2,})$/u;

/**
 * City districts written with their city ("Berlin-Charlottenburg", "Köln-Wahn"): a known place of four or more
 * letters, a hyphen and a name that is no common noun and not shaped like one ("Berlin-Besuch", "Bayern-Vorstand",
 * "Mannheimer" are not) nor a name the tables know; a district only the language's place table knows stays one.
 */
export function districtPlaces(ctx: ArticleContext): TaggedName[] {
  const out: TaggedName[] = [];
  const nouns = nounCompounds(ctx);
  for (const w of ctx.words) {
    if (nouns.has(w.text)) continue;
    const m = HYPHENED_PAIR.exec(w.text);
    if (m === null) continue;
    const city = m[1];
    const part = m[2];
    if (city === undefined || part === undefined || !knownPlaceName(city, ctx)) continue;
    const lower = part.toLowerCase();
    if (commonNounWord(part, ctx) || ctx.nouns.common.test(lower) || ctx.nouns.notPlace.test(lower)) continue;
    // A part the tables know is no district ("Israel-Gaza"), unless only the language's table knows it, as a place
    // ("Berlin-Charlottenburg", "Hamburg-Altona").
    const tablePlaceOnly = knownWord(part) === undefined && knownPlaceName(part, ctx);
    if (ctx.sets.calendar.has(lower) || (isTableName(part, ctx) && !tablePlaceOnly)) continue;
    out.push({ words: [w.text], rule: 'district-place' });
  }
  return out;
}
