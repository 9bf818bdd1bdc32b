import type { Brief } from '../brief/types.js';
import type { BriefArticle, BriefSentence } from '../core/types.js';
import type { Labels } from './labels.js';

/** Citation numbers (1-based) in the order of `brief.articles`. */
export function citationNumbers(brief: Brief): Map<string, number> {
  return new Map(brief.articles.map((a, i) => [a.id, i + 1]));
}

/** The article a line comes from first, then the others that carry it, ascending. */
export function citedArticles(sentence: BriefSentence, numbers: ReadonlyMap<string, number>): number[] {
  const own = numbers.get(sentence.article);
  const others = sentence.support
    .map((id) => numbers.get(id))
    .filter((n): n is number => n !== undefined && n !== own)
    .sort((a, b) => a - b);
  return own === undefined ? others : [own, ...others];
}

/** "SZ, 2019-04-26, Silke Bigalke: Kim und Putin … (002_….txt)" */
export function sourceLine(article: BriefArticle, labels: Labels): { outlet: string; rest: string } {
  const outlet = article.source ?? labels.unknownSource;
  const parts = [article.published ?? labels.undated, article.author].filter(
    (p): p is string => p !== undefined,
  );
  const title = article.title !== undefined ? `: „${article.title}“` : '';
  const where = article.url ?? article.file;
  return { outlet, rest: `${parts.join(', ')}${title}${where !== undefined ? ` (${where})` : ''}` };
}
