/**
 * An article that carries the analysis's sentences is clustered on the analysis's tokens (the text between
 * sentences tokenised here): the terms must be exactly those of tokenising the text, or stored clusterings change.
 */
import { describe, expect, it } from 'vitest';
import { articleTerms, normaliseClusterOptions, type StreamArticle } from '../../src/cluster/index.js';
import { prepareArticles } from '../../src/brief/index.js';
import { exampleDocuments, STORM, STRIKE } from '../store/fixtures.js';

describe('terms from the analysis', () => {
  it('equal the terms of the plain text, whole bodies and bodies cut inside a sentence', async () => {
    const articles = prepareArticles([...(await exampleDocuments()), ...STORM, ...STRIKE]);
    expect(new Set(articles.map((a) => a.language))).toEqual(new Set(['de', 'en']));
    for (const bodyChars of [4000, 150, 333]) {
      const options = normaliseClusterOptions({ bodyChars });
      for (const a of articles) {
        const plain: StreamArticle = {
          id: a.id,
          text: a.text,
          language: a.language,
          title: a.meta.title ?? '',
        };
        const analysed: StreamArticle = { ...plain, sentences: a.sentences };
        expect(a.sentences.length).toBeGreaterThan(0);
        expect(articleTerms(analysed, options)).toEqual(articleTerms(plain, options));
      }
    }
  });

  it('are not used when the article is clustered in another language than it was analysed in', async () => {
    const [a] = prepareArticles(await exampleDocuments());
    if (a === undefined) throw new Error('no example article');
    const options = normaliseClusterOptions({ language: 'en' });
    const plain: StreamArticle = { id: a.id, text: a.text, language: a.language };
    expect(a.language).toBe('de');
    expect(articleTerms({ ...plain, sentences: a.sentences }, options)).toEqual(articleTerms(plain, options));
  });
});
