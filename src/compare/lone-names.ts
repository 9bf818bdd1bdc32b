/**
 * Persons named by one word with evidence beside it. A known first name standing alone is a person ("gegen Mario eine einstweilige Verfügung", "Die 17-jährige Caroline
 * ist …", "Thomas dachte, …"): the name tables list only given names that are no common word. Not when it is part
 * of a longer name the other rules could not read: a capitalised word or a particle follows ("Peter Stein",
 * "Elisabeth II.", "Ali al-Nuaimi"), a name-shaped word comes right before it ("Mitch Sebastian", "Hagia Sophia"),
 * or an abbreviation with its full stop ("St. Peter").
 */
import { isTitleWord, type ArticleContext } from './context.js';
import { keptPer } from '../core/kept.js';
import { commonNounWord, personWord, type NameSeed } from './persons.js';
import { isAcronym, isCapitalised, isNameWord, type Word } from './words.js';

/** A short capitalised abbreviation before a full stop ("St.", "Dr.", "Hl."). */
const ABBREVIATION = /^\p{Lu}\p{Ll}{0,2}$/u;

/** Whether the word after a first name continues the name (a capitalised word or a `continuing` name particle). */
function continued(ctx: ArticleContext, next: Word | undefined): boolean {
  if (!next?.tightBefore) return false;
  return isCapitalised(next.text) || ctx.sets.names.continuingParticle.test(next.lower);
}

/** Whether the word before a first name makes it part of a longer name. */
function preceded(ctx: ArticleContext, i: number): boolean {
  const prev = ctx.words[i - 1];
  const w = ctx.words[i] as Word;
  if (!prev) return false;
  // "einer Tom und einigen Effekten": an indefinite article makes it a common noun.
  if (ctx.sets.names.indefiniteArticles.has(prev.lower)) return true;
  const gap = ctx.article.text.slice(prev.end, w.start);
  if (gap === '. ' && ABBREVIATION.test(prev.text)) return true;
  if (!w.tightBefore || !(isNameWord(prev.text) || isAcronym(prev.text))) return false;
  // "Schwester Gabi", "Präsident Thomas": a role or a common noun before the name is no part of it.
  return !isTitleWord(prev, ctx) && !commonNounWord(prev.text, ctx) && !ctx.sets.determiners.has(prev.lower);
}

/** A number or an ampersand right after a word ("Christoph 27", "Ernst & Young"). */
const NUMBER_OR_AMPERSAND = /^ (?:\d|& )/u;

/** A dot and a number ("Montag. 3"). */
const DOT_NUMBER = /^\.\s*\d/u;

/** A month's abbreviation with its full stop before a day ("Jan. 14"), though a given name too ("Jan"). */
function dayAfter(ctx: ArticleContext, w: Word): boolean {
  return ctx.sets.calendar.has(w.lower) && DOT_NUMBER.test(ctx.article.text.slice(w.end, w.end + 4));
}

/** Quotation marks that open and close around one word ("the films \"Training Day\" and \"Bruno.\""). */
const OPENING_MARK = /["“”„«»‘’']$/u;
const CLOSING_MARK = /^[.,;:!?]?["“”«»‘’']/u;

/** A given name alone in quotation marks: the title of a work ("Bruno", "Annie"), not a person. */
function quotedAlone(ctx: ArticleContext, w: Word): boolean {
  const { text } = ctx.article;
  return (
    OPENING_MARK.test(text.slice(Math.max(0, w.start - 1), w.start)) &&
    CLOSING_MARK.test(text.slice(w.end, w.end + 2))
  );
}

/** Persons named by a known first name alone, in one article. */
export function loneFirstNames(ctx: ArticleContext): NameSeed[] {
  const { words } = ctx;
  const out: NameSeed[] = [];
  words.forEach((w, i) => {
    if (!ctx.sets.firstNames.has(w.text) || !isNameWord(w.text)) return;
    if (continued(ctx, words[i + 1]) || preceded(ctx, i) || dayAfter(ctx, w) || quotedAlone(ctx, w)) return;
    // A number or an ampersand right after it: a vehicle's, product's or firm's name ("Christoph 27", "Ernst &
    // Young"), no person.
    if (NUMBER_OR_AMPERSAND.test(ctx.article.text.slice(w.end, w.end + 3))) return;
    out.push({ article: ctx.index, from: i, to: i + 1, words: [w.text], rule: 'first-name-alone' });
  });
  return out;
}

/** The language's sentence openers ("offenbar", "dennoch") as a set, made once per table. */
const sentenceOpeners = keptPer(
  (rules: ArticleContext['rules']): ReadonlySet<string> => new Set(rules.entities.sentenceOpeners ?? []),
);

/**
 * A known person's relative written as one hyphenated word ("die Trump-Tochter Ivanka", "der Biden-Sohn Hunter"): a
 * known person's family name, a hyphen and a word for a relative.
 */
function personsRelative(w: Word, kin: ReadonlySet<string>, ctx: ArticleContext): boolean {
  const cut = w.text.lastIndexOf('-');
  if (cut <= 0 || !kin.has(w.lower.slice(cut + 1))) return false;
  return ctx.sets.names.knownPersons.has(w.text.slice(0, cut));
}

/**
 * Up to three name words after a word for a relative ("Sohn Murchad", "Tante Cilli", "Halbbruder Sven", "Bruder
 * Manfred"): German names a relative by the kin word and the name, as it names an office by its title. A sentence
 * opener is none ("Erste Spur zur Mutter Anscheinend hat …": a heading glued to the text).
 */
export function relativeNames(ctx: ArticleContext): NameSeed[] {
  const { words } = ctx;
  const kin = new Set(ctx.rules.entities.relativeNouns ?? []);
  const out: NameSeed[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i] as Word;
    if (!(kin.has(w.lower) || personsRelative(w, kin, ctx)) || !isCapitalised(w.text)) continue;
    let j = i + 1;
    // An adverb that opens a sentence ends the name: a heading runs into the text ("Mutter Offenbar hat …").
    while (
      j - i <= 3 &&
      words[j]?.tightBefore === true &&
      personWord(words[j], ctx) &&
      !sentenceOpeners(ctx.rules).has((words[j] as Word).lower)
    )
      j++;
    if (j === i + 1 || (j === i + 2 && commonNounWord((words[i + 1] as Word).text, ctx))) continue;
    out.push({
      article: ctx.index,
      from: i + 1,
      to: j,
      words: words.slice(i + 1, j).map((w) => w.text),
      rule: 'relative',
    });
    i = j - 1;
  }
  return out;
}
