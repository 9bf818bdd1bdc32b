/**
 * Mentions that match a known or found name but are no entity where they stand:
 * - a maker's or place's name with a model number is a product ("eine Boeing 747", "der Airbus A380", "sein
 *   Mercedes 208", "die Tupolew Tu-154"): a number of three digits or a short code with digits right after the
 *   name, not followed by a noun it counts ("in Bagdad 120 Menschen");
 * - an acronym with a number right after it is a model, edition or norm ("die Pumpe FP 16/4", "zur BKM 2031", "Norm EN 12345-6"),
 *   not followed by a decimal or a noun it counts ("BZW 1,4 %", "Stiftung ABC 300 Bäume"), nor a year
 *   that closes a bracket or is joined to another ("(ABC 2019)", "der XYZ 1997 und 1998");
 * - a two-letter acronym right after a name word is that name's last part or a person's initials ("Gamestation VX",
 *   "Holmby AK", "Kessler JT"), not after an organisation, title or common noun ("die Miliz XY");
 * - a name cut off by a hyphen before "und"/"oder" is the first part of a compound ("im Verfassungsschutz- und
 *   Innenausschuss", "CDU- und CSU-Politiker");
 * - a place named like its people after a determiner is the people ("die Schweden", "den Polen");
 * - a conjunction opening a sentence is none of the names it shares its form with ("Oder wir warten.");
 * - a place after a phrase whose preposition points to no place is a common noun ("je nach Wetter");
 * - a name a capitalised word that is no noun follows is the start of a longer name (`continuedName`), and a name
 *   inside quoted capitalised words a part of one (`insideQuotedName`): a part of a name is no entity of its own;
 * - a family name alone after a word that can only be its given name takes that word in (`givenNameBefore`:
 *   "Raheem Boateng", whose given name the tables do not know);
 * - a place after a name word or an organisation's mention ends a longer name (`placeInLongerName`: "Espanyol
 *   Barcelona", "RWTH Aachen").
 */
import { isTitleWord, isWorkNoun, type ArticleContext } from './context.js';
import type { RawMention } from './lexicon.js';
import { stopwordsFor } from '../analyse/stopwords.js';
import { knownWord } from './gazetteer-index.js';
import { isTableName, openers } from './name-rules.js';
import { commonNounWord, compoundNoun } from './persons.js';
import { SENTENCE_OPENING, isCapitalised, lowerCaseWords } from './words.js';
import { keptPer } from '../core/kept.js';
import { firstFrom } from '../core/ordered.js';
import { AGENCIES } from '../lang/outlets.js';

/** A model number after a name: "747", "A380", "Go 345", "Tu-154"; then no capitalised (counted) word. */
const MODEL_NUMBER = /^ (?:\d{3}|\p{Lu}{1,2}\d{2,4}|\p{Lu}\p{Ll}?[ -]?\d{2,4})(?![\d.,:])(?!\s+\p{Lu})/u;
/** An acronym as a whole mention: capitals only, at least two ("FP", "BKM", "XYZ"). */
const ACRONYM_MENTION = /^\p{Lu}{2,5}$/u;
/**
 * A designation number right after an acronym: three to five digits, or digits with a part after a slash, hyphen or
 * plus or a unit letter ("2031", "16/4", "10+20V", "10V-30", "12345-6"), or a Roman numeral of two letters or more
 * ("der XY IV-Wagen"); no decimal ("1,4"), percent or capitalised
 * noun after. One or two digits alone are a channel's number as often as a model's ("der Sender XYZ 5"): no designation.
 */
const DESIGNATION_NUMBER =
  /^ (?:\d{3,5}|\d{1,5}(?:[-+/]\d{1,5}\p{Lu}?|\p{Lu}{1,2}(?:-\d{1,5})?)|I{2,3}|IV|VI{1,3}|IX|XI{1,3})(?![\d\p{L}]|[.,:]\d)(?!\s*(?:%|\p{Lu}\p{Ll}))/u;
/** A year alone as the designation ("2031")… */
const YEAR_ONLY = /^ (?:1[89]|20)\d\d$/u;
/** …that closes a bracket or is joined to another year (`yearJoiners`) is a date: "(ABC 2019)", "der XYZ 1997 und 1998". */
const BRACKET_CLOSES = /^\)/u;
/** The word after a space (the text after a year). */
const NEXT_WORD = /^\s+(\p{L}+)\s/u;

/** Whether the text after a year goes on as a date: it closes a bracket or joins another year. */
function yearGoesOn(ctx: ArticleContext, rest: string): boolean {
  if (BRACKET_CLOSES.test(rest)) return true;
  const next = NEXT_WORD.exec(rest)?.[1];
  return next !== undefined && (ctx.rules.entities.yearJoiners ?? []).includes(next);
}

/** Whether an acronym mention has a designation number right after it (`after`: the text after the mention). */
function designated(ctx: ArticleContext, m: RawMention, after: string): boolean {
  if (m.type !== 'organization' || !ACRONYM_MENTION.test(m.text)) return false;
  const number = DESIGNATION_NUMBER.exec(after);
  if (number === null) return false;
  return !(YEAR_ONLY.test(number[0]) && yearGoesOn(ctx, after.slice(number[0].length)));
}

/** A two-letter acronym. */
const TWO_CAPITALS = /^\p{Lu}{2}$/u;
/** A space, then a word before a mention that ends there (a capitalised word with lower-case letters). */
const NAME_WORD_BEFORE = /(?:^|[\s(])(\p{Lu}\p{Ll}+) $/u;

/**
 * Whether the two-letter acronym mention `m` stands right after a name word (see `notAnEntity`): a capitalised word
 * that is no common, organisation or title noun, no determiner, and does not open a sentence.
 */
function initialsAfterName(ctx: ArticleContext, m: RawMention): boolean {
  if (m.type !== 'organization' || !TWO_CAPITALS.test(m.text)) return false;
  const before = ctx.article.text.slice(Math.max(0, m.start - 40), m.start);
  const hit = NAME_WORD_BEFORE.exec(before);
  if (hit === null) return false;
  const word = hit[1] as string;
  const lower = word.toLowerCase();
  const opening = before.slice(0, before.length - word.length - 1);
  if (SENTENCE_OPENING.test(opening) || OPENS_LINE.test(opening)) return false;
  if (ctx.sets.determiners.has(lower) || ctx.sets.names.articles.has(lower)) return false;
  if (ctx.sets.organisationNouns.has(lower) || ctx.sets.organisationNounEnding.test(lower)) return false;
  if (ctx.sets.titles.has(lower) || stopwordsFor(ctx.article.language).has(lower)) return false;
  return !commonNounWord(word, ctx) && !compoundNoun(lower, ctx);
}

/** A hyphen that ends a word and a word after it ("- und", "- oder"). */
const CUT_OFF = /^-\s+(\p{Ll}+)/u;

/** Whether the mention is a product's name or the cut-off first part of a compound, not an entity. */
export function notAnEntity(ctx: ArticleContext, m: RawMention): boolean {
  const after = ctx.article.text.slice(m.end, m.end + 24);
  if (m.type !== 'person' && MODEL_NUMBER.test(after)) return true;
  if (designated(ctx, m, after)) return true;
  if (initialsAfterName(ctx, m)) return true;
  const cut = CUT_OFF.exec(after);
  if (cut !== null && ctx.sets.names.nameJoiners.has(cut[1] as string)) return true;
  if (openingConjunction(ctx, m)) return true;
  return m.type === 'place' && (peopleAfterDeterminer(ctx, m) || afterNoPlacePhrase(ctx, m));
}

/** A word with a capital first letter and lower-case letters after it ("Oder", not "ODER" or "WHO"). */
const CAPITALISED_ONLY = /^\p{Lu}\p{Ll}+$/u;

/** The text before a word that opens a sentence or a line (`SENTENCE_OPENING`, or nothing but spaces on its line). */
const OPENS_LINE = /(?:^|\n)[ \t]*$/u;

/**
 * A one-word mention that opens a sentence and is, in lower case, a conjunction of the language ("Oder wir warten
 * ab." — the river's name; "Aber" …): the conjunction written capitalised, no name. Only a whole word: "Oder" after a
 * place ("Frankfurt/Oder") does not open a sentence.
 */
function openingConjunction(ctx: ArticleContext, m: RawMention): boolean {
  if (m.to - m.from !== 1) return false;
  const word = ctx.words[m.from];
  // Written as a capitalised word, not in capitals ("WHO" opening a sentence is the organisation).
  if (word === undefined || !CAPITALISED_ONLY.test(word.text) || !conjunctionsOf(ctx.rules).has(word.lower))
    return false;
  const before = ctx.article.text.slice(Math.max(0, word.start - 8), word.start);
  return SENTENCE_OPENING.test(before) || OPENS_LINE.test(before) || word.start === 0;
}

const conjunctionsOf = keptPer(
  (rules: ArticleContext['rules']): ReadonlySet<string> =>
    new Set([...rules.quotes.conjunctions, ...(rules.quotes.coordinators ?? [])]),
);

/**
 * A place right after a phrase of the language whose preposition points to no place (`noPlacePhrases`: "je nach
 * Anbieter", "je nach Grad" — "depending on"): a common noun, no place.
 */
function afterNoPlacePhrase(ctx: ArticleContext, m: RawMention): boolean {
  for (const phrase of ctx.rules.entities.noPlacePhrases ?? []) {
    const parts = phrase.split(' ');
    if (m.from < parts.length) continue;
    if (parts.every((p, k) => ctx.words[m.from - parts.length + k]?.lower === p)) return true;
  }
  return false;
}

/** A place named like its people after a determiner: "die Schweden", "den Polen" (table `peoplePlaces`). */
function peopleAfterDeterminer(ctx: ArticleContext, m: RawMention): boolean {
  if (m.to - m.from !== 1 || ctx.rules.entities.peoplePlaces?.includes(m.text) !== true) return false;
  const before = ctx.words[m.from - 1];
  return before !== undefined && ctx.rules.entities.determiners.includes(before.lower);
}

/** A capitalised word this long is a compound noun ("Liebeskummer", "Hauptabnehmer"), not a name's part. */
const LONG_COMPOUND = 10;

/**
 * Whether a capitalised word that is no noun of the language follows the mention after one space, in a language
 * that writes its nouns capitalised (`nounsCapitalised`): the mention is then the start of a longer name the rules
 * could not read ("Red Bull Air Race", "SV 09 Ahlbach", "Edwin Kroll Surveys"), and a part of a name is no entity of
 * its own (GermEval spans the whole name: the part would be wrong and the whole one missed either way). Not a
 * genitive before its noun ("Berlins Regierender"), not before another mention (`starts`: the word indices where
 * one begins), a stopword, a word of the calendar ("Berlin Montag") or a word shaped like a noun (an ending of the
 * language's `derivational` set, `LONG_COMPOUND`: "wenn Spanien Hauptabnehmer wird", "an der Universität Hamburg
 * Physik").
 */
export function continuedName(ctx: ArticleContext, m: RawMention, starts: ReadonlySet<number>): boolean {
  if (ctx.rules.entities.nounsCapitalised !== true) return false;
  const next = ctx.words[m.to];
  const last = ctx.words[m.to - 1];
  if (next === undefined || last === undefined || !next.tightBefore || starts.has(m.to)) return false;
  // A genitive's "-s" is left out of the mention: its noun follows.
  if (m.end < last.end || !isCapitalised(next.text)) return false;
  if (stopwordsFor(ctx.article.language).has(next.lower) || ctx.sets.calendar.has(next.lower)) return false;
  if (next.text.length >= LONG_COMPOUND || ctx.ownNouns.derivational.test(next.lower)) return false;
  return !commonNounWord(next.text, ctx) && !compoundNoun(next.lower, ctx);
}

/** Quotation marks, opening and closing. */
const QUOTE_MARK = /["„“”«»]/gu;
/** The words of a quoted name: capitalised or numbers, joined by spaces, hyphens or "&" (no lower-case word). */
const QUOTED_NAME =
  /^(?:[\p{Lu}\p{N}][\p{L}\p{N}.'’-]*)(?:\s+(?:&\s+)?[\p{Lu}\p{N}][\p{L}\p{N}.'’-]*){1,5}$/u;
/** How far a quoted name's marks may stand from the mention, each side. */
const QUOTED_REACH = 80;

/** The offsets of an article's quotation marks in order, found once per text (a scan per mention was quadratic). */
const marksOf = keptPer((article: ArticleContext['article']): readonly number[] =>
  Array.from(article.text.matchAll(QUOTE_MARK), (q) => q.index),
);

/** The index of the first mark at or after `offset` (binary search). */
const firstMarkFrom = (marks: readonly number[], offset: number): number => firstFrom(marks, offset, itself);

const itself = (at: number): number => at;

/**
 * Whether the mention is a part of a quoted name: quotation marks around two to six capitalised words name one
 * thing, a work or an organisation ("der Song „Till Death Do Us Part“", "vom „Bündnis Neue Mitte Nord“"), and
 * a part of it is no entity of its own. The mention that is the whole quoted name stays ("„Süddeutsche Zeitung“").
 * The marks are the last one at most {@link QUOTED_REACH} characters before the mention and the first one at most
 * that far after it; the one before must open (an even number of marks before it in the text).
 */
export function insideQuotedName(ctx: ArticleContext, m: RawMention): boolean {
  const { text } = ctx.article;
  const marks = marksOf(ctx.article);
  const openAt = firstMarkFrom(marks, m.start) - 1;
  const open = marks[openAt];
  if (open === undefined || open < m.start - QUOTED_REACH) return false;
  const close = marks[firstMarkFrom(marks, m.end)];
  if (close === undefined || close >= m.end + QUOTED_REACH) return false;
  // Only an opening mark before the mention (an even number of marks before it in the text).
  if (openAt % 2 !== 0) return false;
  const inner = text.slice(open + 1, close).trim();
  if (inner === m.text) return false;
  return QUOTED_NAME.test(inner) || (titleAfterWorkNoun(ctx, open) && wordCount(inner) <= TITLE_WORDS);
}

/** The most words of a quoted title after a work noun ("das Motto „Ein Mann suchte Amerika, doch …“"). */
const TITLE_WORDS = 12;

/** How far back the word before a quotation mark is read. */
const WORD_REACH = 40;
const LETTER = /\p{L}/u;

/**
 * The word (letters) right before offset `open`, at most one space between, read back from `open` within
 * `WORD_REACH` characters; undefined when none. A loop, not a pattern anchored at the end (`/(\p{L}+) ?$/u` tries
 * every start of a long run of letters again).
 */
export function wordBeforeMark(text: string, open: number): string | undefined {
  const floor = Math.max(0, open - WORD_REACH);
  const end = open > floor && text[open - 1] === ' ' ? open - 1 : open;
  let start = end;
  while (start > floor && LETTER.test(text[start - 1] as string)) start--;
  return start < end ? text.slice(start, end) : undefined;
}

/** The number of words (runs of non-space) in a text. */
const wordCount = (text: string): number => text.split(/\s+/u).filter((w) => w !== '').length;

/**
 * Whether, in a language whose tables ask for it (`titlesAfterWorkNouns`), a noun for a work or a name (the quote
 * rules' `workNouns`: "Film", "Buch", "Motto", "Ausstellung") stands right before the quotation mark at `open`: the
 * quoted words are a title, lower-case ones too ("der Film „Ein Sommer in Kassel“"), and a name inside it is a part
 * of the title.
 */
function titleAfterWorkNoun(ctx: ArticleContext, open: number): boolean {
  if (ctx.rules.entities.titlesAfterWorkNouns !== true) return false;
  const word = wordBeforeMark(ctx.article.text, open);
  if (word === undefined) return false;
  return isWorkNoun(word.toLowerCase(), ctx);
}

/** A word that may be a given name: capitalised, three to nine letters, no capital inside ("Raheem", "Calin"). */
const GIVEN_SHAPED = /^\p{Lu}\p{Ll}{2,8}$/u;

/**
 * Whether the word before a one-word person mention is its given name, which the tables do not know: "Ilan Varon",
 * "Dorin Vasile", "Marta Keller" (GermEval spans the whole name: the family name alone would be wrong and the
 * whole one missed). Only in a language that writes its nouns capitalised (`nounsCapitalised`), where a capitalised
 * word before a name is mostly a noun: the word must be none of the tables' words (a common noun or one shaped like
 * one, a compound, a title, a role or abstract noun by its ending: `notGivenNameEndings`, a known name, a word of
 * the calendar, a stopword or a source preposition: "Laut Trump"), written in lower case nowhere in the article, in
 * no other mention (`ends`: the word indices where one ends), and not after an article or an adjective ("der
 * Aktivist Taalam", "der schwedische Epidemiologe Giesecke"). Not for a genitive ("Sieg Nadeschdins").
 */
export function givenNameBefore(ctx: ArticleContext, m: RawMention, ends: ReadonlySet<number>): boolean {
  if (ctx.rules.entities.nounsCapitalised !== true || m.type !== 'person' || m.to - m.from !== 1)
    return false;
  const word = ctx.words[m.from];
  const prev = ctx.words[m.from - 1];
  if (word === undefined || prev === undefined || !word.tightBefore || m.end < word.end) return false;
  if (ends.has(m.from - 1) || !GIVEN_SHAPED.test(prev.text)) return false;
  const { lower } = prev;
  if (stopwordsFor(ctx.article.language).has(lower) || ctx.sets.calendar.has(lower)) return false;
  if (openers(ctx).has(lower) || ctx.sets.determiners.has(lower) || lowerCaseWords(ctx.words).has(lower))
    return false;
  const { quotes } = ctx.rules;
  if (quotes.sourceBefore.includes(lower) || quotes.attributionMarkers.includes(lower)) return false;
  if (ctx.sets.names.notGivenNameEnding.test(lower) || isTitleWord(prev, ctx)) return false;
  if (commonNounWord(prev.text, ctx) || compoundNoun(lower, ctx)) return false;
  if (isTableName(prev.text, ctx) || knownWord(prev.text) !== undefined) return false;
  const before = ctx.words[m.from - 2];
  return !(
    before !== undefined &&
    prev.tightBefore &&
    (ctx.sets.names.articles.has(before.lower) ||
      (ctx.sets.adjectives.lowerTwo.test(before.text) &&
        !stopwordsFor(ctx.article.language).has(before.lower)))
  );
}

/** The news agencies' names (`AGENCIES`) in lower case. */
const AGENCY_NAMES: ReadonlySet<string> = new Set(AGENCIES.map((a) => a.toLowerCase()));

/** Endings of adverbs and adjectives ("Einzig", "Lediglich", "Teilweise", "Erstmals"). */
const ADVERB_SHAPED = /(?:ig|lich|isch|weise|mals|wärts)$/u;

/** What follows a dateline's place: a dash or an opening bracket ("Berlin - …", "Wien – …", "Köln (dpa)"). */
const DATELINE_AFTER = /^ (?:[-–—]|\()/u;

/**
 * Whether a place mention ends a longer name a name word before it opens ("Espanyol Barcelona", "Austal USA", "Hypo
 * Vorarlberg"), in a language that writes its nouns capitalised (`nounsCapitalised`). The word right before it is
 * capitalised and ends a mention of an organisation ("WAZ Gelsenkirchen", "RWTH Aachen": `ends`), or is a word of
 * none of these kinds: a common noun or one shaped like one or ten letters long ("Amtsgericht Stockholm", "Polizei
 * Düsseldorf" leave the place alone), a title, a stopword, a word of the calendar, an adverb, an abbreviation of the
 * tables ("AKW"), a given name ("dass Maria Rom besucht hat"), a known name ("Frankfurt Oder"), a word written in
 * lower case elsewhere in the article, a word after an article or adjective ("in seiner alten Heimat Bochum"). Not
 * after a person's mention (`personEnds`: "dass Ludwig Paris nicht mochte"), not for a genitive, not for a dateline
 * (`DATELINE_AFTER`). GermEval spans the whole name: the place alone is wrong.
 */
export function placeInLongerName(
  ctx: ArticleContext,
  m: RawMention,
  ends: ReadonlySet<number>,
  personEnds: ReadonlySet<number>,
): boolean {
  if (ctx.rules.entities.nounsCapitalised !== true || m.type !== 'place') return false;
  const word = ctx.words[m.from];
  const prev = ctx.words[m.from - 1];
  if (word === undefined || prev === undefined || !word.tightBefore || !isCapitalised(prev.text))
    return false;
  // A genitive names the place itself ("der Verfassungsschutz Mecklenburg-Vorpommerns").
  if (m.end < (ctx.words[m.to - 1]?.end ?? m.end)) return false;
  // A dateline after a photo credit or a heading whose line break the source lost ("Foto: dpa/Patrick Pleul
  // Stuttgart - Der Erreger …", "Corona Frankfurt (DPA-AFX) -").
  if (DATELINE_AFTER.test(ctx.article.text.slice(m.end, m.end + 3))) return false;
  if (personEnds.has(m.from - 1)) return false;
  // A news agency's sign before a place is a dateline whose dash the source lost ("DPA Bern Das Parlament …").
  if (AGENCY_NAMES.has(prev.lower)) return false;
  if (ends.has(m.from - 1)) return true;
  const { lower } = prev;
  // "in seiner alten Heimat Bochum": a word after an article or adjective is a noun.
  const before = ctx.words[m.from - 2];
  if (
    before !== undefined &&
    prev.tightBefore &&
    (ctx.sets.names.articles.has(before.lower) ||
      (ctx.sets.adjectives.lowerTwo.test(before.text) &&
        !stopwordsFor(ctx.article.language).has(before.lower)))
  )
    return false;
  if (stopwordsFor(ctx.article.language).has(lower) || ctx.sets.calendar.has(lower)) return false;
  if (openers(ctx).has(lower) || ctx.sets.determiners.has(lower) || lowerCaseWords(ctx.words).has(lower))
    return false;
  if (ctx.sets.names.notGivenNameEnding.test(lower) || isTitleWord(prev, ctx)) return false;
  if (commonNounWord(prev.text, ctx) || compoundNoun(lower, ctx) || prev.text.length >= 10) return false;
  // An adverb or adjective opening the sentence ("Einzig Sachsen-Anhalts Ministerpräsident"), an abbreviation of a
  // common noun ("AKW Gundremmingen").
  if (ADVERB_SHAPED.test(lower) || ctx.sets.names.notAcronyms.has(prev.text)) return false;
  // A given name alone before the place is a person's, subject or object beside it ("dass Maria Rom besucht hat").
  if (ctx.sets.firstNames.has(prev.text)) return false;
  if (ctx.sets.placeNouns.has(lower) || ctx.sets.organisationNouns.has(lower)) return false;
  return !(isTableName(prev.text, ctx) || knownWord(prev.text) !== undefined);
}
