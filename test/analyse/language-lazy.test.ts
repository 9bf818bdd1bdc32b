import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyseArticle, normaliseAnalyseOptions } from '../../src/analyse/index.js';
import { languageDetectorLoaded } from '../../src/analyse/language.js';
import { execute } from '../../src/cli/main.js';
import type { CleanArticle } from '../../src/core/types.js';
import { fakeIo } from '../support/io.js';

const SEED = join(import.meta.dirname, '../../examples/kim-putin-2019');
const TEXT = 'Am Donnerstag treffen sich Kim und Putin in Wladiwostok zu ihrem ersten Gipfel.';

function article(language?: string): CleanArticle {
  const blocks = [{ kind: 'paragraph' as const, start: 0, end: TEXT.length }];
  return { id: 'a', format: 'text', text: TEXT, blocks, meta: language ? { language } : {}, removed: [] };
}

// The tests run in order: the detector must still be unloaded when the language is given or declared.
describe('the language detector is loaded on first use only', () => {
  test('not by importing the pipeline and the CLI', () => {
    expect(readdirSync(SEED).length).toBeGreaterThan(0);
    expect(languageDetectorLoaded()).toBe(false);
  });

  test('not when the language is forced or the article declares it', () => {
    expect(analyseArticle(article(), normaliseAnalyseOptions({ language: 'de' })).language).toBe('de');
    expect(analyseArticle(article('de-AT'), normaliseAnalyseOptions({})).language).toBe('de');
    expect(languageDetectorLoaded()).toBe(false);
  });

  test('not by `lagebild brief --lang de`', async () => {
    const io = fakeIo();
    expect(await execute(['brief', '--lang', 'de', '--format', 'json', SEED], io)).toBe(0);
    const brief = JSON.parse(io.out()) as { language: string; sentences: unknown[] };
    expect(brief.language).toBe('de');
    expect(brief.sentences.length).toBeGreaterThan(0);
    expect(languageDetectorLoaded()).toBe(false);
  });

  test('but when an article without a declared language is analysed', () => {
    expect(analyseArticle(article(), normaliseAnalyseOptions({})).language).toBe('de');
    expect(languageDetectorLoaded()).toBe(true);
  });
});
