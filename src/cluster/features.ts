import { detectLanguage } from '../analyse/language.js';
import { normaliseLanguageTag, scriptOf } from '../lang/index.js';
import { tokenize } from '../analyse/tokens.js';
import type { Sentence, Token } from '../core/types.js';
import { distinctTerms, type DocumentFrequencies } from './df.js';
import type { NormalisedClusterOptions } from './options.js';
import { collectTerms, emptySignalCounts, termRulesFor, type SignalCounts } from './terms.js';
import type { StreamArticle } from './types.js';
import { tfidf, type Vector } from './vectors.js';

/** The four signals of an article, each a unit TF-IDF vector (empty when the article has none of it). */
export interface Signals {
  readonly title: Vector;
  readonly body: Vector;
  readonly entities: Vector;
  readonly numbers: Vector;
  /** The script of the article's language (see `scriptOf`): words meet only words of the same script. */
  readonly script?: string;
  /** The article's language: titles meet only titles of the same language. */
  readonly language?: string;
}

/** Raw term counts of one article, before weighting (independent of the document frequencies). */
export interface ArticleTerms {
  readonly language: string;
  readonly title: SignalCounts;
  readonly body: SignalCounts;
}

/**
 * Characters of title + text the stream's language identification reads: a lead is plenty to tell languages (eld
 * was ~13 % of the stream's profile at 600; 300 gave the same eval figures and ~8 % more articles/s).
 */
export const LANGUAGE_SAMPLE_CHARS = 300;

/** The article's language: the forced one, else its own, else detected on title and text. */

export function streamLanguage(article: StreamArticle, forced: string | undefined): string {
  if (forced !== undefined) return forced;
  const own = normaliseLanguageTag(article.language);
  if (own !== undefined) return own;
  const title = article.title ?? '';
  const text = title === '' ? article.text : `${title}\n${article.text}`;
  return detectLanguage(text.slice(0, LANGUAGE_SAMPLE_CHARS));
}

/** True when the article has something to cluster on (a title or text that is not only spaces). */
export function hasContent(article: StreamArticle): boolean {
  return article.text.trim() !== '' || (article.title ?? '').trim() !== '';
}

/** Words, entities and numbers of the title and the body (the first `bodyChars` characters; the title without text). */
export function articleTerms(article: StreamArticle, options: NormalisedClusterOptions): ArticleTerms {
  const language = streamLanguage(article, options.language);
  const titleText = article.title ?? '';
  const bodyText = article.text.trim() === '' ? titleText : article.text;
  const title = emptySignalCounts();
  const body = emptySignalCounts();
  const rules = termRulesFor(language);
  collectTerms(titleText, tokenize(titleText, 0, titleText.length, language), title, rules);
  const end = Math.min(bodyText.length, options.bodyChars);
  const tokens =
    bodyText === article.text && analysedIn(article, language)
      ? bodyTokens(article.text, article.sentences ?? [], end, language)
      : tokenize(bodyText, 0, end, language);
  collectTerms(bodyText, tokens, body, rules, options.lead);
  return { language, title, body };
}

/** True when the article carries the analysis's sentences, made in the language it is clustered in. */
function analysedIn(article: StreamArticle, language: string): boolean {
  return article.sentences !== undefined && normaliseLanguageTag(article.language) === language;
}

/**
 * The tokens of `text[0, end)` from the analysis: each sentence's own tokens, the text between sentences (titles,
 * headings, what no sentence covers) tokenised here. Sentences start and end between tokens, so this is the same
 * list `tokenize(text, 0, end)` gives — without tokenising the article a second time.
 */
function bodyTokens(text: string, sentences: readonly Sentence[], end: number, language: string): Token[] {
  const out: Token[] = [];
  let at = 0;
  for (const sentence of sentences) {
    if (sentence.start < at) return tokenize(text, 0, end, language); // not in text order: take no chances
    if (sentence.start >= end) break;
    if (sentence.start > at) out.push(...tokenize(text, at, sentence.start, language));
    if (sentence.end <= end) out.push(...sentence.tokens);
    else out.push(...tokenize(text, sentence.start, end, language));
    at = Math.min(sentence.end, end);
  }
  if (at < end) out.push(...tokenize(text, at, end, language));
  return out;
}

/** Every distinct term of the article (what the document frequencies count). */
export function documentTerms(terms: ArticleTerms): Set<string> {
  const { title, body } = terms;
  return distinctTerms(title.words, body.words, title.entities, body.entities, title.numbers, body.numbers);
}

function merged(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map(a);
  for (const [term, count] of b) out.set(term, (out.get(term) ?? 0) + count);
  return out;
}

/** The weighted signals of an article under the current document frequencies. */
export function signalsOf(terms: ArticleTerms, df: DocumentFrequencies): Signals {
  return {
    title: tfidf(terms.title.words, df),
    body: tfidf(terms.body.words, df),
    entities: tfidf(merged(terms.title.entities, terms.body.entities), df),
    numbers: tfidf(merged(terms.title.numbers, terms.body.numbers), df),
    script: scriptOf(terms.language),
    language: terms.language,
  };
}
