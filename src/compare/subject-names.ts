/**
 * A name as the subject that opens a sentence: "Kolb war seit 1986 im Turnverein …", "Pinkwart plädierte im Januar
 * …". German puts the finite verb second, so a capitalised word that opens a sentence right before a verb in the
 * singular is its subject; with no article before it, that subject is a name unless it is a word a sentence opens
 * with (an adverb, pronoun or numeral: "Dennoch war …"), a common noun of the language or shaped like one (a mass
 * noun: "Atomkraft ist …"), or an adjective ("Unklar ist …"). Before a copula in the present (`predicateCopulas`:
 * "Grund ist der neue Helikopter", "Hintergrund ist ein Streit") the fronted word is the predicate, no subject.
 */
import { isTitleWord, type ArticleContext } from './context.js';
import { endingInGroups } from '../core/regexp.js';
import { knownWord } from './gazetteer-index.js';
import { isTableName, openers } from './name-rules.js';
import { commonNounWord, compoundNoun, type NameSeed } from './persons.js';
import { isNameWord, lowerCaseWords, SENTENCE_OPENING, type Word } from './words.js';

/** An abbreviation or initial before a full stop ("St. Georg", "H. Dietz", "Okt. Benq"): no sentence's end. */
const ABBREVIATION = /^\p{Lu}\p{Ll}{0,2}$/u;

function sentenceOpens(ctx: ArticleContext, i: number): boolean {
  const prev = ctx.words[i - 1];
  if (prev === undefined) return true;
  return (
    SENTENCE_OPENING.test(ctx.article.text.slice(prev.end, (ctx.words[i] as Word).start)) &&
    !ABBREVIATION.test(prev.text)
  );
}

/** The language's words and shapes for the subject rule (made once per table). */
interface SubjectSets {
  readonly sentenceOpeners: ReadonlySet<string>;
  readonly singularVerbs: ReadonlySet<string>;
  readonly singularVerbShapes: readonly RegExp[];
  readonly participle: RegExp;
  readonly bareParticiple: RegExp;
  readonly participleLike: ReadonlySet<string>;
  /** A lower-case word with one of the table's `notNameEndings` (never matches when it has none). */
  readonly notName: RegExp;
  readonly reflexivePronouns: ReadonlySet<string>;
}

const setsOf = new WeakMap<ArticleContext['rules'], SubjectSets>();

function subjectSets(ctx: ArticleContext): SubjectSets {
  let sets = setsOf.get(ctx.rules);
  if (sets === undefined) {
    const {
      sentenceOpeners = [],
      singularVerbs = [],
      singularVerbShapes = [],
      participleShape = NEVER,
      bareParticipleShape = NEVER,
      participleLikeVerbs = [],
      notNameEndings = [],
      reflexivePronouns = [],
    } = ctx.rules.entities;
    sets = {
      sentenceOpeners: new Set(sentenceOpeners),
      singularVerbs: new Set(singularVerbs),
      singularVerbShapes,
      participle: participleShape,
      bareParticiple: bareParticipleShape,
      participleLike: new Set(participleLikeVerbs),
      notName: endingInGroups(notNameEndings),
      reflexivePronouns: new Set(reflexivePronouns),
    };
    setsOf.set(ctx.rules, sets);
  }
  return sets;
}

/** A pattern that matches nothing. */
const NEVER = /(?!)/u;

function singularVerb(w: Word | undefined, ctx: ArticleContext): boolean {
  if (!w?.tightBefore || w.text !== w.lower) return false;
  const { sentenceOpeners, singularVerbs, singularVerbShapes } = subjectSets(ctx);
  if (singularVerbs.has(w.lower)) return true;
  if (sentenceOpeners.has(w.lower) || openers(ctx).has(w.lower)) return false;
  return singularVerbShapes.some((shape) => shape.test(w.lower));
}

/** Whether a word is a past participle that is no finite verb ("gesagt"; not "gehört"). */
function bareParticiple(w: Word | undefined, ctx: ArticleContext): boolean {
  const { bareParticiple: shape, participleLike } = subjectSets(ctx);
  return w !== undefined && shape.test(w.lower) && !participleLike.has(w.lower);
}

/**
 * Whether the subject stands after the verb, so the word before it is no subject: a name or a pronoun follows
 * ("Prompt sprach Putin …", "Kreideweiss soll er gewesen sein").
 */
function subjectAfter(ctx: ArticleContext, k: number): boolean {
  const w = ctx.words[k];
  if (!w?.tightBefore) return false;
  return isNameWord(w.text) || ctx.sets.pronouns.has(w.lower) || ctx.sets.names.subjectPronouns.has(w.lower);
}

function nameWord(w: Word | undefined, ctx: ArticleContext): w is Word {
  if (!w || !isNameWord(w.text) || w.text.length < 3) return false;
  const { sentenceOpeners, singularVerbs } = subjectSets(ctx);
  if (sentenceOpeners.has(w.lower) || openers(ctx).has(w.lower) || lowerCaseWords(ctx.words).has(w.lower))
    return false;
  // A verb that opens the sentence ("Sollte überhaupt …", "Hätte er …"): a question or a condition, no subject.
  if (singularVerbs.has(w.lower)) return false;
  // A compound of a known name or noun ("Berlin-Marathon", "Deutsch-Israeli", "China-Netzwerk").
  if (w.text.includes('-') && w.lower.split('-').some((part) => partNoName(part, ctx))) return false;
  // (Read without its hyphens: "Corona-bedingt" ends like an adjective.)
  if (
    subjectSets(ctx).notName.test(w.lower.replaceAll('-', '')) ||
    compoundNoun(w.lower, ctx) ||
    commonNounWord(w.text, ctx)
  )
    return false;
  if (isTitleWord(w, ctx) || ctx.sets.calendar.has(w.lower)) return false;
  return !isTableName(w.text, ctx) && knownWord(w.text) === undefined;
}

/** A "-sch" ending. */
const SCH_ENDING = /sch$/u;

/** A part of a hyphenated word that is a known place or name, a common noun or an adjective. */
function partNoName(part: string, ctx: ArticleContext): boolean {
  const word = part.charAt(0).toUpperCase() + part.slice(1);
  return (
    knownWord(word) !== undefined ||
    isTableName(word, ctx) ||
    commonNounWord(word, ctx) ||
    compoundNoun(part, ctx) ||
    subjectSets(ctx).notName.test(part) ||
    SCH_ENDING.test(part)
  );
}

/** Persons that open a sentence as its subject, right before a verb in the singular, in one article. */
export function subjectNames(ctx: ArticleContext): NameSeed[] {
  const { words } = ctx;
  if ((ctx.rules.entities.singularVerbs ?? []).length === 0) return [];
  const out: NameSeed[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!nameWord(words[i], ctx) || !sentenceOpens(ctx, i)) continue;
    // One word: two capitalised words opening a sentence are an adjective and its noun ("Derartige Töne hatte
    // man …") or a company ("Jet Airways wird …") more often than an unknown person.
    const w = words[i] as Word;
    const verb = words[i + 1];
    if (
      !singularVerb(verb, ctx) ||
      (w.lower.endsWith('t') && ctx.sets.names.passiveAuxiliaries.has(verb?.lower ?? '')) ||
      (subjectSets(ctx).participle.test(w.lower) && ctx.sets.names.stativeAuxiliaries.has(verb?.lower ?? ''))
    )
      continue;
    // "Kurz gesagt, …", "Weit gefehlt": a participle and no finite verb after the word, a fronted adverb.
    if (bareParticiple(verb, ctx)) continue;
    // "Grund ist der neue Helikopter", "Hintergrund ist ein Streit": a noun fronted before a copula, the subject after.
    if (ctx.sets.names.predicateCopulas.has(verb?.lower ?? '')) continue;
    if (subjectAfter(ctx, i + 2)) continue;
    // "Erfreut zeigte sich Anna Berger": the subject after a reflexive pronoun.
    if (subjectSets(ctx).reflexivePronouns.has(words[i + 2]?.lower ?? '') && subjectAfter(ctx, i + 3))
      continue;

    out.push({ article: ctx.index, from: i, to: i + 1, words: [w.text], rule: 'subject' });
  }
  return out;
}
