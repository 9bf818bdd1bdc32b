import type { CleanArticle } from '../core/types.js';
import type { StreamArticle } from './types.js';

/** The title of a cleaned article: its metadata title, else its first title block. */
function titleOf(article: CleanArticle): string | undefined {
  if (article.meta.title !== undefined && article.meta.title.trim() !== '') return article.meta.title.trim();
  const block = article.blocks.find((b) => b.kind === 'title');
  return block === undefined ? undefined : article.text.slice(block.start, block.end).trim();
}

/** A cleaned article as the clusterer sees it (id, title, cleaned text and what the metadata knows). */
export function streamArticleOf(article: CleanArticle): StreamArticle {
  const { meta } = article;
  const title = titleOf(article);
  return {
    id: article.id,
    text: article.text,
    ...(title !== undefined ? { title } : {}),
    ...(meta.published !== undefined ? { published: meta.published } : {}),
    ...(meta.url !== undefined ? { url: meta.url } : {}),
    ...(meta.language !== undefined ? { language: meta.language } : {}),
    ...(meta.source !== undefined ? { source: meta.source } : {}),
  };
}
