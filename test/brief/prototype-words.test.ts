/**
 * Words that are names every JavaScript object inherits ("constructor", "toString", "__proto__", …) are ordinary
 * words of a text. A rule table read as a plain object answers them with a function: the German fact matcher
 * handed `forms["constructor"]` to the stemmer, which threw, so the brief of any German article with the word
 * "constructor" failed. Every such name, in German and English text, lower-case and capitalised, must brief.
 */
import { describe, expect, it } from 'vitest';
import { briefFromDocuments } from '../../src/brief/index.js';
import type { SourceDocument } from '../../src/core/types.js';

const NAMES = Object.getOwnPropertyNames(Object.prototype);

function text(language: 'de' | 'en', word: string): string {
  const cap = `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
  return language === 'de'
    ? `Berlin, 3. Mai 2019. Der Bericht nennt ${word} und ${cap} als Stichwort. „${cap} ist gut“, sagte ${cap} Müller am ${word}. Der Minister ${cap} kam nach ${cap}.`
    : `London, May 3, 2019. The report names ${word} and ${cap} as a keyword. "${cap} is good," said ${cap} Miller on ${word}. The minister ${cap} came to ${cap}.`;
}

const doc = (language: 'de' | 'en', word: string, n: number): SourceDocument => ({
  id: `${language}-${String(n)}`,
  format: 'text',
  text: text(language, word),
  meta: { language },
  removed: [],
});

describe('names every object inherits are ordinary words', () => {
  for (const language of ['de', 'en'] as const)
    it(`${language}: a story of one article per name briefs, and its lines come from the texts`, () => {
      expect(NAMES).toContain('constructor');
      const docs = NAMES.map((word, n) => doc(language, word, n));
      const brief = briefFromDocuments(docs, { words: 120 });
      expect(brief.sentences.length).toBeGreaterThan(0);
      for (const line of brief.sentences) {
        const article = brief.articles.find((a) => a.id === line.article);
        expect(article?.text.slice(line.start, line.end)).toBe(line.text);
      }
    });

  it('de: the article with "constructor" alone briefs', () => {
    const brief = briefFromDocuments([doc('de', 'constructor', 0)], { words: 60 });
    expect(brief.sentences.map((l) => l.text).join(' ')).toContain('Bericht');
  });
});
