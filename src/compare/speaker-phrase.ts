import { keptPer } from '../core/kept.js';
import { isTitleWord, type ArticleContext } from './context.js';
import { personWord } from './persons.js';
import { type QuoteSpan, insideQuote } from './quote-spans.js';
import { isCapitalised, isNameWord, wordIndexAt, type Word } from './words.js';

/**
 * A speaker as the text writes it next to a quote: a pronoun ("er"), a name ("Filep Karma"), a role with a name
 * ("Der GdP-Vorsitzende Konrad Freiberg"), or a role alone ("Ein Polizeisprecher", "der Minister").
 */
export type SpeakerPhrase =
  | { readonly kind: 'pronoun'; readonly at: number }
  | {
      readonly kind: 'name';
      /** The name words ("Konrad Freiberg"). */
      readonly words: readonly string[];
      /** The role written before the name, without its article ("GdP-Vorsitzende", "mexikanische Präsident"). */
      readonly role?: readonly string[];
      readonly at: number;
    }
  | {
      readonly kind: 'role';
      /** The phrase without its article ("Sprecher des Finanzministeriums"). */
      readonly words: readonly string[];
      /** The role word, lower case ("sprecher"). */
      readonly head: string;
      /** Written with a definite article ("der Minister"): a person named before may be meant. */
      readonly definite: boolean;
      /** The head is a role word of the tables ("Sprecher", "Präsident"), not any noun. */
      readonly title: boolean;
      readonly at: number;
    };

/** A middle initial ("W" of "George W. Bush"). */
const INITIAL = /^\p{Lu}$/u;

/**
 * Whether word `k` follows a middle initial and its full stop inside a name ("George W. Bush"): the initial comes
 * right after a known given name.
 */
function afterInitial(ctx: ArticleContext, k: number, nouns: readonly Word[]): boolean {
  const initial = ctx.words[k - 1];
  const before = nouns[nouns.length - 2];
  return (
    !!initial &&
    nouns[nouns.length - 1] === initial &&
    INITIAL.test(initial.text) &&
    !!before &&
    ctx.sets.firstNames.has(before.text) &&
    /^\.\s+$/u.test(ctx.article.text.slice(initial.end, ctx.words[k]?.start ?? initial.end)) &&
    isNameWord(ctx.words[k]?.text ?? '')
  );
}

/** Whether word `k` follows an abbreviated honorific and its full stop ("Mr. Durham", "Dr. Jane Doe"). */
function afterHonorific(ctx: ArticleContext, k: number, nouns: readonly Word[]): boolean {
  const honorific = ctx.words[k - 1];
  const honorifics = ctx.rules.quotes.honorifics;
  return (
    !!honorific &&
    honorifics !== undefined &&
    nouns[nouns.length - 1] === honorific &&
    honorifics.includes(honorific.lower) &&
    /^\.\s+$/u.test(ctx.article.text.slice(honorific.end, ctx.words[k]?.start ?? honorific.end)) &&
    isNameWord(ctx.words[k]?.text ?? '')
  );
}

const ADJECTIVE = /^[\p{Ll}\d][\p{L}\d-]*(e|en|er|es|em)$/u;

/**
 * The word after a short prepositional phrase inside a noun phrase before its participle ("in dem am Sonntag
 * veröffentlichten Statement", "der bei Twitter verbreitete Post"): the participle's index, else `k`.
 */
function extendedAttribute(ctx: ArticleContext, k: number, limit: number): number {
  const w = ctx.words[k];
  if (!w || !ctx.rules.quotes.prepositions.includes(w.lower)) return k;
  for (let m = k + 1; m < Math.min(limit, k + 4); m++) {
    const x = ctx.words[m] as Word;
    if (breakBefore(ctx, m)) return k;
    if (/^\p{Ll}/u.test(x.text) && !ctx.sets.determiners.has(x.lower))
      return m > k + 1 && ADJECTIVE.test(x.text) && isCapitalised(ctx.words[m - 1]?.text ?? '') ? m : k;
  }
  return k;
}

/** A year in four digits. */
const YEAR = /^\d{4}$/u;

/**
 * The end of a family name with particles at word `k` right after a given name ("Karl von Brenn", "Ursula von
 * der Leyen", "Karl-Theodor zu Guttenberg"), or -1: "zu" takes no article ("Anna zu den Vorwürfen" is a preposition),
 * and a common noun or a name of two words after the particles is no family name ("Anna von der Polizei", "Hans von
 * Amnesty International").
 */
export function particleFamilyEnd(ctx: ArticleContext, k: number): number {
  const { words } = ctx;
  const given = words[k - 1];
  const particle = words[k];
  if (!given || !particle || breakBefore(ctx, k) || !ctx.sets.firstNames.has(given.text)) return -1;
  const { firstParticles, secondParticles, articlelessParticles } = ctx.sets.names;
  if (!firstParticles.has(particle.text)) return -1;
  let j = k + 1;
  if (!breakBefore(ctx, j) && secondParticles.has(words[j]?.text ?? '')) {
    if (articlelessParticles.has(particle.text) && ctx.sets.determiners.has(words[j]?.lower ?? '')) return -1;
    j++;
  }
  const family = words[j];
  if (breakBefore(ctx, j) || !personWord(family, ctx)) return -1;
  if (ctx.commonNouns.has(family.lower) || ctx.sets.organisationNounEnding.test(family.lower)) return -1;
  // "Anna Berger von Amnesty International": a longer name after the particle is an organisation's.
  const after = words[j + 1];
  return after && !breakBefore(ctx, j + 1) && isCapitalised(after.text) ? -1 : j + 1;
}

/** Whether a capitalised noun follows the article at `i`, after adjectives only ("das russische Außenministerium"). */
export function nounAfter(ctx: ArticleContext, i: number): boolean {
  let k = i + 1;
  while (ADJECTIVE.test(ctx.words[k]?.text ?? '') && !breakBefore(ctx, k)) k++;
  const w = ctx.words[k];
  return !!w && !breakBefore(ctx, k) && isCapitalised(w.text) && !ctx.sets.determiners.has(w.lower);
}

/** Most words of an epithet in quotation marks before a name. */
const EPITHET_WORDS = 2;
/** A word of a name: a capital, then small letters ("Pat", "Smith"; not "FM", not "von"). */
const NAME_WORD = /^\p{Lu}\p{Ll}/u;

/**
 * The index of the name's first word when `span` holds one or two capitalised words (or an adjective and a
 * capitalised noun) right before a name of two capitalised words, one space between each: a title or nickname of the
 * person, not their words ("Den Haags „Nachtbürgermeister“ Pat Smith", "“Dr. Death” Jack Kevorkian", "der „blinden
 * Seherin“ Baba Wanga"); else -1.
 */
export function epithetNameAt(ctx: ArticleContext, span: QuoteSpan): number {
  const first = wordIndexAt(ctx.words, span.open + 1);
  const at = wordIndexAt(ctx.words, span.close + 1);
  const count = wordIndexAt(ctx.words, span.close) - first;
  // A capitalised word first, or an adjective before a capitalised noun ("die „blinde Seherin“ Baba Wanga").
  const [one, two] = [ctx.words[first]?.text ?? '', ctx.words[first + 1]?.text ?? ''];
  const shaped = NAME_WORD.test(one) || (count === 2 && ADJECTIVE.test(one) && NAME_WORD.test(two));
  if (count < 1 || count > EPITHET_WORDS || !shaped) return -1;
  const [given, family] = [ctx.words[at], ctx.words[at + 1]];
  const { text } = ctx.article;
  return given !== undefined &&
    family !== undefined &&
    text.slice(span.close + 1, given.start) === ' ' &&
    text.slice(given.end, family.start) === ' ' &&
    NAME_WORD.test(given.text) &&
    NAME_WORD.test(family.text)
    ? at
    : -1;
}

/**
 * The index of the name after an epithet in quotation marks whose first word is word `k` ("Den Haags
 * „Nachtbürgermeister“ Pat Smith": at "Nachtbürgermeister", the index of "Pat"); else -1.
 */
function nameAfterEpithet(
  ctx: ArticleContext,
  quotes: readonly QuoteSpan[],
  k: number,
  limit: number,
): number {
  const w = ctx.words[k];
  const span = w && quotes.find((q) => q.open < w.start && q.close > w.start);
  if (!w || !span || ctx.article.text.slice(span.open + 1, w.start).trim() !== '') return -1;
  const name = epithetNameAt(ctx, span);
  return name < limit ? name : -1;
}

/**
 * Where the role of a name phrase ends (its words run from `start`): at the name after an epithet that follows the
 * last role word, else after the last role word (`title`), else at `start` (no role).
 */
function roleEnd(
  ctx: ArticleContext,
  start: number,
  title: Word | undefined,
  epithetName: number | undefined,
): number {
  if (epithetName !== undefined) return epithetName;
  return title ? ctx.words.indexOf(title, start) + 1 : start;
}

/** Whether word `k` starts a new clause or phrase (punctuation or a quote mark before it). */
export function breakBefore(ctx: ArticleContext, k: number): boolean {
  const w = ctx.words[k];
  const prev = ctx.words[k - 1];
  if (!w || !prev) return true;
  const gap = ctx.article.text.slice(prev.end, w.start);
  // A closing quotation mark joined to the word by a hyphen is inside one compound ("„Abfall“-Patzer").
  if (/^[“”"»«‘’']-$/u.test(gap)) return false;
  return /[^\s]/u.test(gap.replace(/[-–]/gu, ''));
}

/** Whether word `k` opens a sentence (nothing before it, or an end mark, colon, quote mark or line break). */
export function sentenceStart(ctx: ArticleContext, k: number): boolean {
  const w = ctx.words[k];
  const prev = ctx.words[k - 1];
  if (!w || !prev) return true;
  return /[.!?:;\n„“”"»«]/u.test(ctx.article.text.slice(prev.end, w.start));
}

/**
 * Whether word `k` is capitalised only because it opens the sentence and is a word that names no one (an adverb,
 * a question word, an auxiliary: "Gleichzeitig", "Weshalb", "Soll"); elsewhere it may be a family name ("Klar").
 */
export function openingNonSpeaker(ctx: ArticleContext, k: number): boolean {
  const w = ctx.words[k];
  return !!w && ctx.sets.openingNonSpeakers.has(w.lower) && sentenceStart(ctx, k);
}

/**
 * A family name with its particles written capitalised at a sentence start ("Von der Leyen betonte"), when the
 * article also writes it after a given name ("Ursula von der Leyen"): the end of the name, else -1.
 */
export function particleNameAt(ctx: ArticleContext, i: number, limit: number = ctx.words.length): number {
  const first = ctx.words[i];
  const { firstParticles, secondParticles } = ctx.sets.names;
  if (!first || !isCapitalised(first.text) || !firstParticles.has(first.lower)) return -1;
  let k = i + 1;
  while (k < limit && k - i < 3 && secondParticles.has(ctx.words[k]?.text ?? '') && !breakBefore(ctx, k)) k++;
  const name = ctx.words[k];
  if (!name || k >= limit || breakBefore(ctx, k) || !isNameWord(name.text)) return -1;
  const tail = ctx.words.slice(i, k + 1).map((w) => w.lower);
  const written = ctx.words.some(
    (w, j) =>
      j > 0 &&
      w.text === first.lower &&
      isNameWord(ctx.words[j - 1]?.text ?? '') &&
      !breakBefore(ctx, j) &&
      tail.every((t, n) => ctx.words[j + n]?.lower === t),
  );
  return written ? k + 1 : -1;
}

/**
 * Whether the word at `i` opens no speaker phrase: a function word ("das" is a pronoun, "Das ist …", unless a noun
 * follows, "das russische Außenministerium"), or a sentence opener that names no one; a quantifier before a noun
 * opens a phrase ("Beide Seiten", "Zwei Wachen"), a question word never does ("Welcher Gruppe sie …").
 */
function opensNoPhrase(ctx: ArticleContext, i: number): boolean {
  const first = ctx.words[i] as Word;
  const { notSpeakers, questionWords = [] } = ctx.rules.quotes;
  if (notSpeakers.includes(first.lower)) return !(ctx.sets.determiners.has(first.lower) && nounAfter(ctx, i));
  return openingNonSpeaker(ctx, i) && !(nounAfter(ctx, i) && !questionWords.includes(first.lower));
}

/** The words `[i, to)` as a name phrase. */
function namePhrase(ctx: ArticleContext, i: number, to: number): { phrase: SpeakerPhrase; to: number } {
  const words = ctx.words.slice(i, to).map((w) => w.text);
  return { phrase: { kind: 'name', words, at: (ctx.words[i] as Word).start }, to };
}

/** "Und Karl Brandt sagte": a word that opens the sentence and names no one, before a given name (no role of it). */
function openerBeforeName(ctx: ArticleContext, i: number): boolean {
  const next = ctx.words[i + 1];
  return (
    openingNonSpeaker(ctx, i) &&
    next !== undefined &&
    ctx.sets.firstNames.has(next.text) &&
    !breakBefore(ctx, i + 1)
  );
}

/**
 * Whether the phrase ending before word `k` goes on with an ampersand and a capitalised word: a firm's name ("Ernst &
 * Young", "Procter & Gamble") that the words read so far would cut to a person.
 */
function ampersandName(ctx: ArticleContext, k: number): boolean {
  const prev = ctx.words[k - 1];
  const next = ctx.words[k];
  return (
    prev !== undefined &&
    next !== undefined &&
    isCapitalised(next.text) &&
    /^\s*&\s*$/u.test(ctx.article.text.slice(prev.end, next.start))
  );
}

/**
 * The noun phrase starting at word `i` read as a speaker, with `to` the word after it; undefined when the words
 * there are no speaker (a verb, a function word, words inside a quote).
 */
export function speakerPhraseAt(
  ctx: ArticleContext,
  i: number,
  quotes: readonly QuoteSpan[],
  limit: number = ctx.words.length,
): { phrase: SpeakerPhrase; to: number } | undefined {
  const first = ctx.words[i];
  if (!first || i >= limit || insideQuote(quotes, first.start)) return undefined;
  const { sets, rules } = ctx;
  if (sets.pronouns.has(first.lower)) return { phrase: { kind: 'pronoun', at: first.start }, to: i + 1 };
  const particle = particleNameAt(ctx, i, limit);
  if (particle > 0) return namePhrase(ctx, i, particle);
  if (opensNoPhrase(ctx, i)) return undefined;
  if (openerBeforeName(ctx, i)) return speakerPhraseAt(ctx, i + 1, quotes, limit);
  if (participleOpener(ctx, i)) return undefined;
  let k = i;
  let definite = false;
  let determiner = false;
  if (sets.determiners.has(first.lower)) {
    determiner = true;
    definite = rules.quotes.definiteArticles.includes(first.lower);
    k++;
  }
  const start = k;
  if (determiner) k = pastAdjectives(ctx, k, limit);
  const nouns: Word[] = [];
  const lowerRoles = rules.quotes.lowerCaseRoles;
  // English adjectives before a lower-case role ("the 89-year-old mayor", "a senior official").
  if (determiner && lowerRoles) k = adjectivesBeforeRole(ctx, k, limit);
  // A role written in lower case ("acting Labour leader", "spokeswoman") where the language does so.
  const lowerRole = (w: Word): boolean =>
    lowerRoles !== undefined &&
    (lowerRoles.nouns.includes(w.lower) || lowerRoles.modifiers.includes(w.lower));
  // A title in quotation marks before the name ("Den Haags „Nachtbürgermeister“ Pat Smith"): read on to the name.
  let epithet: { readonly nouns: number; readonly name: number } | undefined;
  while (k < limit && nouns.length < 6) {
    const w = ctx.words[k] as Word;
    if (insideQuote(quotes, w.start)) {
      const name = k > i && epithet === undefined ? nameAfterEpithet(ctx, quotes, k, limit) : -1;
      if (name < 0) break;
      [epithet, k] = [{ nouns: nouns.length, name }, name];
      continue;
    }
    if (
      k > i &&
      k !== epithet?.name &&
      breakBefore(ctx, k) &&
      !afterInitial(ctx, k, nouns) &&
      !afterHonorific(ctx, k, nouns)
    )
      break;
    // "Karl von Brenn": the particles and the family name end the name.
    const family = nouns.at(-1) === ctx.words[k - 1] ? particleFamilyEnd(ctx, k) : -1;
    if (family > 0) {
      nouns.push(...ctx.words.slice(k, family));
      k = family;
      break;
    }
    // Two roles joined before a name ("der Virologe und Studienleiter Hendrik Streeck"): on to the second one.
    if (joinedRole(ctx, k, nouns, limit)) {
      k++;
      continue;
    }
    const age = determiner && nouns.length === 0 && ageWord(ctx, w.text) === 'noun';
    if (!isCapitalised(w.text) && !lowerRole(w) && !age) break;
    if (sets.determiners.has(w.lower) || rules.quotes.notSpeakers.includes(w.lower)) break;
    if (secondNoun(ctx, nouns.at(-1), w)) break;
    if (pluralAfterRole(ctx, nouns.at(-1), w)) break;
    const cut = cutCompound(ctx, k, limit); // "Bau- und Transportministerium": on to the head
    if (cut === 0) nouns.push(w);
    k += cut === 0 ? 1 : cut;
  }
  k -= dropTrailingModifiers(ctx, nouns);
  if (nouns.length === 0) return undefined;
  if (timePhrase(ctx, nouns, determiner)) return undefined;
  if (ampersandName(ctx, k)) return undefined;
  let to = k;
  const joined = determiner ? -1 : joinedNameEnd(ctx, k, limit);
  if (joined > 0) return namePhrase(ctx, i, joined);
  // A genitive after a role ("Sprecher des Finanzministeriums", "General der US-Streitkräfte").
  const genitive = ctx.words[to];
  const genitiveNoun = ctx.words[to + 1];
  const tail: string[] = [];
  if (
    genitive &&
    genitiveNoun &&
    rules.quotes.genitiveArticles.includes(genitive.lower) &&
    !breakBefore(ctx, to) &&
    isCapitalised(genitiveNoun.text) &&
    !breakBefore(ctx, to + 1) &&
    !insideQuote(quotes, genitiveNoun.start)
  ) {
    const end = genitiveEnd(ctx, to + 1, quotes, limit);
    // Its noun in quotation marks after adjectives alone ("sagte eine Sprecherin der Düsseldorfer „Rheinischen
    // Post“"): the article and the adjective belong to that name, a newspaper addressed, no genitive of the role ("des
    // Magazins „…“" has its noun).
    if (
      !quotedNameAfter(ctx, end, quotes) ||
      !ctx.words.slice(to + 1, end).every((w) => NAME_ADJECTIVE.test(w.text))
    ) {
      tail.push(...ctx.words.slice(to, end).map((w) => w.text));
      to = end;
    }
  }
  // The name: the words after the last role word, when they look like a name.
  let lastTitle = -1;
  nouns.forEach((w, n) => {
    if (isTitleWord(w, ctx) || roleNoun(ctx, w)) lastTitle = n;
  });
  if (lastTitle < 0 && !determiner) lastTitle = roleBeforeGivenName(nouns, sets.firstNames);
  // after an epithet only the words after it can be the name
  if (epithet !== undefined) lastTitle = Math.max(lastTitle, epithet.nouns - 1);
  const name = nouns.slice(lastTitle + 1).filter((w, n, all) => inName(ctx, w, n, all));
  const nameLike = name.length === nouns.length - lastTitle - 1 && name.length > 0;
  if (nameLike && (lastTitle >= 0 || !determiner || epithet !== undefined)) {
    const atEpithet = epithet !== undefined && lastTitle === epithet.nouns - 1 ? epithet.name : undefined;
    const role = ctx.words.slice(start, roleEnd(ctx, start, nouns[lastTitle], atEpithet)).map(written(ctx));
    return {
      phrase: {
        kind: 'name',
        words: name.map((w) => (INITIAL.test(w.text) ? `${w.text}.` : w.text)),
        ...(role.length > 0 ? { role } : {}),
        at: first.start,
      },
      to,
    };
  }
  const words = [...ctx.words.slice(start, k).map(written(ctx)), ...tail];
  const head = (nouns[lastTitle >= 0 ? lastTitle : nouns.length - 1] as Word).lower;
  return { phrase: { kind: 'role', words, head, definite, title: lastTitle >= 0, at: first.start }, to };
}

/**
 * Takes lower-case modifiers off the end of `nouns` and says how many: alone ("former") they are no phrase, trailing
 * ones neither ("Jane Doe, former …" ends at the name); a role noun or an age noun stays.
 */
function dropTrailingModifiers(ctx: ArticleContext, nouns: Word[]): number {
  let dropped = 0;
  while (
    nouns.length > 0 &&
    !isCapitalised(nouns.at(-1)?.text ?? '') &&
    !roleNoun(ctx, nouns.at(-1) as Word) &&
    ageWord(ctx, nouns.at(-1)?.text ?? '') !== 'noun'
  ) {
    nouns.pop();
    dropped++;
  }
  return dropped;
}

/**
 * Whether word `k` joins the role word read last to another one right after it ("Politiker und Unternehmer",
 * "Schauspielerin und Regisseurin"), with no break between them.
 */
function joinedRole(ctx: ArticleContext, k: number, nouns: readonly Word[], limit: number): boolean {
  const joiner = ctx.words[k];
  const last = nouns.at(-1);
  const next = ctx.words[k + 1];
  return (
    joiner !== undefined &&
    last !== undefined &&
    next !== undefined &&
    k + 1 < limit &&
    ctx.rules.quotes.joiners.includes(joiner.lower) &&
    !breakBefore(ctx, k) &&
    !breakBefore(ctx, k + 1) &&
    isTitleWord(last, ctx) &&
    isTitleWord(next, ctx)
  );
}

/**
 * The index of the first word after the adjectives that follow an article at word `k` ("der brasilianische
 * Präsident", "die 56-jährige …"): an age among them ("der 35 Jahre alte …"), and one adverb before an adjective
 * ("die sichtlich bewegte Ministerin", "der stets streitbare Manager").
 */
function pastAdjectives(ctx: ArticleContext, k: number, limit: number): number {
  const ageNouns = ctx.rules.quotes.ageNouns ?? [];
  let adverb = false;
  let j = k;
  while (j < limit && !breakBefore(ctx, j)) {
    const w = ctx.words[j]?.text ?? '';
    // "der 48-Jährige": an age written as a noun is the phrase's noun.
    if (ageWord(ctx, w) === 'noun') break;
    if (ADJECTIVE.test(w)) j++;
    else if (!adverb && adverbBeforeAdjective(ctx, j, limit)) {
      adverb = true;
      j++;
    } else if (YEAR.test(w) && ADJECTIVE.test(ctx.words[j + 1]?.text ?? '') && !breakBefore(ctx, j + 1))
      // A year before a participle ("der 1955 geborene Heusgen", "die 2019 gegründete Partei").
      j++;
    else {
      const attribute = extendedAttribute(ctx, j, limit);
      if (attribute > j) j = attribute;
      else if (
        /^\d+$/u.test(w) &&
        ageNouns.includes(ctx.words[j + 1]?.lower ?? '') &&
        !breakBefore(ctx, j + 1)
      )
        j += 2;
      else break;
    }
  }
  return j;
}

/**
 * An age written with a number, a hyphen and an ending of the language's `ageEndings`: an adjective in lower case
 * ("70-jährige"), a noun capitalised ("48-Jährige"); else undefined.
 */
export function ageWord(ctx: ArticleContext, text: string): 'adjective' | 'noun' | undefined {
  const m = /^\d+-(\p{L}+)$/u.exec(text);
  const ending = m?.[1];
  if (ending === undefined || !(ctx.rules.quotes.ageEndings ?? []).includes(ending.toLowerCase()))
    return undefined;
  return isCapitalised(ending) ? 'noun' : 'adjective';
}

/**
 * Whether word `k` is an adverb qualifying the adjective right after it inside a noun phrase ("sichtlich bewegte"):
 * a lower-case word that is no function word of the tables, before a word shaped like an inflected adjective. Not
 * where roles are written in lower case ("the traditional medicine minister": those words are the role).
 */
function adverbBeforeAdjective(ctx: ArticleContext, k: number, limit: number): boolean {
  const w = ctx.words[k];
  const next = ctx.words[k + 1];
  if (ctx.rules.quotes.lowerCaseRoles !== undefined) return false;
  if (!w || !next || k + 1 >= limit || breakBefore(ctx, k + 1) || !/^\p{Ll}+$/u.test(w.text)) return false;
  const { prepositions, conjunctions, joiners, notSpeakers } = ctx.rules.quotes;
  const functionWord =
    ctx.sets.determiners.has(w.lower) ||
    prepositions.includes(w.lower) ||
    conjunctions.includes(w.lower) ||
    joiners.includes(w.lower) ||
    notSpeakers.includes(w.lower) ||
    ctx.sets.pronouns.has(w.lower);
  return !functionWord && ADJECTIVE.test(next.text);
}

/** "Sonia und Willy Bogner": the end of the names joined by "und" at word `k` to the words before it, or -1. */
function joinedNameEnd(ctx: ArticleContext, k: number, limit: number): number {
  const joiner = ctx.words[k];
  if (!joiner || !ctx.rules.quotes.joiners.includes(joiner.lower) || breakBefore(ctx, k)) return -1;
  let j = k + 1;
  while (j < limit && isCapitalised(ctx.words[j]?.text ?? '') && !breakBefore(ctx, j) && j - k < 4) j++;
  return j > k + 1 ? j : -1;
}

/**
 * Whether word `w` at `n` of the words after a phrase's last role word belongs to a name: a name word, a middle initial
 * ("George W. Bush") or a particle before the family name ("von der Leyen").
 */
function inName(ctx: ArticleContext, w: Word, n: number, all: readonly Word[]): boolean {
  const inside = n > 0 && n + 1 < all.length;
  const { firstParticles, secondParticles } = ctx.sets.names;
  return (
    isNameWord(w.text) ||
    (inside && INITIAL.test(w.text)) ||
    (inside && (firstParticles.has(w.text) || secondParticles.has(w.text)))
  );
}

/**
 * Whether `w` after `prev` opens a new phrase: two common nouns that are no role words ("die Organisationen Bürger
 * dazu auf", "laut Ministerium Arbeiten an …") are two phrases; a role word, a name or an adjective may join them.
 */
function secondNoun(ctx: ArticleContext, prev: Word | undefined, w: Word): boolean {
  const common = (x: Word): boolean =>
    (ctx.commonNouns.has(x.lower) || ctx.nouns.abstractAfterLetter.test(x.lower)) &&
    !isTitleWord(x, ctx) &&
    !roleNoun(ctx, x) &&
    !ctx.sets.firstNames.has(x.text);
  return prev !== undefined && common(prev) && common(w);
}

/** Whether word `k` opens a quote right after the word before it ("Düsseldorfer „Rheinischen Post“"). */
function quotedNameAfter(ctx: ArticleContext, k: number, quotes: readonly QuoteSpan[]): boolean {
  const w = ctx.words[k];
  const prev = ctx.words[k - 1];
  return (
    !!w &&
    !!prev &&
    insideQuote(quotes, w.start) &&
    /^\s*[„“”"»«‚‘]$/u.test(ctx.article.text.slice(prev.end, w.start))
  );
}

/** The words of an article written with a capital, kept per article's words (as `lowerCaseWords`). */
const capitalisedWords = keptPer(
  (words: readonly Word[]): ReadonlySet<string> =>
    new Set(words.filter((w) => isCapitalised(w.text)).map((w) => w.text)),
);

/**
 * Whether `w` right after the role word `prev` is the plural of a noun the article writes in the singular elsewhere
 * ("bestünden laut der Politikerin Lücken", the article having "diese Lücke"; table `pluralEndings`): a noun, the
 * role is alone. A known given name is a name.
 */
function pluralAfterRole(ctx: ArticleContext, prev: Word | undefined, w: Word): boolean {
  const endings = ctx.rules.quotes.pluralEndings;
  if (
    !endings ||
    !prev ||
    !(isTitleWord(prev, ctx) || roleNoun(ctx, prev)) ||
    ctx.sets.firstNames.has(w.text)
  )
    return false;
  const words = capitalisedWords(ctx.words);
  return endings.some(
    (e) => w.text.length - e.length >= 3 && w.text.endsWith(e) && words.has(w.text.slice(0, -e.length)),
  );
}

/**
 * How many words a compound cut short at word `k` spans before its head: its cut parts and the joiner ("Bau- und
 * Transportministerium": 2; "Gesundheits-, Sozial- und Integrationsdirektor": 3), or 0 when word `k` is none.
 */
function cutCompound(ctx: ArticleContext, k: number, limit: number): number {
  const { text } = ctx.article;
  let j = k;
  // "Gesundheits-, Sozial- …": cut parts listed with commas before the last one
  while (
    j + 1 < limit &&
    /^-,\s/u.test(text.slice((ctx.words[j] as Word).end, (ctx.words[j] as Word).end + 3))
  )
    j++;
  const w = ctx.words[j];
  const joiner = ctx.words[j + 1];
  return w !== undefined &&
    joiner !== undefined &&
    j + 2 < limit &&
    /^-\s/u.test(text.slice(w.end, w.end + 2)) &&
    ctx.rules.quotes.joiners.includes(joiner.lower) &&
    isCapitalised(ctx.words[j + 2]?.text ?? '')
    ? j - k + 2
    : 0;
}

/** A word as the phrase shows it: a compound cut short keeps its hyphen ("Bau-"). */
const written =
  (ctx: ArticleContext) =>
  (w: Word): string =>
    /^-,\s/u.test(ctx.article.text.slice(w.end, w.end + 3))
      ? `${w.text}-,`
      : /^-\s/u.test(ctx.article.text.slice(w.end, w.end + 2))
        ? `${w.text}-`
        : w.text;

/**
 * A phrase of time or measure ("Wenige Stunden nach …", "Ende Januar", "die Woche"): no one. One word alone may be a
 * name ("May"), and a given name makes the phrase one ("Karl Mai").
 */
function timePhrase(ctx: ArticleContext, nouns: readonly Word[], determiner: boolean): boolean {
  const { calendar, firstNames } = ctx.sets;
  return (
    (nouns.length >= 2 || determiner) &&
    nouns.some((w) => calendar.has(w.lower)) &&
    !nouns.some((w) => firstNames.has(w.text))
  );
}

/** The index of a lower-case role noun after up to two lower-case words at `k` ("89-year-old mayor"), else `k`. */
function adjectivesBeforeRole(ctx: ArticleContext, k: number, limit: number): number {
  for (let r = k; r < Math.min(limit, k + 3); r++) {
    const w = ctx.words[r];
    if (!w || breakBefore(ctx, r) || !/^[\p{Ll}\d]/u.test(w.text)) return k;
    if (roleNoun(ctx, w)) return r;
  }
  return k;
}

/** A role noun the language writes in lower case ("spokeswoman", "official"). */
/**
 * With no role word known and no article: the index of the last word before a known given name that has a family
 * name after it, when the words before it are no given names — they are the role ("Meteorologin Corinna Borau",
 * "Floridas Gouverneur Ron DeSantis"); -1 otherwise ("Gerd Harry Lybke" opens with a given name and stays whole).
 * After an article the phrase may be a description that is no role ("der Wiener Martin Sellner"): not asked.
 */
function roleBeforeGivenName(nouns: readonly Word[], firstNames: ReadonlySet<string>): number {
  const given = nouns.findIndex((w, n) => n > 0 && n + 1 < nouns.length && firstNames.has(w.text));
  if (given <= 0) return -1;
  return nouns.slice(0, given).every((w) => !firstNames.has(w.text) && /\p{Ll}/u.test(w.text))
    ? given - 1
    : -1;
}

function roleNoun(ctx: ArticleContext, w: Word): boolean {
  return ctx.rules.quotes.lowerCaseRoles?.nouns.includes(w.lower) === true;
}

/**
 * A participle opening a clause before a preposition ("Speaking to reporters, …", "Asked about the plan, …"): no
 * speaker, unless the story knows the word as a name.
 */
function participleOpener(ctx: ArticleContext, i: number): boolean {
  const endings = ctx.rules.quotes.participleEndings;
  const w = ctx.words[i];
  const next = ctx.words[i + 1];
  if (!endings || !w || !next || !breakBefore(ctx, i) || breakBefore(ctx, i + 1)) return false;
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(w.text) || !endings.some((e) => w.lower.endsWith(e))) return false;
  return ctx.rules.quotes.prepositions.includes(next.lower) || ctx.sets.calendar.has(next.lower);
}

/** A capitalised adjective of a name's genitive ("des Weißen Hauses", "des Auswärtigen Amtes", "der Vereinten …"). */
const NAME_ADJECTIVE = /^\p{Lu}[\p{Ll}-]*(?:en|er|ischen)$/u;

/**
 * The end of a genitive noun phrase whose first capitalised word is word `k`: a capitalised adjective is read on to
 * its noun ("des Weißen Hauses", "der Vereinten Nationen"), at most three words, never into a given name.
 */
function genitiveEnd(ctx: ArticleContext, k: number, quotes: readonly QuoteSpan[], limit: number): number {
  let end = k + 1;
  while (end < limit && end - k < 3 && NAME_ADJECTIVE.test(ctx.words[end - 1]?.text ?? '')) {
    const next = ctx.words[end];
    if (!next || breakBefore(ctx, end) || insideQuote(quotes, next.start) || !isCapitalised(next.text)) break;
    if (ctx.sets.firstNames.has(next.text) || ctx.sets.determiners.has(next.lower)) break;
    end++;
  }
  return end;
}

/**
 * An apposition right after a phrase: "Der Innenminister Frankreichs, Nicolas Sarkozy, verteidigte …"; at the end
 * of a sentence a name of two words or more ("…, sagte die Sprecherin des Weißen Hauses, Karoline Leavitt.").
 */
export function apposition(
  ctx: ArticleContext,
  to: number,
  quotes: readonly QuoteSpan[],
): SpeakerPhrase | undefined {
  const prev = ctx.words[to - 1];
  if (!prev) return undefined;
  // Past a short part in parentheses ("der Generalsekretär der Befreiungsfront (NBF), Tamer Oskal").
  const paren = /^\s*\([^()\n]{1,30}\)(?=\s*,)/u.exec(ctx.article.text.slice(prev.end, prev.end + 40));
  const at = paren ? wordIndexAt(ctx.words, prev.end + paren[0].length) : to;
  const w = ctx.words[at];
  const before = ctx.words[at - 1];
  if (!w || !before) return undefined;
  const gap = ctx.article.text.slice(paren ? prev.end + paren[0].length : before.end, w.start);
  if (!/^\s*,\s*$/u.test(gap)) return undefined;
  const found = speakerPhraseAt(ctx, at, quotes);
  if (!found || found.phrase.kind !== 'name') return undefined;
  const last = ctx.words[found.to - 1];
  const after = ctx.words[found.to];
  const between = ctx.article.text.slice(last?.end ?? 0, after?.start ?? ctx.article.text.length);
  if (/^\s*,/u.test(between) && after) return found.phrase;
  return found.phrase.words.length >= 2 && /^[.!?](?:\s|$)/u.test(between) ? found.phrase : undefined;
}
