import { describe, expect, it } from 'vitest';
import { lowerCase } from '../../src/core/lower-case.js';

describe('lowerCase', () => {
  it('is toLowerCase, and the same string when that is lower-case ASCII already', () => {
    for (const s of [
      '',
      'gipfel',
      'Gipfel',
      'KIM',
      'jong-un',
      'Übergang',
      'straße',
      'İstanbul',
      'ΟΔΟΣ',
      '50.000',
    ])
      expect(lowerCase(s)).toBe(s.toLowerCase());
    const word = 'treffen';
    expect(lowerCase(word)).toBe(word);
  });
});
