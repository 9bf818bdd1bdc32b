import { describe, expect, test } from 'vitest';
import { detectLanguage } from '../../src/analyse/index.js';

describe('detectLanguage', () => {
  test.each([
    ['Am Donnerstag treffen sich Kim und Putin in Wladiwostok.', 'de'],
    ['Das ist nur der erste Schritt, verkündete er.', 'de'],
    ['The two leaders met on Thursday in Vladivostok.', 'en'],
    ['This is only the first step, he said.', 'en'],
    ['Les deux dirigeants se sont rencontrés jeudi à Vladivostok.', 'fr'],
    ['Ceci est une phrase courte.', 'fr'],
  ])('%s → %s', (text, code) => {
    expect(detectLanguage(text)).toBe(code);
  });

  test('too short or no letters: und', () => {
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('Hallo')).toBe('und');
    expect(detectLanguage('12.04.2019 – 10 000 / 34')).toBe('und');
  });

  test('an allowed list restricts the answer', () => {
    const german = 'Am Donnerstag treffen sich Kim und Putin in Wladiwostok zu ihrem ersten Gipfel.';
    expect(detectLanguage(german, ['de', 'en'])).toBe('de');
    expect(detectLanguage(german, ['fr', 'en'])).toBe('und');
  });

  test('looks at a sample of long texts only', () => {
    const long = 'Am Donnerstag treffen sich Kim und Putin in Wladiwostok. '.repeat(2000);
    const started = performance.now();
    expect(detectLanguage(long)).toBe('de');
    expect(performance.now() - started).toBeLessThan(200);
  });
});
