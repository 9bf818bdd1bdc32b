import { describe, expect, test } from 'vitest';
import { detectLanguage } from '../../src/analyse/index.js';
import { detectionSample, SAMPLE_CHARS } from '../../src/analyse/language.js';
import { countCharacterSteps } from '../support/steps.js';

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

  test('looks at a sample of long texts only: the work stays flat as the text grows', () => {
    const sentence = 'Am Donnerstag treffen sich Kim und Putin in Wladiwostok. ';
    expect(detectLanguage(sentence)).toBe('de'); // eld loaded before counting
    const long = sentence.repeat(2000);
    const longer = sentence.repeat(4000);
    expect(detectionSample(long)).toHaveLength(SAMPLE_CHARS);
    let answers: string[] = [];
    const steps = countCharacterSteps(() => void (answers = [detectLanguage(long)]));
    const steps2 = countCharacterSteps(() => void answers.push(detectLanguage(longer)));
    expect(answers).toEqual(['de', 'de']);
    expect(steps2).toBe(steps);
    expect(steps).toBeLessThan(64 * SAMPLE_CHARS); // far below the 114 000 characters of `long`
  });
});
