import { expect } from 'vitest';
import type { AnalysedArticle, SourceDocument } from '../../src/core/types.js';
import type { Quote } from '../../src/compare/types.js';
import { ingest } from '../../src/ingest/index.js';
import { analyseStory, prepareArticles } from '../../src/brief/index.js';
import { EXAMPLE_DIR } from '../support/seeds.js';

/** The example story as the CLI reads it (ingest takes the ` date 2019-04` header of seed 000 into its meta). */
export async function seedArticles(): Promise<AnalysedArticle[]> {
  const { documents } = await ingest([EXAMPLE_DIR]);
  return prepareArticles(documents);
}

/** Small hand-written articles (language forced). */
export function fixtureArticles(
  language: string,
  texts: readonly { id: string; text: string; published?: string }[],
): AnalysedArticle[] {
  const docs: SourceDocument[] = texts.map(({ id, text, published }) => ({
    id,
    format: 'text',
    text,
    meta: published !== undefined ? { published } : {},
    removed: [],
  }));
  return prepareArticles(docs, { language });
}

/** The article a span points into. */
export function textOf(
  articles: readonly AnalysedArticle[],
  span: { article: string; start: number; end: number },
): string {
  const a = articles.find((x) => x.id === span.article);
  if (!a) throw new Error(`no article ${span.article}`);
  return a.text.slice(span.start, span.end);
}

/** Every entity mention of one article as `text (type)`, in text order; each checked against its offsets. */
export function entityMentions(text: string, language = 'de'): string[] {
  const articles = fixtureArticles(language, [{ id: 'a', text }]);
  return analyseStory(articles)
    .entities.flatMap((e) =>
      e.mentions.map((m) => {
        expect(textOf(articles, m)).toBe(m.text);
        return { start: m.start, label: `${m.text} (${e.type})` };
      }),
    )
    .sort((a, b) => a.start - b.start)
    .map((m) => m.label);
}

/** Every quote of one hand-written article (direct and reported), each checked against its offsets. */
export function checkedQuotes(text: string, language = 'de'): readonly Quote[] {
  const articles = fixtureArticles(language, [{ id: 'a', text }]);
  const { quotes } = analyseStory(articles);
  for (const q of quotes) expect(textOf(articles, q)).toBe(q.text);
  return quotes;
}

/** The direct quotes of one hand-written English article as `[text, speaker]`, each checked against its offsets. */
export function englishSpeakers(text: string): [string, string | null][] {
  return checkedQuotes(text, 'en')
    .filter((q) => q.kind === undefined)
    .map((q) => [q.text, q.speaker]);
}

/**
 * The speaker of the quote that holds `words` in one hand-written German article (`direct`: direct quotes only),
 * every quote checked against its offsets.
 */
export function quoteSpeakerOf(text: string, words: string, direct = true): string | null | undefined {
  return checkedQuotes(text).find((q) => (!direct || q.kind === undefined) && q.text.includes(words))
    ?.speaker;
}
