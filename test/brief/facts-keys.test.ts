import { describe, expect, it } from 'vitest';
import { prepareArticles } from '../../src/brief/index.js';
import { sameFactAs, storyFacts, type FactMemo } from '../../src/brief/facts.js';
import type { AnalysedArticle, SourceDocument } from '../../src/core/types.js';

const doc = (id: string, text: string): SourceDocument => ({
  id,
  format: 'text',
  text,
  meta: {},
  removed: [],
});

// Made-up sentences: a compound ("Gipfeltreffen") and its head ("Treffen") in German; plain words in English.
const german = prepareArticles(
  [
    doc('de1', 'Das Gipfeltreffen in Wladiwostok dauerte drei Stunden. Danach reiste die Delegation ab.'),
    doc('de2', 'Das Treffen in Wladiwostok dauerte drei Stunden, hieß es. Die Delegation reiste danach ab.'),
  ],
  { language: 'de' },
);
const english = prepareArticles(
  [doc('en1', 'The summit in Vladivostok lasted three hours. The delegation left afterwards.')],
  { language: 'en' },
);

/** What `sameFactAs` finds for every sentence of the story. */
const found = (articles: readonly AnalysedArticle[], memo?: FactMemo) => {
  const facts = storyFacts(articles, new Set(), memo);
  return articles.map((a, article) =>
    a.sentences.map((_, sentence) => sameFactAs(facts, { article, sentence })),
  );
};

describe('fact keys by the story language', () => {
  it('keys terms by their parts only in a story whose compounds match', () => {
    const de = storyFacts(german, new Set());
    const en = storyFacts(english, new Set());
    expect(de.compounds).toBe(true);
    expect(en.compounds).toBe(false);
    expect([...de.all.keys()].some((k) => k.startsWith('<'))).toBe(true);
    expect([...en.all.keys()].every((k) => k.startsWith('='))).toBe(true);
    // the compound meets its head: the first sentences state the same fact
    expect(found(german)[0]?.[0]).toEqual([{ article: 1, sentence: 0 }]);
  });

  it('keeps no keys in the memo made for a story of the other kind (its language given by its first article)', () => {
    const memo: FactMemo = new Map();
    const mixed = [...english, ...german];
    const germanFirst = [...german, ...english];
    // the same articles briefed with the English one first (no compounds), then with a German one first, and back
    for (const articles of [mixed, germanFirst, mixed])
      expect(found(articles, memo)).toEqual(found(articles));
    expect(found(germanFirst)[1]?.[0]).toEqual([{ article: 0, sentence: 0 }]);
  });
});
