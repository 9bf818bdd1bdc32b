import { eld } from 'eld/small';
import { describe, expect, it } from 'vitest';
import { STEMMED_LANGUAGES } from '../../src/analyse/stemmers.js';
import { brief } from '../../src/index.js';
import { parseHtml, parseText } from '../../src/ingest/index.js';
import { languageTagProblem, normaliseLanguageTag, rulesFor } from '../../src/lang/index.js';

describe('normaliseLanguageTag: the one normal form of a language tag', () => {
  it.each([
    ['de', 'de'],
    ['de-AT', 'de'],
    ['DE', 'de'],
    ['de_DE', 'de'],
    ['  en-GB ', 'en'],
    ['zh-Hant', 'zh'],
    ['zh-Hant-TW', 'zh'],
    ['sr-Latn-RS', 'sr'],
    ['iw', 'he'],
  ])('%s → %s', (tag, code) => {
    expect(normaliseLanguageTag(tag)).toBe(code);
  });

  it.each([
    '123',
    'xx-!!',
    'xx',
    'deu',
    'german',
    '',
    ' ',
    'und',
    'auto',
    'de-',
    'de--AT',
    'd',
    'de-toolongsubtag',
  ])('%j names no language → undefined', (tag) => {
    expect(normaliseLanguageTag(tag)).toBeUndefined();
  });

  it('undefined and null stay undefined', () => {
    expect(normaliseLanguageTag(undefined)).toBeUndefined();
    expect(normaliseLanguageTag(null)).toBeUndefined();
  });

  it('every language the detector answers and every stemmed language is a known code', () => {
    const detected = Object.values(eld.info().Languages as Record<string, string>);
    expect(detected.length).toBeGreaterThan(50);
    for (const code of [...detected, ...STEMMED_LANGUAGES]) expect(normaliseLanguageTag(code)).toBe(code);
  });

  it('says why a tag is refused: malformed, or no ISO 639-1 code', () => {
    expect(languageTagProblem('de-AT')).toBeUndefined();
    expect(languageTagProblem('xx-!!')).toBe('"xx-!!" is no language tag (such as de, en, de-AT)');
    expect(languageTagProblem('xx')).toBe('"xx" is no ISO 639-1 language code (such as de, en or fr)');
  });

  it('rulesFor normalises too, and a real language without tables gets the English ones', () => {
    expect(rulesFor('de-AT').code).toBe('de');
    expect(rulesFor('fr').code).toBe('en');
    expect(rulesFor('fr').cluster).toEqual(rulesFor('en').cluster);
    expect(rulesFor('fr').cluster.hyphenParts).toBe(false);
  });
});

describe('declared languages are normalised where documents are read', () => {
  const body =
    '<body><article><p>Kim Jong-un ist in Wladiwostok eingetroffen. Er trifft dort Putin.</p></article></body>';

  it('<html lang="de-AT"> → de; <html lang="zh-Hant"> → zh; a malformed lang attribute is left out', () => {
    const meta = (lang: string): unknown => {
      const parsed = parseHtml(`<html lang="${lang}"><head><title>T</title></head>${body}</html>`);
      return parsed.ok ? parsed.value.meta.language : 'failed';
    };
    expect(meta('de-AT')).toBe('de');
    expect(meta('zh-Hant')).toBe('zh');
    expect(meta('xx-!!')).toBeUndefined();
  });

  it('a "Language: DE-CH" header line of a text file → de', () => {
    expect(parseText('Language: DE-CH\n\nEin Satz über den Gipfel.').meta.language).toBe('de');
  });

  it('the library: an article given as data with language "de-AT" is German in the brief', async () => {
    const text =
      'Kim Jong-un ist in Wladiwostok eingetroffen. Dort trifft er den russischen Präsidenten Putin.';
    const result = await brief([{ text, language: 'de-AT' }]);
    expect(result.articles.map((a) => a.language)).toEqual(['de']);
    const forced = await brief([{ text }], { language: 'EN-us' });
    expect(forced.articles.map((a) => a.language)).toEqual(['en']);
  });

  it('the library: a forced language that is no tag is refused', async () => {
    await expect(brief([{ text: 'Ein Satz.' }], { language: '123' })).rejects.toThrow(/language tag/u);
  });
});
