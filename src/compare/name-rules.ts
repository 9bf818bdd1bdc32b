/**
 * Names found by the shape of their words and the language's name tables (`EntityRules`): known places,
 * organisations and people; organisations by acronym ("CDU"), head word ("FC Bayern", "Universität Hamburg",
 * "Bundesamt für Gesundheit") and legal form ("Audi AG", "Hirzel Verlag"); streets ("Schwanitzstraße",
 * "Neuendorfer Straße"); ambiguous places after a place preposition ("in Essen").
 */
import { keptPer } from '../core/kept.js';
import type { EntityRules } from '../lang/index.js';
import type { ArticleContext } from './context.js';
import { KNOWN_NAMES, genitiveBase, knownWord } from './gazetteer-index.js';
import type { EntityRule, LexiconEntry } from './lexicon.js';
import { nameKey } from './names.js';
import type { EntityType } from './types.js';
import { isAcronym, isNameWord, lowerCaseWords, type Word } from './words.js';
import { capitalsRun, inCapitalLine } from './capital-lines.js';

const sharedNames = new Set(KNOWN_NAMES.map((k) => k.words.join(' ')));

/** The language's known places, organisations and people as lexicon entries (not those of the shared gazetteer). */
export const tableEntries: (rules: EntityRules) => readonly LexiconEntry[] = keptPer((rules) => {
  const out: LexiconEntry[] = [];
  const add = (names: readonly string[] | undefined, type: EntityType): void => {
    for (const name of names ?? []) {
      if (sharedNames.has(name)) continue;
      out.push({ words: name.split(' '), key: `${type}:${nameKey(name)}`, type, rule: 'table' });
    }
  };
  add(rules.knownPlaces, 'place');
  add(rules.knownOrganisations, 'organization');
  return out;
});

/** Whether a word (or its genitive base) is a known place or organisation of the shared or the language's tables. */
export function isTableName(word: string, ctx: ArticleContext): boolean {
  if (knownWord(word)) return true;
  const { singleNames } = ctx.sets.names;
  if (singleNames.has(word)) return true;
  const base = genitiveBase(word);
  return base !== undefined && singleNames.has(base);
}

const placesOf = keptPer(
  (rules: ArticleContext['rules']): ReadonlySet<string> => new Set(rules.entities.knownPlaces),
);

/** A word that the shared gazetteer or the language's tables know as a place (its genitive too, for the former). */
export function knownPlaceName(text: string, ctx: ArticleContext): boolean {
  if (knownWord(text)?.type === 'place') return true;
  return placesOf(ctx.rules).has(text);
}

/** Known family names that stand alone for a person ("Merkel", "Merkels") found in one article. */
export function knownPersonWords(ctx: ArticleContext): string[] {
  const { knownPersons } = ctx.sets.names;
  const out: string[] = [];
  for (const w of ctx.words) {
    if (knownPersons.has(w.text)) out.push(w.text);
    else {
      const base = genitiveBase(w.text);
      if (base !== undefined && knownPersons.has(base)) out.push(base);
    }
  }
  return out;
}

const NUMBER_PART = /^\d{1,4}$/u;
/**
 * The rest of a score after its first number ("2:1", "3 : 0") or of a decimal, a time or distance in a results
 * table ("13,65 sec", "4,27 m"): the number is no part of the club's name.
 */
const SCORE_AFTER = /^(?: ?: ?\d|[.,]\d)/u;

const openersOf = keptPer((rules: ArticleContext['rules']): ReadonlySet<string> => {
  const { quotes, entities } = rules;
  return new Set([
    ...entities.determiners,
    ...entities.organisationNouns,
    ...quotes.notSpeakers,
    ...quotes.prepositions,
    ...quotes.conjunctions,
  ]);
});

/** Lower-case words that start a clause or a noun phrase, never part of a name ("aber", "beim", "firma"). */
export function openers(ctx: ArticleContext): ReadonlySet<string> {
  return openersOf(ctx.rules);
}

const nameLike = (w: Word | undefined, ctx: ArticleContext): w is Word =>
  w !== undefined &&
  (isNameWord(w.text) || isAcronym(w.text)) &&
  !openers(ctx).has(w.lower) &&
  !ctx.sets.calendar.has(w.lower);

const texts = (ctx: ArticleContext, from: number, to: number): string[] =>
  ctx.words.slice(from, to).map((w) => w.text);

/**
 * "CDU", "ADAC GT": acronyms of two to five capitals outside the table of non-organisation acronyms (longer ones
 * are words set in capitals: "RESPEKT"); neighbouring acronyms are one name.
 */
/** A Roman numeral of I, V, X and L ("XXXII", "XIV", "LIV"): a number, no acronym. */
const ROMAN = /^(?:L?X{0,3})(?:IX|IV|V?I{0,3})$/u;
/** A cardinal number written in digits ("10", "1,5", "2.500"; not the ordinal "1."). */
const CARDINAL = /^\d[\d.,]*\d$|^\d$/u;

/** White space only. */
const SPACES_ONLY = /^\s+$/u;

/** Whether the word before `i` is a cardinal number right before it ("10 MW", "300 PS"): then it is a unit. */
function afterCardinal(ctx: ArticleContext, i: number): boolean {
  const prev = ctx.words[i - 1];
  const w = ctx.words[i] as Word;
  return (
    prev !== undefined &&
    CARDINAL.test(prev.text) &&
    SPACES_ONLY.test(ctx.article.text.slice(prev.end, w.start))
  );
}

const sharedPlaces = new Set(KNOWN_NAMES.filter((k) => k.type === 'place').map((k) => k.words.join(' ')));

/** An opening bracket after optional spaces. */
const BRACKET_AHEAD = /^\s*\(/u;

/** Whether the words up to `j` stand right before an opening bracket ("LAS VEGAS (UPI)"). */
const beforeBracket = (ctx: ArticleContext, j: number): boolean =>
  BRACKET_AHEAD.test(
    ctx.article.text.slice((ctx.words[j - 1] as Word).end, (ctx.words[j - 1] as Word).end + 3),
  );

const titleCaseWord = (word: string): string => `${word.slice(0, 1)}${word.slice(1).toLowerCase()}`;

/** Two or more capitals only ("UN", "NATO"). */
const CAPITALS_WORD = /^\p{Lu}{2,}$/u;

/**
 * A word of the language written in capitals (a heading or a shouted line: "DAS steckt dahinter", "HIER", "WIRD"):
 * an article before no other word in capitals, a pronoun or word a sentence opens with, or (four letters or more) a
 * word the article writes in lower case elsewhere. Not a common noun of the tables, nor an article before one:
 * newspapers write their names so ("BILD", "DIE WELT").
 */
function wordInCapitals(ctx: ArticleContext, i: number): boolean {
  const { lower } = ctx.words[i] as Word;
  const next = ctx.words[i + 1];
  if (ctx.sets.names.articles.has(lower) && next?.tightBefore && CAPITALS_WORD.test(next.text)) return false;
  return (
    ctx.sets.names.articles.has(lower) ||
    ctx.sets.pronouns.has(lower) ||
    openers(ctx).has(lower) ||
    (lower.length >= 4 && lowerCaseWords(ctx.words).has(lower))
  );
}

/** A word in capitals only (apostrophes and hyphens inside allowed): "FRANCISCO", "DON'T". */
const ALL_CAPITALS = /^\p{Lu}[\p{Lu}'’-]*\p{Lu}$/u;
/** What follows a dateline or a label that opens a line: "SOCHI, RUSSIA --", "SAN FRANCISCO (AP)", "VIDEO:", "WISE/AFP". */
const LINE_OPENING_END = /^\s*[,:(/]/u;

/**
 * Whether the words in capitals from `i` to `j` (and any further words in capitals around them) open a line and are
 * followed by a comma, colon, bracket or slash: a dateline ("AKRON, Ohio --", "SAN FRANCISCO (AP) —"), a label
 * ("VIDEO: …", "SEE BELOW: …") or a photo credit ("RHONA WISE/AFP"), no acronym.
 */
function lineOpening(ctx: ArticleContext, i: number, j: number): boolean {
  if (ctx.rules.entities.lineOpeningCapitals !== true) return false;
  const { words } = ctx;
  const text = ctx.article.text;
  let h = i;
  while (h > 0 && words[h]?.tightBefore && ALL_CAPITALS.test(words[h - 1]?.text ?? '')) h--;
  const first = words[h] as Word;
  const lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
  if (text.slice(lineStart, first.start).trim() !== '') return false;
  let k = j;
  while (k < words.length && words[k]?.tightBefore && ALL_CAPITALS.test(words[k]?.text ?? '')) k++;
  return LINE_OPENING_END.test(text.slice((words[k - 1] as Word).end));
}

/** An editor's initials in an agency sign-off: a slash and two to four lower-case letters ("/so", "/zb"). */
const INITIALS_BEFORE = /\/\p{Ll}{2,4}\/$/u;
const INITIALS_AFTER = /^\/\p{Ll}{2,4}(?!\p{L})/u;

/**
 * Whether a word in capitals stands between editors' initials, in an agency's sign-off ("…zusammen./so/DP/zb",
 * "/cn/bk/sam/DP/nas"): the desk's code, no organisation. A credit with a name before it ("Foto: X/dpa/ESA") or
 * none after it ("RND/dp") is not such a line.
 */
function signOffCode(ctx: ArticleContext, w: Word): boolean {
  const { text } = ctx.article;
  return (
    INITIALS_BEFORE.test(text.slice(Math.max(0, w.start - 6), w.start)) &&
    INITIALS_AFTER.test(text.slice(w.end))
  );
}

function acronyms(ctx: ArticleContext): string[][] {
  const { words } = ctx;
  const { notAcronyms } = ctx.sets.names;
  const out: string[][] = [];
  const usable = (w: Word | undefined, k: number): w is Word =>
    w !== undefined &&
    isAcronym(w.text) &&
    w.text.length <= 5 &&
    !notAcronyms.has(w.text) &&
    !wordInCapitals(ctx, k) &&
    !ROMAN.test(w.text) &&
    !knownWord(w.text) &&
    !signOffCode(ctx, w) &&
    // "KATE", "JAMIE": a first name written in capitals (a credit line), no acronym.
    !(w.text.length >= 3 && ctx.sets.firstNames.has(titleCaseWord(w.text))) &&
    // "BONN", "KÖLN": a place written in capitals.
    !(w.text.length >= 4 && knownPlaceName(`${w.text.slice(0, 1)}${w.text.slice(1).toLowerCase()}`, ctx));
  for (let i = 0; i < words.length; i++) {
    if (!usable(words[i], i) || afterCardinal(ctx, i) || inCapitalLine(ctx.article, words, i)) continue;
    // A line in capitals ("BOCHUM (dpa)") is no acronym.
    const prev = words[i - 1];
    if (prev && CAPITALS_WORD.test(prev.text) && !usable(prev, i - 1)) continue;
    let j = i + 1;
    while (j < words.length && words[j]?.tightBefore && usable(words[j], j)) j++;
    // "LAS VEGAS (UPI) -", "NEW DELHI": a place written in capitals (a dateline before its agency), no acronym;
    // three or more words in capitals are a line so written ("AKTIE IM FOKUS", "EINER SEITE LESEN").
    if (
      (j - i > 1 &&
        (sharedPlaces.has(texts(ctx, i, j).map(titleCaseWord).join(' ')) || beforeBracket(ctx, j))) ||
      capitalsRun(ctx.words, i) >= 3 ||
      lineOpening(ctx, i, j)
    ) {
      i = j - 1;
      continue;
    }
    // "die XYZ Kassel": one acronym and a known one-word place after it that no other name word, dash or bracket
    // follows are one name, a branch or seat of the organisation ("XYZ Kassel beschaffte …").
    // The acronym alone names it too ("die XYZ wuchs"), so it is given first: a lexicon keeps no single word that
    // a longer name it already has contains.
    if (j === i + 1 && placeAfterAcronym(ctx, j)) out.push(texts(ctx, i, j++));
    out.push(texts(ctx, i, j));
    i = j - 1;
  }
  return out;
}

/** A dash or an opening bracket after a place (a dateline: "Kassel - …", "Kassel (dpa)"). */
const DASH_OR_BRACKET_AFTER = /^\s*[-–—(]/u;

/** Whether word `j` is a known one-word place right after an acronym that ends the acronym's name there. */
function placeAfterAcronym(ctx: ArticleContext, j: number): boolean {
  const { words } = ctx;
  const place = words[j];
  if (place === undefined || !place.tightBefore || place.text.includes('-')) return false;
  if (!isNameWord(place.text) || !knownPlaceName(place.text, ctx)) return false;
  const after = words[j + 1];
  if (after?.tightBefore === true && (isNameWord(after.text) || isAcronym(after.text))) return false;
  return !DASH_OR_BRACKET_AFTER.test(ctx.article.text.slice(place.end, place.end + 3));
}

/** Whether a word is a known place in the genitive, its base before "-s" or "-es" ("Saarlandes", "Hessens"). */
function placeGenitive(text: string, ctx: ArticleContext): boolean {
  const base = genitiveBase(text);
  if (base === undefined) return false;
  return knownPlaceName(base, ctx) || (base.endsWith('e') && knownPlaceName(base.slice(0, -1), ctx));
}

/** Whether a lower-case word ends in one of the heads (with `genitive`, also in one and an "s"). */
function endsInHead(word: string, heads: readonly string[], genitive: boolean): boolean {
  return heads.some((h) => word.endsWith(h) || (genitive && word.endsWith(`${h}s`)));
}

/**
 * The end of a head's name that goes on with a genitive (`k`: the end so far): "der"/"des" and a known place
 * ("Hochschule für Technik und Wirtschaft des Saarlandes"), or right after a ministry its field ("Bundesministerium der
 * Finanzen", "des Innern und für Heimat"); `k` when none follows.
 */
function genitiveAfter(ctx: ArticleContext, i: number, k: number): number {
  const names = ctx.rules.entities.genitiveNames;
  if (names === undefined) return k;
  const { words } = ctx;
  const link = words[k];
  const noun = words[k + 1];
  if (!link?.tightBefore || !names.articles.includes(link.lower) || !noun?.tightBefore) return k;
  if (!isNameWord(noun.text) || noun.text.includes('-')) return k;
  if (placeGenitive(noun.text, ctx)) return k + 2;
  const head = words[i] as Word;
  // "Bundesministerium der Finanzen": the field a ministry is named by, right after it, no name word after that
  // (nor a head in the genitive: "Bundesministerium des Gesundheitsministeriums" names no field).
  const next = words[k + 2];
  const alone = !(next?.tightBefore === true && (isNameWord(next.text) || isAcronym(next.text)));
  const { fieldHeads } = names;
  if (
    k !== i + 1 ||
    !endsInHead(head.lower, fieldHeads, false) ||
    !alone ||
    endsInHead(noun.lower, fieldHeads, true)
  )
    return k;
  // "des Innern und für Heimat": a second field after the joiner.
  if (next?.tightBefore && next.lower === names.fieldJoiner) {
    const end = governed(ctx, k + 3);
    if (end > k + 3) return end;
  }
  return k + 2;
}

/** Words a head governs (`governedNames`): "für Bildung und Forschung", "zu Köln". */
function governed(ctx: ArticleContext, j: number): number {
  const { words } = ctx;
  const { governingPrepositions, governedJoiners } = ctx.sets.names;
  const link = words[j];
  if (!link?.tightBefore || !governingPrepositions.has(link.lower)) return j;
  let k = j + 1;
  let end = j;
  while (k < words.length && k - j <= 5 && words[k]?.tightBefore) {
    const w = words[k] as Word;
    const joiner = governedJoiners.has(w.lower);
    if (nameLike(w, ctx)) end = k + 1;
    else if (!joiner || end !== k) break;
    k++;
  }
  return end;
}

/** An adjective inflection ending. */
const INFLECTION = /(?:e|er|en|es)$/u;

/** "FC Bayern München", "Borussia Dortmund", "Technische Universität Berlin", "Bundesamt für Gesundheit". */
function headed(ctx: ArticleContext): string[][] {
  const { words } = ctx;
  const { organisationHeads } = ctx.sets.names;
  const out: string[][] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (!organisationHeads.has(w.text)) continue;
    let j = i + 1;
    // A known place ends the name unless another follows ("Universität Hamburg", "FC Bayern München").
    const ends = (k: number): boolean =>
      k > i + 1 && isTableName(words[k - 1]?.text ?? '', ctx) && !isTableName(words[k]?.text ?? '', ctx);
    while (j < words.length && j - i <= 3 && words[j]?.tightBefore && nameLike(words[j], ctx) && !ends(j))
      j++;
    // A number of the name ("Hannover 96", "Schalke 04"), not a score or decimal after it ("Borussia Dortmund 2:1",
    // "TSV Kesseldorf 13,65 sec").
    const num = words[j];
    if (num?.tightBefore && NUMBER_PART.test(num.text) && !SCORE_AFTER.test(ctx.article.text.slice(num.end)))
      j++;
    const end = genitiveAfter(ctx, i, governed(ctx, j));
    if (end === i + 1) continue;
    const prev = words[i - 1];
    // "Technische Universität": an adjective that is not a sentence's first word.
    const from =
      w.tightBefore && prev?.tightBefore && nameLike(prev, ctx) && INFLECTION.test(prev.text) ? i - 1 : i;
    out.push(texts(ctx, from, end));
    i = end - 1;
  }
  return out;
}

/** "Co" or "Co." (of "& Co."). */
const CO = /^Co\.?$/u;

/** An ampersand and optional spaces at the end. */
const AMPERSAND_BEFORE = /&\s*$/u;

/**
 * "Audi AG", "Hirzel Verlag", "Deutsche Bank", "Daily Star": up to three name words before a legal form, business
 * noun or newspaper word (not when another name word follows one of the last two).
 */
function formed(ctx: ArticleContext): string[][] {
  const { words } = ctx;
  const { organisationForms, organisationEndNouns } = ctx.sets.names;
  const out: string[][] = [];
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as Word;
    const endNoun = organisationEndNouns.has(w.text);
    if (!(organisationForms.has(w.text) || endNoun) || !w.tightBefore) continue;
    // A name word after an end noun continues a longer name ("Lego Star Wars", "Diagnose Post Covid").
    const next = words[i + 1];
    if (endNoun && next?.tightBefore && isNameWord(next.text) && !knownPlaceName(next.text, ctx)) continue;
    // Before an end noun only name words: no common or organisation noun, title or hyphenated word
    // ("Vermögensverwalter Aberdeen Investments", "Ex-Sozi"); a first name makes a person ("Florian Post").
    const part = (v: Word | undefined): v is Word =>
      nameLike(v, ctx) && (!endNoun || !nounBeforeEndNoun(v, ctx));
    let j = i;
    while (j > 0 && i - j < 3 && part(words[j - 1]) && (j === i || words[j]?.tightBefore)) j--;
    // "die Fluggesellschaft Ethiopian Airlines", "größtes Geldhaus Deutsche Bank": a common noun after an article
    // or adjective stands in apposition before the name, it is no part of it.
    while (j < i - 1 && appositionNoun(ctx, j)) j++;
    // "Leerverkäufer Acme Partners", "des Autozulieferers Kleber AG": before a legal form too, a common noun (or its
    // genitive) that no hyphen joins and a word that is no noun follows stands in apposition before the name, in a
    // language that capitalises its nouns (English ones capitalised are the name's: "Mayors Working Group").
    while (
      !endNoun &&
      ctx.rules.entities.nounsCapitalised === true &&
      j < i - 1 &&
      leadingCommonNoun(words[j] as Word, ctx) &&
      !nounBeforeEndNoun(words[j + 1] as Word, ctx)
    )
      j++;
    if (j === i) continue;
    if (endNoun && words.slice(j, i).some((v) => ctx.sets.firstNames.has(v.text))) continue;
    // "X GmbH & Co KG": "Co KG" alone is the end of a longer name, no organisation of its own.
    if (i - j === 1 && CO.test(words[j]?.text ?? '') && AMPERSAND_BEFORE.test(gapBefore(ctx, j))) continue;
    out.push(texts(ctx, j, endNoun ? linkedAfter(ctx, i) : i + 1));
  }
  return out;
}

/** Most name words after an end noun's link ("of Natural History", "of Arts and Sciences"). */
const MAX_LINKED = 4;

/**
 * The end of a name that goes on after its end noun at `i` through a link word of the language's table (English
 * "of"): "Massachusetts Institute of Technology", "American Museum of Natural History", "School of Arts and
 * Sciences"; `i + 1` when no name word follows the link.
 */
function linkedAfter(ctx: ArticleContext, i: number): number {
  const { words } = ctx;
  const link = words[i + 1];
  if (!link?.tightBefore || !(ctx.rules.entities.endNounLinks ?? []).includes(link.text)) return i + 1;
  let end = i + 1;
  for (let k = i + 2; k < words.length && k - i - 2 < MAX_LINKED && words[k]?.tightBefore; k++) {
    const w = words[k] as Word;
    if (nameLike(w, ctx) && !knownPlaceName(w.text, ctx)) end = k + 1;
    else if (!(end === k && ctx.sets.names.endNounLinkJoiners.has(w.text))) break;
  }
  return end;
}

/** The text between word `j` and the word before it. */
function gapBefore(ctx: ArticleContext, j: number): string {
  const prev = ctx.words[j - 1];
  const w = ctx.words[j] as Word;
  return ctx.article.text.slice(prev?.end ?? 0, w.start);
}

/** Whether word `j` is a common or organisation noun after an article or an inflected adjective. */
function appositionNoun(ctx: ArticleContext, j: number): boolean {
  const w = ctx.words[j] as Word;
  const prev = ctx.words[j - 1];
  if (!w.tightBefore || !prev) return false;
  if (!ctx.sets.names.articles.has(prev.lower) && !ctx.sets.adjectives.lower.test(prev.text)) return false;
  return !w.text.includes('-') && nounBeforeEndNoun(w, ctx);
}

/** An opening quotation mark and optional spaces at the end. */
const OPENING_QUOTE_BEFORE = /[„“"«»‚]\s*$/u;

/** A common noun of the tables or its genitive in -s, written without a hyphen ("Leerverkäufer", "Zulieferers"). */
function leadingCommonNoun(w: Word, ctx: ArticleContext): boolean {
  if (w.text.includes('-') || ctx.sets.firstNames.has(w.text)) return false;
  // A compound of a legal form or business noun opens the name ("Automobilwerke Otto Kessler GmbH").
  for (const form of ctx.sets.names.organisationForms)
    if (form.length >= 4 && w.lower.length > form.length && w.lower.endsWith(form.toLowerCase()))
      return false;
  // A word that opens a quotation opens the name quoted ("„Motorenwerk Kessler GmbH“").
  if (OPENING_QUOTE_BEFORE.test(ctx.article.text.slice(Math.max(0, w.start - 2), w.start))) return false;
  if (nounBeforeEndNoun(w, ctx)) return true;
  if (!w.lower.endsWith('s') || w.lower.length < 6) return false;
  const base = w.lower.slice(0, -1);
  return nounBeforeEndNoun({ ...w, text: w.text.slice(0, -1), lower: base }, ctx);
}

/** A word that opens no name before an end noun: a common or organisation noun, a title, a hyphenated word. */
function nounBeforeEndNoun(w: Word, ctx: ArticleContext): boolean {
  if (w.text.includes('-') || ctx.sets.titles.has(w.lower) || ctx.sets.organisationNouns.has(w.lower))
    return true;
  if (ctx.sets.organisationNounEnding.test(w.lower)) return true;
  // The word or its last part of four or more letters is a common noun ("Vermögensverwalter").
  for (let k = 0; w.lower.length - k >= 4; k++) if (ctx.commonNouns.has(w.lower.slice(k))) return true;
  return false;
}

/** A name's words as written and the rule that found it. */
export interface TaggedName {
  readonly words: readonly string[];
  readonly rule: EntityRule;
}

const tagged = (names: readonly string[][], rule: EntityRule): TaggedName[] =>
  names.map((words) => ({ words, rule }));

/** Organisations found by head word, legal form and acronym in one article. */
export function ruleOrganisations(ctx: ArticleContext): TaggedName[] {
  return [
    ...tagged(headed(ctx), 'org-head'),
    ...tagged(formed(ctx), 'org-form'),
    ...tagged(acronyms(ctx), 'org-acronym'),
  ];
}

/** An "-er" ending. */
const ER_ENDING = /er$/u;

/** The word ends in a street ending after at least three more letters ("Schwanitzstraße"); a loop, not a closure per word. */
function streetEnding(lower: string, endings: readonly string[]): boolean {
  for (const e of endings) if (lower.endsWith(e) && lower.length > e.length + 2) return true;
  return false;
}

/** "Schwanitzstraße", "Friedrich-Engels-Allee", "Neuendorfer Straße": street names in one article. */
export function streetPlaces(ctx: ArticleContext): string[][] {
  const { words, rules } = ctx;
  const endings = rules.entities.streetEndings ?? [];
  const { notStreets } = ctx.sets.names;
  const out: string[][] = [];
  words.forEach((w, i) => {
    if (!isNameWord(w.text) || notStreets.has(w.text)) {
      const prev = words[i - 1];
      if (
        endings.includes(w.lower) &&
        w.tightBefore &&
        prev &&
        isNameWord(prev.text) &&
        ER_ENDING.test(prev.text)
      )
        out.push([prev.text, w.text]);
      return;
    }
    if (streetEnding(w.lower, endings)) out.push([w.text]);
  });
  return out;
}

/** Places that are also common words, where a place preposition stands right before them ("in Essen"). */
export function ambiguousPlaces(ctx: ArticleContext): string[] {
  const { words } = ctx;
  const { ambiguousPlaces: table } = ctx.sets.names;
  const out: string[] = [];
  words.forEach((w, i) => {
    const prev = words[i - 1];
    if (table.has(w.text) && w.tightBefore && prev && ctx.sets.placePrepositions.has(prev.lower))
      out.push(w.text);
  });
  return out;
}

/** A capitalised word ending in "-er" ("Berliner"). */
const PLACE_ADJECTIVE_SHAPE = /^\p{Lu}\p{Ll}{2,}er$/u;

/** The place a place adjective comes from ("Hamburger" → Hamburg, "Bremer" → Bremen, "Lehrter" → Lehrte). */
function placeOfAdjective(word: string, ctx: ArticleContext): boolean {
  if (!PLACE_ADJECTIVE_SHAPE.test(word)) return false;
  const base = word.slice(0, -2);
  // In this order, without an array and a closure per word (this runs for every word ending in "-er").
  return (
    isTableName(base, ctx) ||
    isTableName(`${base}e`, ctx) ||
    isTableName(`${base}en`, ctx) ||
    isTableName(`${base}n`, ctx)
  );
}

const ADJECTIVE_INSIDE = /^\p{Lu}\p{Ll}+(?:e|en)$/u;

/**
 * "Hamburger Mieterverein", "Berliner Kurier", "Passauer Neuen Presse" (organisations) and "Frankfurter
 * Hauptbahnhof" (places): the adjective of a known place, perhaps one more adjective, and a head noun of the
 * language's tables.
 */
export function adjectiveNames(ctx: ArticleContext): { organisations: string[][]; places: string[][] } {
  const { words } = ctx;
  const orgHeads = ctx.rules.entities.adjectiveOrganisationHeads ?? [];
  const placeHeads = new Set(ctx.rules.entities.adjectivePlaceHeads ?? []);
  const organisations: string[][] = [];
  const places: string[][] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i] as Word;
    if (!placeOfAdjective(w.text, ctx)) continue;
    let j = i + 1;
    if (words[j]?.tightBefore && ADJECTIVE_INSIDE.test(words[j]?.text ?? '')) j++;
    const head = words[j];
    if (!head?.tightBefore || !isNameWord(head.text)) continue;
    if (placeHeads.has(head.lower)) places.push(texts(ctx, i, j + 1));
    else if (orgHeads.some((e) => head.lower.endsWith(e))) organisations.push(texts(ctx, i, j + 1));
    else continue;
    i = j;
  }
  return { organisations, places };
}
