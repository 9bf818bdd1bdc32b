/**
 * Names shown by German word order alone: a genitive before its noun ("Zabels Entscheidung", "bei Wulffs
 * Hochzeitsfeier"). German puts only names there; a common noun's genitive follows its noun with an article ("die
 * Entscheidung des Trainers"), so a capitalised word in `-s` with no article, right before a noun, is a name.
 */
import { keptPer } from '../core/kept.js';
import { endingIn } from '../core/regexp.js';
import type { ArticleContext } from './context.js';
import { isTitleWord } from './context.js';
import { genitiveBase } from './gazetteer-index.js';
import { isTableName, openers } from './name-rules.js';
import { commonNounWord, compoundNoun, type NameSeed } from './persons.js';
import { tableValue } from './table-lookup.js';
import { isCapitalised, isNameWord, type Word } from './words.js';

/** A capitalised word in genitive `-s` (also hyphenated: "Wright-Phillips'" is not, "Meyer-Landruts" is). */
const GENITIVE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*s$/u;

/** The genitive rule's endings (`genitiveNameEndings`) as patterns, made once per table. */
interface GenitiveShapes {
  /** Endings that are no genitive `-s`: adjectives ("Großes", "Jedes"), Latin nouns ("Primus", "Lotus"). */
  readonly notGenitive: RegExp;
  /** A lower-case word inflected like an adjective ("ehemaligen", "verkehrende"): a common noun phrase follows. */
  readonly inflected: RegExp;
  /** An adjective between the genitive and its noun ("Rooneys erstes Tor"). */
  readonly adjective: RegExp;
}

const shapesOf = keptPer((rules: ArticleContext['rules']): GenitiveShapes => {
  const endings = rules.entities.genitiveNameEndings;
  return {
    notGenitive: endingIn(endings?.notGenitive),
    inflected: endingIn(endings?.inflected, '^\\p{Ll}+'),
    adjective: endingIn(endings?.adjective, '^\\p{Ll}{3,}'),
  };
});

/** The word after the genitive: a noun ("Entscheidung") or an adjective and its noun ("erstes Pflichtspieltor"). */
function nounFollows(ctx: ArticleContext, i: number): boolean {
  const { words } = ctx;
  const next = words[i + 1];
  if (!next?.tightBefore || genitiveDeterminers(ctx).has(next.lower)) return false;
  if (isNameWord(next.text)) return !isTableName(next.text, ctx);
  const after = words[i + 2];
  return (
    shapesOf(ctx.rules).adjective.test(next.text) &&
    !ctx.sets.determiners.has(next.lower) &&
    after?.tightBefore === true &&
    isNameWord(after.text)
  );
}

/** A number of up to three digits. */
const SMALL_NUMBER = /^\d{1,3}$/u;

/** A word before the genitive that makes it part of a longer phrase (an article, an adjective, another name). */
function boundBefore(prev: Word | undefined, ctx: ArticleContext): boolean {
  // A sentence's first word is capitalised anyway ("Sechs der Lokomotiven", "Links des Altars", "Nachts ist"),
  // and so is a word after punctuation; adverbs in -s are written in lower case elsewhere ("bereits", "nachts").
  if (!prev?.tightBefore) return true;
  if (ctx.sets.determiners.has(prev.lower) || isCapitalised(prev.text)) return true;
  // A fused article, a numeral or a plural determiner opens a noun phrase whose noun is the word in -s: "vom Typs",
  // "zwölf Waggons", "diese Geldtransfers" (the genitive determiners without their -r: "diese", "alle", "beide").
  // (A year before the name is no count: "1210 Berthelms Neffe".)
  if (ctx.sets.names.articles.has(prev.lower) || SMALL_NUMBER.test(prev.text)) return true;
  if (tableValue(ctx.rules.figures.numberWords, prev.lower) !== undefined) return true;
  if (pluralDeterminers(ctx).has(prev.lower)) return true;
  return shapesOf(ctx.rules).inflected.test(prev.text) && !openers(ctx).has(prev.lower);
}

/** Whether a word ends in a common noun of five letters or more whose last letter is its -s ("arbeitskreis"). */
function ownS(lower: string, ctx: ArticleContext): boolean {
  for (let k = 2; lower.length - k >= 5; k++) if (ctx.commonNouns.has(lower.slice(k))) return true;
  return false;
}

/** The plural forms of the genitive determiners ("dieser" → "diese", "aller" → "alle"), made once per table. */
const pluralsOf = new WeakMap<ArticleContext['rules'], ReadonlySet<string>>();

function pluralDeterminers(ctx: ArticleContext): ReadonlySet<string> {
  let set = pluralsOf.get(ctx.rules);
  if (set === undefined) {
    set = new Set([...genitiveDeterminers(ctx)].filter((w) => w.endsWith('er')).map((w) => w.slice(0, -1)));
    pluralsOf.set(ctx.rules, set);
  }
  return set;
}

/** The language's genitive determiners as a set (made once per table). */
const determinersOf = new WeakMap<ArticleContext['rules'], ReadonlySet<string>>();

function genitiveDeterminers(ctx: ArticleContext): ReadonlySet<string> {
  let set = determinersOf.get(ctx.rules);
  if (set === undefined) {
    set = new Set(ctx.rules.entities.genitiveDeterminers ?? []);
    determinersOf.set(ctx.rules, set);
  }
  return set;
}

/** The language's sentence openers (`sentenceOpeners`) as a set, made once per table. */
const sentenceOpeners = keptPer(
  (rules: ArticleContext['rules']): ReadonlySet<string> => new Set(rules.entities.sentenceOpeners ?? []),
);

/** Whether a word in -s, or its last part after a hyphen, is a known given name ("Mats", "Jan-Niklas"). */
function ownGivenName(word: string, ctx: ArticleContext): boolean {
  return ctx.sets.firstNames.has(word) || ctx.sets.firstNames.has(word.slice(word.lastIndexOf('-') + 1));
}

/** Persons named by a genitive before a noun in one article; the seed is the name without its `-s`. */
export function genitiveNames(ctx: ArticleContext): NameSeed[] {
  const { words } = ctx;
  // A language that lists no genitive determiners puts no bare genitive before a noun (English "Nicholas Cage").
  if (genitiveDeterminers(ctx).size === 0) return [];
  const lower = new Set(words.filter((w) => w.text === w.lower).map((w) => w.lower));
  const { notGenitive } = shapesOf(ctx.rules);
  const out: NameSeed[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (!GENITIVE.test(w.text) || notGenitive.test(w.text)) continue;
    const base = genitiveBase(w.text);
    if (base === undefined || !nounFollows(ctx, i) || boundBefore(words[i - 1], ctx)) continue;
    if (openers(ctx).has(w.lower) || lower.has(w.lower) || lower.has(base.toLowerCase())) continue;
    // An adverb in -s opening a sentence ("Niemals", "Andererseits"), a given name whose -s is its own ("Mats
    // Wilander", "Jan-Niklas Berger"): no genitive.
    if (sentenceOpeners(ctx.rules).has(w.lower) || ownGivenName(w.text, ctx)) continue;
    if (commonNounWord(base, ctx) || commonNounWord(w.text, ctx) || isTitleWord(w, ctx)) continue;
    // A compound ending in a common noun is a noun in any case ("Elektroautos"), also one whose -s is its own
    // ("Arbeitskreis"; a noun of five letters or more there: "Platons" does not end in "tons").
    if (compoundNoun(base.toLowerCase(), ctx) || ownS(w.lower, ctx)) continue;
    if (isTableName(w.text, ctx) || ctx.sets.calendar.has(base.toLowerCase())) continue;
    // A number word opening a noun phrase ("Sechs grosse Firmen"): no name's genitive.
    if (tableValue(ctx.rules.figures.numberWords, w.lower) !== undefined) continue;
    out.push({ article: ctx.index, from: i, to: i + 1, words: [base], rule: 'genitive' });
  }
  return out;
}
