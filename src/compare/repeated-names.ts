/**
 * Persons whose given name the tables do not know, found by the article's own consistency: a news text names a
 * person in full once ("der gesuchte Félicien Kabuga", "Megastar Giannis Antetokounmpo") and by the family name
 * alone afterwards ("Kabuga starb …", "hält Antetokounmpo den Ball"). Two or three capitalised words that are no
 * nouns of the language, mid-sentence, whose last word stands alone elsewhere in the article, are a person's name;
 * the lexicon then finds the family name alone as the same person (`addShortNames`). English reads the rule too
 * (names the tables do not know: "Naguib Sawiris", "Ariana Grande"); where nouns are written in lower case, a
 * capitalised word after "the" opens a name rather than being a noun, and an adjective or role word opens no person
 * (`notGivenInEnglish`).
 */
import { keptPer } from '../core/kept.js';
import type { UnknownNameShapes } from '../lang/index.js';
import type { ArticleContext } from './context.js';
import { isTitleWord } from './context.js';
import { KNOWN_NAMES, knownWord } from './gazetteer-index.js';
import { commonNounWord, compoundNoun, personWord, type NameSeed } from './persons.js';
import { isRoleWord } from './speaker-roles.js';
import { isCapitalised, lowerCaseWords, SENTENCE_OPENING, type Word } from './words.js';

/**
 * A given name of an unknown language: a capital and three to nine lower-case letters ("Jina", "Félicien"; not a
 * long compound noun: "Reifenhändler").
 */
export const GIVEN = /^\p{Lu}\p{Ll}{3,9}$/u;
/** A family name: a capital and three lower-case letters or more, maybe one hyphenated part ("Ould-Abdallah"). */
export const FAMILY = /^\p{Lu}\p{Ll}{3,}(?:-\p{Lu}\p{Ll}+)?$/u;
/** A space and a digit. */
const NUMBER_AFTER = /^ \d/u;
/** A quotation mark right before a word: it names a work or product there (»Pro«). */
const QUOTED = /["„“”«»‚‘’]$/u;

/** A pattern that matches nothing: the shapes of a language without `unknownNames` (its rules then find nothing). */
const NEVER = /(?!)/u;
const NO_SHAPES: UnknownNameShapes = {
  foreignLetter: NEVER,
  weakPast: NEVER,
  adjectiveShape: NEVER,
  participleAdjective: NEVER,
  feminineAgent: NEVER,
  placeAdjectiveEnding: '',
};

/** The language's shapes for these rules (its entity tables' `unknownNames`). */
export const shapesOf = (ctx: ArticleContext): UnknownNameShapes =>
  ctx.rules.entities.unknownNames ?? NO_SHAPES;

/** The entity tables' sentence openers (adverbs, pronouns, determiners: "dieses", "jeder"), as a set per table. */
const openers = keptPer(
  (entities: ArticleContext['rules']['entities']): ReadonlySet<string> =>
    new Set(entities.sentenceOpeners ?? []),
);

/**
 * Whether a lower-case word is a verb of the tables: a word no speaker opens a sentence with (the quote tables'
 * `openingNonSpeakers`: "wären", "hatte", "sind") that the entity tables do not list as an opener ("dieses").
 */
const verbWord = (ctx: ArticleContext, lower: string): boolean =>
  ctx.sets.openingNonSpeakers.has(lower) && !openers(ctx.rules.entities).has(lower);

/** What a noun stands after: an article, also an adjective, also any inflected word (see `nounBefore`). */
type NounPlace = 'article' | 'adjective' | 'inflected';

/**
 * Whether the lower-case word `prev` is one a noun stands after: an article, possessive or determiner ("diesem"), an
 * article fused with a preposition ("den Mut", "seinen Charakter", "im Basketball"); from `adjective` on an
 * inflected adjective too ("großen Resonanz", "starke Hitze"), not a verb of the tables or shaped like a weak verb's
 * past ("wurde Amini", "hatte Kabuga", "konnten Yabusele"); with `inflected` any inflected word (for the word before
 * a name: "der absoluten Megastars Giannis …").
 */
function nounBefore(ctx: ArticleContext, prev: Word, place: NounPlace): boolean {
  const { lower } = prev;
  if (ctx.sets.names.articles.has(lower) || ctx.sets.determiners.has(lower)) return true;
  if ((ctx.rules.entities.articleContractions ?? []).includes(lower)) return true;
  const shapes = shapesOf(ctx);
  if (place === 'article' || !ctx.sets.adjectives.lower.test(prev.text) || ctx.sets.quoteVerbs.has(lower))
    return false;
  return place === 'inflected' || !(verbWord(ctx, lower) || shapes.weakPast.test(lower));
}

/** How often each capitalised word (as written) stands in the article, and how often after a word of `place`. */
function nounPlacedWords(ctx: ArticleContext, place: NounPlace): ReadonlyMap<string, number> {
  const out = new Map<string, number>();
  ctx.words.forEach((w, i) => {
    const prev = ctx.words[i - 1];
    if (w.tightBefore && prev !== undefined && isCapitalised(w.text) && nounBefore(ctx, prev, place))
      out.set(w.text, (out.get(w.text) ?? 0) + 1);
  });
  return out;
}

const nounPlaced = keptPer((ctx: ArticleContext) => nounPlacedWords(ctx, 'article'));
const adjectivePlaced = keptPer((ctx: ArticleContext) => nounPlacedWords(ctx, 'adjective'));
const nounPlacedLoosely = keptPer((ctx: ArticleContext) => nounPlacedWords(ctx, 'inflected'));

/** Where each word (as written) stands in the article: its word indices, kept per article. */
const positions = keptPer((ctx: ArticleContext): ReadonlyMap<string, readonly number[]> => {
  const out = new Map<string, number[]>();
  ctx.words.forEach((w, k) => {
    const list = out.get(w.text);
    if (list === undefined) out.set(w.text, [k]);
    else list.push(k);
  });
  return out;
});

/**
 * Whether the family name at word `k` stands after an adjective in a quarter of its occurrences or more ("der
 * großen Resonanz", "starke Hitze"): a noun, as a person is named mostly without one ("der 29-jährige Okafor" once
 * among seven).
 */
function adjectiveNoun(ctx: ArticleContext, k: number): boolean {
  const { text } = ctx.words[k] as Word;
  return 4 * (adjectivePlaced(ctx).get(text) ?? 0) >= (positions(ctx).get(text)?.length ?? 0);
}

/**
 * Whether word `k` may be part of an unknown person's name: a name word of no noun (of the tables, shaped like one,
 * or after an article somewhere in the article), place or word of the tables, and no genitive of a word of the
 * article ("Trumps Charakter").
 */
export function unknownNameWord(ctx: ArticleContext, k: number, shape: RegExp): boolean {
  const w = ctx.words[k];
  if (w === undefined || !shape.test(w.text) || !personWord(w, ctx)) return false;
  if (nounPlaced(ctx).has(w.text) || isTitleWord(w, ctx)) return false;
  if (w.text.endsWith('s') && positions(ctx).has(w.text.slice(0, -1))) return false;
  // Letters German words do not have ("Félicien", "Dragić"): no common noun of the language, whatever its ending.
  if (
    !shapesOf(ctx).foreignLetter.test(w.text) &&
    (commonNounWord(w.text, ctx) || compoundNoun(w.lower, ctx))
  )
    return false;
  return !lowerCaseWords(ctx.words).has(w.lower) && knownWord(w.text) === undefined;
}

/** A text's words, split at spaces. */
const SPACES = /\s+/u;

/**
 * The words of the known names of several words, of the shared gazetteer and the language's tables ("Amnesty",
 * "International", "Alfa", "Romeo"), as a set per table: a run of them is such a name or part of one, no person's.
 */
const phraseWords = keptPer((entities: ArticleContext['rules']['entities']): ReadonlySet<string> => {
  const out = new Set<string>();
  const add = (words: readonly string[]): void => {
    if (words.length > 1) for (const w of words) out.add(w);
  };
  for (const k of KNOWN_NAMES) add(k.words);
  for (const n of [...(entities.knownPlaces ?? []), ...(entities.knownOrganisations ?? [])])
    add(n.split(SPACES));
  return out;
});

/**
 * Whether the words `[from, to)` hold two words of known names of several words in a row ("Amnesty International",
 * "Human Rights Watch"): the name of a place or organisation, whatever stands beside it.
 */
export function knownPhrase(ctx: ArticleContext, from: number, to: number): boolean {
  const words = phraseWords(ctx.rules.entities);
  for (let k = from; k + 1 < to; k++)
    if (words.has((ctx.words[k] as Word).text) && words.has((ctx.words[k + 1] as Word).text)) return true;
  return false;
}

/** Whether word `k` opens a sentence (the first word, or after a sentence's end, a colon or a quotation mark). */
export function opensSentence(ctx: ArticleContext, k: number): boolean {
  const prev = ctx.words[k - 1];
  const w = ctx.words[k];
  return (
    w !== undefined &&
    (prev === undefined || SENTENCE_OPENING.test(ctx.article.text.slice(prev.end, w.start)))
  );
}

/**
 * Whether the word before word `k` is a capitalised word that may be a name's (no title, role or common noun): the
 * words from `k` on would then be part of a longer name ("Bar Le Constellation", "Universität Sankt Gallen").
 */
export function nameBefore(ctx: ArticleContext, k: number): boolean {
  const prev = ctx.words[k - 1];
  const w = ctx.words[k] as Word;
  if (prev === undefined || !w.tightBefore || !isCapitalised(prev.text)) return false;
  return !(
    isTitleWord(prev, ctx) ||
    isRoleWord(ctx, prev) ||
    commonNounWord(prev.text, ctx) ||
    compoundNoun(prev.lower, ctx) ||
    // After an article a capitalised word is a noun where nouns are capitalised; in English it opens a name ("the
    // Los Angeles Dodgers": "Angeles" goes on from "Los").
    (ctx.rules.entities.nounsCapitalised === true && nounPlacedLoosely(ctx).has(prev.text))
  );
}

/** Whether a capitalised word follows word `k` right after a space (the name would go on). */
const nameGoesOn = (ctx: ArticleContext, k: number): boolean => {
  const next = ctx.words[k + 1];
  return next !== undefined && next.tightBefore && isCapitalised(next.text);
};

/** Answers of `aloneSomewhere` (by given and family name) and `sharedHead` (by family name), kept per article. */
const answers = keptPer((_ctx: ArticleContext) => ({
  alone: new Map<string, boolean>(),
  shared: new Map<string, boolean>(),
}));

/**
 * Whether the family name at word `at` stands alone somewhere else in the article: not after the given name it has
 * at `at`, no capitalised word right after it. Found once per given and family name (an article that repeats a
 * name many times asks many times).
 */
function aloneSomewhere(ctx: ArticleContext, at: number): boolean {
  const { words } = ctx;
  const family = (words[at] as Word).text;
  const given = words[at - 1]?.text ?? '';
  const key = `${given} ${family}`;
  const kept = answers(ctx).alone.get(key);
  if (kept !== undefined) return kept;
  let found = false;
  for (const k of positions(ctx).get(family) ?? []) {
    const w = words[k] as Word;
    if (QUOTED.test(ctx.article.text.slice(Math.max(0, w.start - 1), w.start))) continue;
    // A number after it: a product's or model's name in a table ("Flex 350 €").
    if (NUMBER_AFTER.test(ctx.article.text.slice(w.end, w.end + 2))) continue;
    if (words[k - 1]?.text !== given && !nameGoesOn(ctx, k)) {
      found = true;
      break;
    }
  }
  answers(ctx).alone.set(key, found);
  return found;
}

/** A lower-case word of two letters or more (running text). */
const LOWER_TWO = /^\p{Ll}{2,}$/u;

/**
 * For each word of the article, whether a lower-case word of two letters or more stands before it on its line (a
 * heading or a list's item has none: "• Vintage Banjo Tales!"), found in one pass per article.
 */
const lowerOnLine = keptPer((ctx: ArticleContext): readonly boolean[] => {
  const { text } = ctx.article;
  const out: boolean[] = [];
  let seen = false;
  // The next line break at or after the last word's end (found once per line, not by a slice per word).
  let newline = -1;
  ctx.words.forEach((w, k) => {
    const prev = ctx.words[k - 1];
    if (prev !== undefined) {
      if (newline < prev.end) {
        const at = text.indexOf('\n', prev.end);
        newline = at < 0 ? text.length : at;
      }
      if (newline < w.start) seen = false;
    }
    out.push(seen);
    if (LOWER_TWO.test(w.text)) seen = true;
  });
  return out;
});

/** A gap in running text before a name: one space, or a comma and one space. */
const PROSE_GAP = /^,? $/u;

/**
 * Whether the name's first word at `i` stands in running text: after one space or a comma (not at a line's start,
 * after a bullet or a colon) and a lower-case word on its line, not after a title or a preposition that takes a
 * place ("in West Linden", "aus Bad Sonnborn"), and not shaped like an inflected adjective ("Weitere Tipps",
 * "Lateinischer Spruch").
 */
function inProse(ctx: ArticleContext, i: number): boolean {
  const prev = ctx.words[i - 1];
  const w = ctx.words[i] as Word;
  if (prev === undefined || !PROSE_GAP.test(ctx.article.text.slice(prev.end, w.start))) return false;
  // After a title the title rule reads the name ("Bundesrat Ignazio Cassis").
  if (isTitleWord(prev, ctx)) return false;
  // A heading or a list's item has no lower-case word before it on its line ("• Vintage Banjo Tales!").
  if (lowerOnLine(ctx)[i] !== true) return false;
  if (ctx.sets.names.namePrepositions.has(prev.lower)) return false;
  return !(ctx.sets.adjectives.lowerTwo.test(w.lower) && shapesOf(ctx).adjectiveShape.test(w.lower));
}

/**
 * Whether the family name at word `at` follows two or more different name words in the article ("Smart Speaker",
 * "Mobile Speaker"; "North Peak", "South Peak"): the head noun of names of things, not one person's family name.
 */
function sharedHead(ctx: ArticleContext, at: number): boolean {
  const { words } = ctx;
  const family = (words[at] as Word).text;
  const kept = answers(ctx).shared.get(family);
  if (kept !== undefined) return kept;
  const before = new Set<string>();
  for (const k of positions(ctx).get(family) ?? []) {
    const prev = words[k - 1];
    if (prev === undefined || !(words[k] as Word).tightBefore) continue;
    if (!isCapitalised(prev.text) || opensSentence(ctx, k - 1) || isTitleWord(prev, ctx)) continue;
    if (!commonNounWord(prev.text, ctx) && !compoundNoun(prev.lower, ctx)) before.add(prev.text);
    if (before.size > 1) break;
  }
  answers(ctx).shared.set(family, before.size > 1);
  return before.size > 1;
}

/**
 * Where nouns are written in lower case (English), whether a capitalised first word is no given name by its shape
 * or the role tables: an adjective ("mostly Democratic Chicago") unless a known given name, or a role word ("Deputy
 * Slawek Czupryna": the name is the two words after it).
 */
function notGivenInEnglish(ctx: ArticleContext, w: Word): boolean {
  if (isRoleWord(ctx, w)) return true;
  return !ctx.sets.firstNames.has(w.text) && shapesOf(ctx).adjectiveShape.test(w.lower);
}

/** The person names of one article found by a family name repeated alone (see the module's comment). */
export function repeatedNames(ctx: ArticleContext): NameSeed[] {
  if (ctx.rules.entities.unknownNames === undefined) return [];
  const { words } = ctx;
  const out: NameSeed[] = [];
  for (let i = 1; i + 1 < words.length; i++) {
    // The shape first: most words are no capitalised word of four to ten letters, and the rest is dearer.
    if (!GIVEN.test((words[i] as Word).text)) continue;
    if (opensSentence(ctx, i) || nameBefore(ctx, i) || !inProse(ctx, i) || !unknownNameWord(ctx, i, GIVEN))
      continue;
    // A first word after an adjective somewhere is a noun's ("diesem alten Aufruf Folge").
    if (adjectivePlaced(ctx).has((words[i] as Word).text)) continue;
    if (ctx.rules.entities.nounsCapitalised !== true && notGivenInEnglish(ctx, words[i] as Word)) continue;
    // Two or three words: "Giannis Antetokounmpo", "Jina Mahsa Amini".
    let to = i + 1;
    while (to - i < 3 && (words[to] as Word | undefined)?.tightBefore && unknownNameWord(ctx, to, FAMILY))
      to++;
    const last = to - 1;
    // A known given name inside is the first-name rule's ("Nobelpreisträgers Thomas Mann": a role before it).
    if (words.slice(i + 1, to).some((w) => ctx.sets.firstNames.has(w.text))) continue;
    if (
      last === i ||
      nameGoesOn(ctx, last) ||
      !unknownNameWord(ctx, last, FAMILY) ||
      adjectiveNoun(ctx, last)
    )
      continue;
    if (!aloneSomewhere(ctx, last) || sharedHead(ctx, last) || knownPhrase(ctx, i, to)) continue;
    out.push({
      article: ctx.index,
      from: i,
      to,
      words: words.slice(i, to).map((w) => w.text),
      rule: 'repeated',
    });
    i = last;
  }
  return out;
}
