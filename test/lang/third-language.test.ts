import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../src/analyse/index.js';
import { cleanDocument, normaliseCleanOptions } from '../../src/clean/index.js';
import { articleTerms, normaliseClusterOptions } from '../../src/cluster/index.js';
import type { SourceDocument } from '../../src/core/types.js';
import { registerLanguage, registeredLanguages, rulesFor } from '../../src/lang/index.js';
import { briefFromDocuments } from '../../src/brief/index.js';
import { nl } from '../fixtures/lang/nl/index.js';

/**
 * "Adding a language is one folder": test/fixtures/lang/nl/ holds a small Dutch table set, shaped like
 * src/lang/de/. Before it is registered, Dutch gets the English rules; after, its own tables are used everywhere.
 */

const TEXT = [
  'Kabinet valt na ruzie over asiel',
  'Lees ook',
  'Het kabinet is gevallen na een lange ruzie over de asielwet. Het overleg met dhr. Schoof duurde tot diep in de nacht. De coalitie kon geen akkoord bereiken, meldt ANP.',
  'Deel dit artikel',
].join('\n\n');

const OTHER = [
  'Coalitie breekt over asielwet',
  'Lees ook',
  'De coalitie is gebroken over de asielwet. Premier Schoof bood na een nacht van overleg het ontslag van het kabinet aan. De Tweede Kamer debatteert volgende week over de val van het kabinet.',
  'Deel dit artikel',
].join('\n\n');

function doc(id: string, text: string): SourceDocument {
  return {
    id,
    format: 'text',
    text,
    meta: { language: 'nl', title: text.split('\n')[0] ?? '' },
    removed: [],
  };
}

const SENTENCE = 'Het overleg met dhr. Schoof duurde tot diep in de nacht.';

function sentencesOf(text: string): string[] {
  const rules = rulesFor('nl').sentences;
  return segmentSentences(text, 0, text.length, rules).map((s) => text.slice(s.start, s.end));
}

function cleanedText(text: string): string {
  return cleanDocument(doc('a', text), normaliseCleanOptions()).text;
}

/** The terms of the article that come from "ANP" (the sender). */
function anpTerms(): string[] {
  const terms = articleTerms({ id: 'a', text: TEXT, language: 'nl' }, normaliseClusterOptions());
  return [...terms.body.words.keys(), ...terms.body.entities.keys()].filter((t) => t.includes('anp'));
}

describe('a third language from a fixture folder', () => {
  it('before it is registered, Dutch has the English rules: "dhr." ends a sentence, "Lees ook" stays', () => {
    expect(rulesFor('nl')).toBe(rulesFor('en'));
    expect(sentencesOf(SENTENCE)).toEqual(['Het overleg met dhr.', 'Schoof duurde tot diep in de nacht.']);
    expect(cleanedText(TEXT)).toContain('Lees ook');
    expect(registeredLanguages().map((l) => l.code)).toEqual(['de', 'en']);
    expect(anpTerms()).not.toEqual([]);
  });

  it('registerLanguage(nl) makes rulesFor("nl") (and nl-BE) its tables; missing compare tables are English', () => {
    const rules = registerLanguage(nl);
    expect(rulesFor('nl')).toBe(rules);
    expect(rulesFor('nl-BE')).toBe(rules);
    expect(rules.sentences).toBe(nl.sentences);
    expect(rules.compare).toBe(rulesFor('en').compare);
    expect(registeredLanguages().map((l) => l.code)).toEqual(['de', 'en', 'nl']);
  });

  it('sentence splitting reads its abbreviations: "dhr. Schoof" stays in one sentence', () => {
    expect(sentencesOf(SENTENCE)).toEqual([SENTENCE]);
  });

  it('cleaning reads its navigation lines: "Lees ook" and "Deel dit artikel" are removed', () => {
    const article = cleanDocument(doc('a', TEXT), normaliseCleanOptions());
    expect(article.text).not.toContain('Lees ook');
    expect(article.text).not.toContain('Deel dit artikel');
    expect(article.removed.map((r) => [r.text, r.reason])).toEqual(
      expect.arrayContaining([
        ['Lees ook', 'navigation'],
        ['Deel dit artikel', 'navigation'],
      ]),
    );
  });

  it('a brief of Dutch articles uses both: the sentence is whole, the navigation gone', () => {
    const brief = briefFromDocuments([doc('a', TEXT), doc('b', OTHER)], { words: 200 });
    expect(brief.language).toBe('nl');
    const lines = brief.sentences.map((s) => s.text);
    expect(lines.some((l) => l.includes('dhr. Schoof'))).toBe(true);
    expect(lines.filter((l) => l.includes('dhr.'))).toEqual([SENTENCE]);
    for (const article of brief.articles) expect(article.text).not.toMatch(/Lees ook|Deel dit artikel/u);
  });

  it('clustering reads its cluster table: ANP names the sender and is no term', () => {
    expect(anpTerms()).toEqual([]);
    const terms = articleTerms({ id: 'a', text: TEXT, language: 'nl' }, normaliseClusterOptions());
    expect([...terms.body.words.keys()]).toEqual(expect.arrayContaining(['kabinet', 'asielwet']));
  });

  it('a code that is no ISO 639-1 code, or one that has tables already, is refused', () => {
    expect(() => registerLanguage({ ...nl, code: 'xx' })).toThrow(RangeError);
    expect(() => registerLanguage({ ...nl, code: 'NL' })).toThrow(RangeError);
    expect(() => registerLanguage(nl)).toThrow(/has tables already/u);
  });
});
