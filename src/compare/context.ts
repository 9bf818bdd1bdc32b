import type { AnalysedArticle } from '../core/types.js';
import { rulesFor, type CompareRules, type FigureRules } from '../lang/index.js';
import type { CompoundTable } from '../lang/cluster-rules.js';
import { scanWords, type Word } from './words.js';
import { keptPer, mapped } from '../core/kept.js';
import { alternatives, endingIn } from '../core/regexp.js';
import { everyLanguageNouns, ownNouns, type NounPatterns } from './noun-endings.js';

/** One article as the compare stage reads it: its words with offsets and its language tables. */
export interface ArticleContext {
  readonly index: number;
  readonly article: AnalysedArticle;
  readonly words: readonly Word[];
  readonly rules: CompareRules;
  /** Lower-case lookup sets built from the tables. */
  readonly sets: RuleSets;
  /** Lower-case common nouns of the language (its compound parts): a word that is one is no name on its own. */
  readonly commonNouns: CommonNouns;
  /** The noun endings of every registered language, read on text of any language (src/lang/noun-rules.ts). */
  readonly nouns: NounPatterns;
  /** The noun endings of the article's language alone. */
  readonly ownNouns: NounPatterns;
}

/** A lower-case word check against the language's common nouns, inflected forms included. */
export interface CommonNouns {
  has(lower: string): boolean;
}

const nounCache = new WeakMap<object, CommonNouns>();

const NO_NOUNS: CommonNouns = { has: () => false };

function commonNounsOf(table: CompoundTable | undefined): CommonNouns {
  if (!table) return NO_NOUNS;
  const cached = nounCache.get(table);
  if (cached) return cached;
  const words = new Set(table.words);
  const nouns: CommonNouns = {
    has: (lower) =>
      words.has(lower) ||
      table.inflections.some(
        (e) => lower.length > e.length + 2 && lower.endsWith(e) && words.has(lower.slice(0, -e.length)),
      ),
  };
  nounCache.set(table, nouns);
  return nouns;
}

export interface RuleSets {
  readonly titles: ReadonlySet<string>;
  readonly quoteVerbs: ReadonlySet<string>;
  /** Lower-case (`commaMarkers`). */
  readonly commaMarkers: ReadonlySet<string>;
  /** A finite verb form (`finiteVerbs`: an ending or a word), and one by its ending alone. */
  readonly finiteVerb: RegExp;
  readonly finiteEnding: RegExp;
  readonly pronouns: ReadonlySet<string>;
  readonly reportedSpeech: ReadonlySet<string>;
  readonly determiners: ReadonlySet<string>;
  readonly placePrepositions: ReadonlySet<string>;
  readonly placeNouns: ReadonlySet<string>;
  readonly notPlaces: ReadonlySet<string>;
  readonly organisationNouns: ReadonlySet<string>;
  readonly firstNames: ReadonlySet<string>;
  /** A lower-case word ending in an organisation noun ending ("spielzeughersteller"). */
  readonly organisationNounEnding: RegExp;
  readonly calendar: ReadonlySet<string>;
  /** The quote tables' `openingNonSpeakers` that are no determiners ("das" opens "das russische Außenministerium"). */
  readonly openingNonSpeakers: ReadonlySet<string>;
  /** The language's own name tables (entities), as written unless said otherwise. */
  readonly names: NameSets;
  /** Lower-case word → the duration topics it names (from `durationTopics`). */
  readonly durationTopics: ReadonlyMap<string, readonly string[]>;
  /** Words ending like an inflected adjective (`adjectiveEndings`; none match when the table has none). */
  readonly adjectives: AdjectivePatterns;
}

/**
 * Words ending like an inflected adjective, by what stands before the ending. (Other rules of the stage still write
 * the German endings in their own patterns: they are read on English text too, and English briefs depend on them.)
 */
export interface AdjectivePatterns {
  /** Lower-case letters ("neuen"). */
  readonly lower: RegExp;
  /** Two lower-case letters or more. */
  readonly lowerTwo: RegExp;
  /** A lower-case letter, then letters and hyphens ("rot-grünen"). */
  readonly hyphened: RegExp;
}

function adjectivePatterns(endings: readonly string[] = []): AdjectivePatterns {
  return {
    lower: endingIn(endings, '^\\p{Ll}+'),
    lowerTwo: endingIn(endings, '^\\p{Ll}{2,}'),
    hyphened: endingIn(endings, '^\\p{Ll}[\\p{L}-]*'),
  };
}

export interface NameSets {
  /** Single-word known places and organisations. */
  readonly singleNames: ReadonlySet<string>;
  readonly ambiguousPlaces: ReadonlySet<string>;
  readonly knownPersons: ReadonlySet<string>;
  readonly organisationHeads: ReadonlySet<string>;
  readonly organisationForms: ReadonlySet<string>;
  readonly organisationEndNouns: ReadonlySet<string>;
  readonly notAcronyms: ReadonlySet<string>;
  readonly notStreets: ReadonlySet<string>;
  /** Lower-case. */
  readonly namePrepositions: ReadonlySet<string>;
  /** Place prepositions that are evidence only beside another ("von", "bis"; English "to", "from"). */
  readonly supportPrepositions: ReadonlySet<string>;
  /** Lower-case (`passiveAuxiliaries`, `stativeAuxiliaries`, `subjectPronouns`, `indefiniteArticles`, `nameJoiners`). */
  readonly passiveAuxiliaries: ReadonlySet<string>;
  readonly stativeAuxiliaries: ReadonlySet<string>;
  /** The determiners and the article contractions: a word after one is a noun ("beim Hamburg-Marathon"). */
  readonly articles: ReadonlySet<string>;
  readonly subjectPronouns: ReadonlySet<string>;
  readonly indefiniteArticles: ReadonlySet<string>;
  readonly nameJoiners: ReadonlySet<string>;
  /** `governedNames`: the prepositions after an organisation's head and the joiners of a second governed name. */
  readonly governingPrepositions: ReadonlySet<string>;
  readonly governedJoiners: ReadonlySet<string>;
  /** Lower-case (`placeJoiners`, `governedGenitives`). */
  readonly placeJoiners: ReadonlySet<string>;
  readonly governedGenitives: ReadonlySet<string>;
  /** The name particles (`nameParticles`), lower case; `continuingParticle` matches a word or its part before "-". */
  readonly firstParticles: ReadonlySet<string>;
  readonly secondParticles: ReadonlySet<string>;
  readonly articleParticles: ReadonlySet<string>;
  readonly articlelessParticles: ReadonlySet<string>;
  readonly continuingParticle: RegExp;
  /** As written (`endNounLinkJoiners`). */
  readonly endNounLinkJoiners: ReadonlySet<string>;
  readonly shortNounHeads: ReadonlySet<string>;
  readonly predicateCopulas: ReadonlySet<string>;
  /** A lower-case word ending in one of `notGivenNameEndings` (never matches when the table has none). */
  readonly notGivenNameEnding: RegExp;
}

function nameSets(entities: CompareRules['entities']): NameSets {
  const single = (names: readonly string[] = []): string[] => names.filter((n) => !n.includes(' '));
  return {
    singleNames: new Set([...single(entities.knownPlaces), ...single(entities.knownOrganisations)]),
    ambiguousPlaces: new Set(entities.ambiguousPlaces),
    knownPersons: new Set(single(entities.knownPersons)),
    organisationHeads: new Set(entities.organisationHeads),
    organisationForms: new Set(entities.organisationForms),
    organisationEndNouns: new Set(entities.organisationEndNouns),
    notAcronyms: new Set(entities.notOrganisationAcronyms),
    notStreets: new Set(entities.notStreets),
    namePrepositions: new Set(entities.namePrepositions),
    supportPrepositions: new Set(entities.supportPrepositions),
    passiveAuxiliaries: new Set(entities.passiveAuxiliaries),
    stativeAuxiliaries: new Set(entities.stativeAuxiliaries),
    articles: new Set([...entities.determiners, ...(entities.articleContractions ?? [])]),
    subjectPronouns: new Set(entities.subjectPronouns),
    indefiniteArticles: new Set(entities.indefiniteArticles),
    nameJoiners: new Set(entities.nameJoiners),
    governingPrepositions: new Set(entities.governedNames?.prepositions),
    governedJoiners: new Set(entities.governedNames?.joiners),
    placeJoiners: new Set(entities.placeJoiners),
    governedGenitives: new Set(entities.governedGenitives),
    endNounLinkJoiners: new Set(entities.endNounLinkJoiners),
    firstParticles: new Set(entities.nameParticles?.first),
    secondParticles: new Set(entities.nameParticles?.second),
    articleParticles: new Set(entities.nameParticles?.articles),
    articlelessParticles: new Set(entities.nameParticles?.articleless),
    continuingParticle:
      (entities.nameParticles?.continuing ?? []).length === 0
        ? /(?!)/u
        : new RegExp(`^(?:${alternatives(entities.nameParticles?.continuing ?? [])})(?:-|$)`, 'u'),
    shortNounHeads: new Set(entities.shortNounHeads),
    predicateCopulas: new Set(entities.predicateCopulas),
    notGivenNameEnding: endingPattern(entities.notGivenNameEndings ?? [], 0),
  };
}

function topicsByWord(topics: FigureRules['durationTopics']): Map<string, string[]> {
  const byWord = new Map<string, string[]>();
  for (const [label, words] of Object.entries(topics))
    for (const w of words) byWord.set(w, [...(byWord.get(w) ?? []), label]);
  return byWord;
}

/** One expression for "ends with one of `endings` after at least `before` characters" (never matches when empty). */
export function endingPattern(endings: readonly string[], before: number): RegExp {
  return endingIn(endings, `^[\\s\\S]{${String(before)},}`);
}

/** A lower-case word with one of `endings`, or one of `words`; never matches when both are empty. */
function finitePattern(endings: readonly string[], words: readonly string[]): RegExp {
  const parts = [
    ...(endings.length > 0 ? [`^\\p{Ll}+(?:${alternatives(endings)})$`] : []),
    ...(words.length > 0 ? [`^(?:${alternatives(words)})$`] : []),
  ];
  return parts.length === 0 ? /(?!)/u : new RegExp(parts.join('|'), 'u');
}

const setCache = new WeakMap<CompareRules, RuleSets>();

export function ruleSets(rules: CompareRules): RuleSets {
  const cached = setCache.get(rules);
  if (cached) return cached;
  const { entities, quotes, figures, dates } = rules;
  const sets: RuleSets = {
    titles: new Set(entities.titles),
    quoteVerbs: new Set(quotes.quoteVerbs),
    commaMarkers: new Set(quotes.commaMarkers),
    finiteVerb: finitePattern(quotes.finiteVerbs?.endings ?? [], quotes.finiteVerbs?.words ?? []),
    finiteEnding: finitePattern(quotes.finiteVerbs?.endings ?? [], []),
    pronouns: new Set(quotes.pronouns),
    reportedSpeech: new Set(quotes.reportedSpeech),
    determiners: new Set(entities.determiners),
    placePrepositions: new Set(entities.placePrepositions),
    placeNouns: new Set(entities.placeNouns),
    notPlaces: new Set(entities.notPlaces),
    organisationNouns: new Set(entities.organisationNouns),
    firstNames: new Set(entities.firstNames),
    organisationNounEnding: endingPattern(entities.organisationNounEndings ?? [], 0),
    calendar: new Set([
      ...Object.keys(dates.months),
      ...Object.keys(dates.weekdays),
      ...Object.keys(figures.units),
      ...Object.keys(figures.scales),
    ]),
    durationTopics: topicsByWord(figures.durationTopics),
    openingNonSpeakers: new Set(
      (quotes.openingNonSpeakers ?? []).filter((w) => !entities.determiners.includes(w)),
    ),
    names: nameSets(entities),
    adjectives: adjectivePatterns(entities.adjectiveEndings),
  };
  setCache.set(rules, sets);
  return sets;
}

/** The context of each article; its words from `words` when kept there (see `EvidenceMemo`), kept there when not. */
export function articleContexts(
  articles: readonly AnalysedArticle[],
  words?: Map<AnalysedArticle, readonly Word[]>,
): ArticleContext[] {
  const nouns = everyLanguageNouns();
  // Pushed (see `mapped`): the entity, quote and timeline steps read this list right after, optimised for one kind.
  return mapped(articles, (article, index) => {
    const language = rulesFor(article.language);
    const rules = language.compare;
    let found = words?.get(article);
    if (found === undefined) {
      found = scanWords(article.text);
      words?.set(article, found);
    }
    return {
      index,
      article,
      words: found,
      rules,
      sets: ruleSets(rules),
      commonNouns: commonNounsOf(language.compounds),
      nouns,
      ownNouns: ownNouns(language),
    };
  });
}

/** Whether a word is a title or role word (also as the last part of a compound: "US-Präsident"). */
export function isTitleWord(word: Word, ctx: ArticleContext): boolean {
  const lower = word.lower;
  if (ctx.sets.titles.has(lower)) return true;
  const hyphen = lower.lastIndexOf('-');
  if (hyphen >= 0 && ctx.sets.titles.has(lower.slice(hyphen + 1))) return true;
  return endsInTitle(lower, ctx.rules.entities.titleEndings);
}

/**
 * Whether a lower-case word is a noun for a work or a name (the quote tables' `workNouns`: "film", "buch", "motto"),
 * also as the end of a compound from four letters on ("kinofilm", "netflix-serie"): quotation marks after it hold a
 * title.
 */
export function isWorkNoun(lower: string, ctx: ArticleContext): boolean {
  return ctx.rules.quotes.workNouns.some((n) => lower === n || (n.length >= 4 && lower.endsWith(n)));
}

/** A table's title endings by their last UTF-16 unit (an empty ending under -1), made once per table. */
const endingsByLast = keptPer((endings: readonly string[]): ReadonlyMap<number, readonly string[]> => {
  const made = new Map<number, string[]>();
  for (const e of endings) {
    const last = e.length > 0 ? e.charCodeAt(e.length - 1) : -1;
    let list = made.get(last);
    if (list === undefined) made.set(last, (list = []));
    list.push(e);
  }
  return made;
});

/** How many code points `text[0, end)` holds, counted up to `enough` at most. */
function codePointsUpTo(text: string, end: number, enough: number): number {
  let n = 0;
  for (let k = 0; k < end && n < enough; k++) {
    const c = text.charCodeAt(k);
    // a high surrogate followed by a low one is one code point
    if (c >= 0xd800 && c <= 0xdbff && k + 1 < end) {
      const d = text.charCodeAt(k + 1);
      if (d >= 0xdc00 && d <= 0xdfff) k++;
    }
    n++;
  }
  return n;
}

/** Whether `lower` ends in `ending` after at least three code points. */
function endsAfterThree(lower: string, ending: string): boolean {
  const before = lower.length - ending.length;
  if (before < 3 || !lower.endsWith(ending)) return false;
  // three code points before the ending: sure from six UTF-16 units on (a code point is at most two)
  return before >= 6 || codePointsUpTo(lower, before, 3) >= 3;
}

/**
 * Whether a lower-case word ends in one of the title endings after at least three characters
 * ("verfassungsschutzpräsident"): what `endingPattern(endings, 3)` matches, without the pattern's backtracking over
 * every ending at every place: only the endings with the word's last letter are compared, with `endsWith`
 * (nothing is sliced).
 */
export function endsInTitle(lower: string, endings: readonly string[]): boolean {
  const byLast = endingsByLast(endings);
  if (lower.length === 0) return false;
  for (const e of byLast.get(lower.charCodeAt(lower.length - 1)) ?? [])
    if (endsAfterThree(lower, e)) return true;
  for (const e of byLast.get(-1) ?? []) if (endsAfterThree(lower, e)) return true;
  return false;
}

/** The sentence (index into `article.sentences`) containing `offset`, or -1. */
export function sentenceAt(article: AnalysedArticle, offset: number): number {
  const s = article.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const sentence = s[mid];
    if (!sentence) break;
    if (offset < sentence.start) hi = mid - 1;
    else if (offset >= sentence.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
