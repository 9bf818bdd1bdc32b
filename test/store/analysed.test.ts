import { describe, expect, it } from 'vitest';
import { prepareArticles } from '../../src/brief/index.js';
import { packAnalysed, unpackAnalysed } from '../../src/store/analysed.js';
import { exampleDocuments, STORM, STRIKE } from './fixtures.js';

describe('the stored form of an analysed article', () => {
  it('gives back exactly the analysed article (tokens, stems, stopwords, numbers), in less than half the size', async () => {
    const articles = prepareArticles([...(await exampleDocuments()), ...STORM, ...STRIKE], {
      crossDocument: false,
    });
    const tokens = articles.flatMap((a) => a.sentences.flatMap((s) => s.tokens));
    expect(tokens.some((t) => t.kind === 'number')).toBe(true);
    expect(tokens.some((t) => t.stop)).toBe(true);
    expect(tokens.some((t) => t.stem !== t.norm)).toBe(true);
    expect(new Set(articles.map((a) => a.language))).toEqual(new Set(['de', 'en']));
    for (const article of articles) {
      const packed = packAnalysed(article);
      expect(unpackAnalysed(packed)).toEqual(article);
      expect(packed.length).toBeLessThan(JSON.stringify(article).length / 2);
    }
  });

  it('refuses JSON that is not a stored analysed article', () => {
    expect(() => unpackAnalysed('{"text": "x"}')).toThrow(/no text or sentences/u);
    expect(() => unpackAnalysed('{"broken')).toThrow(SyntaxError);
  });
});
