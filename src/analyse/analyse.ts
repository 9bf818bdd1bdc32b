import type { AnalysedArticle, CleanArticle, Sentence } from '../core/types.js';
import { rulesFor } from '../lang/index.js';
import { detectLanguage } from './language.js';
import { normaliseLanguageTag, type NormalisedAnalyseOptions } from './options.js';
import { segmentSentences } from './sentences.js';
import { tokenize } from './tokens.js';

/** The article's language: the forced one, else its metadata, else detected on its text. */
export function articleLanguage(article: CleanArticle, options: NormalisedAnalyseOptions): string {
  if (options.language !== undefined) return options.language;
  const meta = normaliseLanguageTag(article.meta.language);
  if (meta !== undefined) return meta;
  return detectLanguage(article.text, options.languages);
}

/**
 * Language, sentences and tokens of one cleaned article. Sentences come only from `paragraph` and `list-item`
 * blocks (titles and headings are never summary material), in text order, each with its block index.
 */
export function analyseArticle(article: CleanArticle, options: NormalisedAnalyseOptions): AnalysedArticle {
  const language = articleLanguage(article, options);
  const rules = rulesFor(language).sentences;
  const { text } = article;
  const sentences: Sentence[] = [];
  article.blocks.forEach((block, index) => {
    if (block.kind !== 'paragraph' && block.kind !== 'list-item') return;
    for (const span of segmentSentences(text, block.start, block.end, rules)) {
      sentences.push({
        start: span.start,
        end: span.end,
        block: index,
        tokens: tokenize(text, span.start, span.end, language),
      });
    }
  });
  return { ...article, language, sentences };
}
