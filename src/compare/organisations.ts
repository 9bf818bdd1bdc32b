import type { ArticleContext } from './context.js';
import { isTitleWord } from './context.js';
import { isTableName, knownPlaceName, openers, type TaggedName } from './name-rules.js';
import { commonNounWord, compoundNoun, PLURAL_EN } from './persons.js';
import { genitiveBase, knownWord } from './gazetteer-index.js';
import { isAcronym, isCapitalised, isNameWord, lowerCaseWords, type Word } from './words.js';
import { stopwordsFor } from '../analyse/stopwords.js';

/** An adjective used as a noun ("Jugendlicher", "Freiwilliger", "Einheimischen"), lower case. */
const ADJECTIVE_NOUN = /\p{Ll}{3}(?:lich|ig|isch)(?:e|er|en)$/u;

/** Up to three name words after an organisation noun ("Bankhaus Credito Emiliano", "Spielzeughersteller Mattel"). */
function afterOrganisationNoun(ctx: ArticleContext, i: number): string[] | undefined {
  const { words } = ctx;
  const usable = (w: Word | undefined): w is Word =>
    w !== undefined &&
    w.tightBefore &&
    (isNameWord(w.text) || isAcronym(w.text)) &&
    !commonNounWord(w.text, ctx) &&
    !ctx.sets.determiners.has(w.lower) &&
    !ctx.sets.calendar.has(w.lower) &&
    !ctx.sets.firstNames.has(w.text) &&
    !isTableName(w.text, ctx) &&
    !isTitleWord(w, ctx);
  // "Tiroler Tageszeitung Online": the word ends the medium's own name, and no name follows its head noun.
  if (mediumTail(ctx, i + 1)) return undefined;
  let j = i + 1;
  while (j - i <= 3 && usable(words[j])) j++;
  // One word shaped like an adjective used as a noun is a plural genitive, no name ("eine Gruppe Jugendlicher").
  if (j === i + 2 && ADJECTIVE_NOUN.test((words[i + 1] as Word).lower)) return undefined;
  return j > i + 1 ? words.slice(i + 1, j).map((w) => w.text) : undefined;
}

/** Whether the word at `k` ends a medium's name after its head noun ("Online" in "Tiroler Tageszeitung Online"). */
function mediumTail(ctx: ArticleContext, k: number): boolean {
  const w = ctx.words[k];
  return w !== undefined && w.tightBefore && (ctx.rules.entities.mediumNameTails ?? []).includes(w.text);
}

/**
 * Whether the one word after an organisation noun is a noun of the sentence rather than the organisation's name:
 * a common noun, an abstract noun or a long plural in -en, a compound ending in a common noun, a weekday or month,
 * or a known place in the genitive ("die Organisation Schätzungen zufolge", "bei der Organisation Mitglied",
 * "besitzt die Organisation Supermarktketten", "Zeitung Freitag", "die Partei Moldawiens"). A short word in -en
 * may be the firm's name ("die Firma Kornagen").
 */
function nounAfter(w: Word, ctx: ArticleContext): boolean {
  const { lower } = w;
  if (ctx.commonNouns.has(lower) || ctx.sets.notPlaces.has(lower) || ctx.sets.titles.has(lower)) return true;
  if (ctx.nouns.abstract.test(lower) || (lower.length >= 10 && PLURAL_EN.test(lower))) return true;
  if (compoundNoun(lower, ctx) || ctx.sets.calendar.has(lower)) return true;
  const base = genitiveBase(w.text);
  return base !== undefined && knownPlaceName(base, ctx);
}

/** A place adjective: "russische", "nordkoreanischen", "deutsche" (lower case), "Schweizer" (capitalised). */
const PLACE_ADJECTIVE = /^(?:\p{Ll}+sch(?:e|en|er|es|em)?|\p{Lu}\p{Ll}+er)$/u;

/**
 * Whether the ministry or embassy at word `i` is a country's ("das russische Außenministerium", "das Schweizer
 * Außenministerium", "US-Botschaft"): a place adjective right before it or a place before a hyphen in it. A ministry
 * named alone ("das Justizministerium", "im Innenministerium") is a common noun, no name.
 */
function ofACountry(ctx: ArticleContext, i: number): boolean {
  const w = ctx.words[i] as Word;
  const prev = ctx.words[i - 1];
  return w.text.includes('-') || (w.tightBefore && prev !== undefined && PLACE_ADJECTIVE.test(prev.text));
}

/** The word ends in an organisation ending after at least two more letters; a loop, not a closure per word. */
function organisationEnding(lower: string, endings: readonly string[]): boolean {
  for (const e of endings) if (lower.endsWith(e) && lower.length > e.length + 1) return true;
  return false;
}

/**
 * A company's relative ("die VW-Tochter Audi", "die Google-Mutter Alphabet"): a compound of a known organisation or
 * an acronym, a hyphen and a noun of the language's `subsidiaryNouns` ("Tochter"); "Trump-Tochter" names a person's.
 */
function subsidiaryNoun(w: Word, ctx: ArticleContext): boolean {
  const cut = w.text.lastIndexOf('-');
  if (cut <= 0 || !(ctx.rules.entities.subsidiaryNouns ?? []).includes(w.lower.slice(cut + 1))) return false;
  const owner = w.text.slice(0, cut);
  return isAcronym(owner) || knownWord(owner)?.type === 'organization';
}

/**
 * Organisations found by rule in one article: the name after an organisation noun ("Nachrichtenagentur Tass",
 * "Spielzeughersteller Mattel") and compounds with an organisation ending ("Außenministerium", "US-Botschaft").
 */
export function organisationSeeds(ctx: ArticleContext): TaggedName[] {
  const out: TaggedName[] = [];
  const { words, rules } = ctx;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    const next = words[i + 1];
    if (
      ctx.sets.organisationNouns.has(w.lower) &&
      next?.tightBefore &&
      (isNameWord(next.text) || isAcronym(next.text))
    ) {
      const name =
        afterOrganisationNoun(ctx, i) ??
        (nounAfter(next, ctx) || mediumTail(ctx, i + 1) ? undefined : [next.text]);
      if (name) out.push({ words: name, rule: 'org-noun' });
    } else if (
      (isCapitalised(w.text) && ctx.sets.organisationNounEnding.test(w.lower)) ||
      subsidiaryNoun(w, ctx)
    ) {
      const name = afterOrganisationNoun(ctx, i);
      if (name) out.push({ words: name, rule: 'org-noun' });
    }
    if (
      isCapitalised(w.text) &&
      organisationEnding(w.lower, rules.entities.organisationEndings) &&
      ofACountry(ctx, i)
    ) {
      out.push({ words: [w.text], rule: 'org-ending' });
    }
  }
  return out;
}

/** English plurals of team names ("Bulls", "Red Wings", "Flyers"): letters a-z only, ending in "s". */
const TEAM_WORD = /^\p{Lu}[a-z]+$/u;
/** A word in "-ss" is no plural ("Einfluss", "Boss"). */
const NOT_PLURAL = /ss$/u;

/**
 * Sports teams named by their city and a plural ("Chicago Bulls", "Detroit Red Wings"): a known one-word place and
 * one or two capitalised words of plain Latin letters, the last ending in "s" (not "-ss": "über Kenia Einfluss"),
 * none a common noun, known name or stopword.
 */
export function teamNames(ctx: ArticleContext): TaggedName[] {
  const { words } = ctx;
  const out: TaggedName[] = [];
  const usable = (w: Word | undefined): w is Word =>
    w !== undefined &&
    w.tightBefore &&
    TEAM_WORD.test(w.text) &&
    !NOT_PLURAL.test(w.text) &&
    // A function word opening the next sentence where its full stop is missing ("Kiel Als …", "Brandenburg Es …").
    !stopwordsFor(ctx.article.language).has(w.lower) &&
    !commonNounWord(w.text, ctx) &&
    !isTableName(w.text, ctx) &&
    !ctx.sets.firstNames.has(w.text) &&
    !ctx.sets.determiners.has(w.lower) &&
    !ctx.sets.calendar.has(w.lower);
  for (let i = 0; i + 1 < words.length; i++) {
    if (!knownPlaceName((words[i] as Word).text, ctx)) continue;
    let j = i + 1;
    while (j - i <= 2 && usable(words[j])) j++;
    while (j > i + 1 && !(words[j - 1] as Word).text.endsWith('s')) j--;
    if (j === i + 1) continue;
    // "Texas Community Honors Memory of …": a capitalised word right after is a line in title case, no team.
    const after = words[j];
    if (after?.tightBefore && isNameWord(after.text)) continue;
    out.push({ words: words.slice(i, j).map((w) => w.text), rule: 'team' });
    i = j - 1;
  }
  return out;
}

/** An "-er" ending (an adjective of a place: "Kölner"). */
const ER_ENDING = /er$/u;

/**
 * Clubs named by a name and their city ("Partizan Belgrad", "Dynamo Kiew", "Panathinaikos Athen"): a name word that
 * is no common noun, first name, title, known name or place prefix ("Bad", "Sankt": `placePrefixes`), after no other
 * name word, right before a known one-word place that no other name word follows. The name word alone stands for the
 * club too ("bei Partizan"), so both are given. Only for a language that lists its place prefixes.
 */
export function clubNames(ctx: ArticleContext): TaggedName[] {
  const prefixes = ctx.rules.entities.placePrefixes;
  if (prefixes === undefined || prefixes.length === 0) return [];
  const { words } = ctx;
  const out: TaggedName[] = [];
  const club = (w: Word): boolean =>
    isNameWord(w.text) &&
    w.text.length >= 3 &&
    !w.text.includes('-') &&
    !prefixes.includes(w.text) &&
    !ER_ENDING.test(w.text) &&
    !commonNounWord(w.text, ctx) &&
    !compoundNoun(w.lower, ctx) &&
    !ctx.sets.firstNames.has(w.text) &&
    !ctx.sets.determiners.has(w.lower) &&
    !ctx.sets.calendar.has(w.lower) &&
    !openers(ctx).has(w.lower) &&
    !lowerCaseWords(words).has(w.lower) &&
    !isTableName(w.text, ctx) &&
    !isTitleWord(w, ctx);
  const nameLike = (w: Word | undefined): boolean =>
    w !== undefined && (isNameWord(w.text) || isAcronym(w.text));
  // No name word right before or after it ("Viernheimer Dreieck", "Air Zoom").
  const standsAlone = (k: number): boolean => {
    const after = words[k + 1];
    if (after?.tightBefore === true && nameLike(after)) return false;
    return !((words[k] as Word).tightBefore && nameLike(words[k - 1]));
  };
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i] as Word;
    const city = words[i + 1] as Word;
    const prev = words[i - 1];
    const after = words[i + 2];
    if (!city.tightBefore || !knownPlaceName(city.text, ctx) || !club(w)) continue;
    if (prev?.tightBefore === true && (isNameWord(prev.text) || isAcronym(prev.text))) continue;
    // "der Sieger der Partie Serbien gegen …": after an article or adjective, a noun and a place.
    if (
      prev !== undefined &&
      (ctx.sets.names.articles.has(prev.lower) || ctx.sets.adjectives.lower.test(prev.text))
    )
      continue;
    if (after?.tightBefore === true && (isNameWord(after.text) || isAcronym(after.text))) continue;
    // The name word stands alone elsewhere in the article ("Partizan führt …"): a club's name, not a noun's.
    if (!words.some((v, k) => k !== i && v.text === w.text && standsAlone(k))) continue;
    out.push({ words: [w.text], rule: 'team' }, { words: [w.text, city.text], rule: 'team' });
  }
  return out;
}
