import { describe, expect, it } from 'vitest';
import { articleTerms, createClusterer, normaliseClusterOptions } from '../../src/cluster/index.js';
import type { StreamArticle } from '../../src/cluster/types.js';

/** German with inflected forms the German stemmer folds: `Wahlen` → `wahl`, `Parteien` → `partei`. */
const ARTICLE: StreamArticle = {
  id: 'wien-1',
  title: 'Wahlen in Österreich',
  text: 'Die Wahlen in Österreich brachten den Parteien große Verluste. Die Wähler blieben zu Hause.',
  published: '2024-09-29T18:00:00Z',
};

function words(article: StreamArticle, language?: string): string[] {
  const options = normaliseClusterOptions(language === undefined ? {} : { language });
  return [...articleTerms(article, options).body.words.keys()];
}

describe('the clusterer takes language tags, not only codes', () => {
  it("an article's own tag de-AT gives German: stemmed words (wahlen → wahl), the story says de", () => {
    const clusterer = createClusterer();
    clusterer.add({ ...ARTICLE, language: 'de-AT' });
    expect(clusterer.stories()[0]?.languages).toEqual(['de']);
    const terms = words({ ...ARTICLE, language: 'de-AT' });
    expect(terms).toContain('wahl');
    expect(terms).not.toContain('wahlen');
    expect(terms).toContain('partei');
  });

  it('the forced language de-AT (the --lang option) is German too, as DE is', () => {
    for (const tag of ['de-AT', 'DE', 'de_AT']) {
      expect(normaliseClusterOptions({ language: tag }).language).toBe('de');
      const terms = words({ ...ARTICLE, language: 'en' }, tag);
      expect(terms).toContain('wahl');
      expect(terms).not.toContain('wahlen');
    }
    const clusterer = createClusterer({ language: 'de-AT' });
    clusterer.add(ARTICLE);
    expect(clusterer.stories()[0]?.languages).toEqual(['de']);
  });

  it('a forced language that is no language tag is refused with a RangeError', () => {
    for (const tag of ['123', 'xx-!!', 'xx']) {
      expect(() => createClusterer({ language: tag })).toThrow(/language must be a language tag/u);
    }
  });

  it("an article's own tag that names no language is detected instead", () => {
    const clusterer = createClusterer();
    clusterer.add({ ...ARTICLE, language: 'xx-!!' });
    expect(clusterer.stories()[0]?.languages).toEqual(['de']);
  });
});
