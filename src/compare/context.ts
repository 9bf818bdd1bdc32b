import type { AnalysedArticle } from '../core/types.js';
import { compare as de } from '../lang/de/compare.js';
import { compare as en } from '../lang/en/compare.js';
import type { CompareRules } from './rules.js';
import { scanWords, type Word } from './words.js';

const RULES: Readonly<Record<string, CompareRules>> = { de, en };

/** The compare tables of a language; languages without tables use the English ones. */
export function compareRulesFor(language: string): CompareRules {
  return RULES[language] ?? en;
}

/** One article as the compare stage reads it: its words with offsets and its language tables. */
export interface ArticleContext {
  readonly index: number;
  readonly article: AnalysedArticle;
  readonly words: readonly Word[];
  readonly rules: CompareRules;
  /** Lower-case lookup sets built from the tables. */
  readonly sets: RuleSets;
}

export interface RuleSets {
  readonly titles: ReadonlySet<string>;
  readonly quoteVerbs: ReadonlySet<string>;
  readonly pronouns: ReadonlySet<string>;
  readonly reportedSpeech: ReadonlySet<string>;
  readonly determiners: ReadonlySet<string>;
  readonly placePrepositions: ReadonlySet<string>;
  readonly placeNouns: ReadonlySet<string>;
  readonly notPlaces: ReadonlySet<string>;
  readonly organisationNouns: ReadonlySet<string>;
  readonly firstNames: ReadonlySet<string>;
  readonly calendar: ReadonlySet<string>;
  /** Lower-case word → the duration topics it names (from `durationTopics`). */
  readonly durationTopics: ReadonlyMap<string, readonly string[]>;
}

function topicsByWord(topics: CompareRules['durationTopics']): Map<string, string[]> {
  const byWord = new Map<string, string[]>();
  for (const [label, words] of Object.entries(topics))
    for (const w of words) byWord.set(w, [...(byWord.get(w) ?? []), label]);
  return byWord;
}

const setCache = new WeakMap<CompareRules, RuleSets>();

export function ruleSets(rules: CompareRules): RuleSets {
  const cached = setCache.get(rules);
  if (cached) return cached;
  const sets: RuleSets = {
    titles: new Set(rules.titles),
    quoteVerbs: new Set(rules.quoteVerbs),
    pronouns: new Set(rules.pronouns),
    reportedSpeech: new Set(rules.reportedSpeech),
    determiners: new Set(rules.determiners),
    placePrepositions: new Set(rules.placePrepositions),
    placeNouns: new Set(rules.placeNouns),
    notPlaces: new Set(rules.notPlaces),
    organisationNouns: new Set(rules.organisationNouns),
    firstNames: new Set(rules.firstNames),
    calendar: new Set([
      ...Object.keys(rules.months),
      ...Object.keys(rules.weekdays),
      ...Object.keys(rules.units),
      ...Object.keys(rules.scales),
    ]),
    durationTopics: topicsByWord(rules.durationTopics),
  };
  setCache.set(rules, sets);
  return sets;
}

export function articleContexts(articles: readonly AnalysedArticle[]): ArticleContext[] {
  return articles.map((article, index) => {
    const rules = compareRulesFor(article.language);
    return { index, article, words: scanWords(article.text), rules, sets: ruleSets(rules) };
  });
}

/** Whether a word is a title or role word (also as the last part of a compound: "US-Präsident"). */
export function isTitleWord(word: Word, ctx: ArticleContext): boolean {
  const lower = word.lower;
  if (ctx.sets.titles.has(lower)) return true;
  const last = lower.split('-').pop() ?? lower;
  if (ctx.sets.titles.has(last)) return true;
  return ctx.rules.titleEndings.some((e) => lower.length > e.length + 2 && lower.endsWith(e));
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
