import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endingPattern, endsInTitle } from '../../src/compare/context.js';
import { rulesFor } from '../../src/lang/index.js';

describe('title endings (endsInTitle)', () => {
  it('finds a title ending after at least three characters, as the pattern of the endings does', () => {
    const endings = ['präsident', 'chef', 'minister'];
    expect(endsInTitle('verfassungsschutzpräsident', endings)).toBe(true);
    expect(endsInTitle('abcchef', endings)).toBe(true);
    expect(endsInTitle('abchef', endings)).toBe(false);
    expect(endsInTitle('chef', endings)).toBe(false);
    expect(endsInTitle('chefin', endings)).toBe(false);
    expect(endsInTitle('anything', [])).toBe(false);
    // three code points before the ending, one of them outside the Basic Multilingual Plane (two UTF-16 units)
    expect(endsInTitle('a\u{1d400}bchef', endings)).toBe(true);
    expect(endsInTitle('\u{1d400}\u{1d401}chef', endings)).toBe(false);
  });

  it('property: the same as the pattern for every language table and any word made of table endings and letters', () => {
    for (const code of ['de', 'en']) {
      const rules = rulesFor(code).compare;
      const endings = rules.entities.titleEndings;
      const pattern = endingPattern(endings, 3);
      const part = fc.oneof(
        fc.constantFrom(...(endings.length > 0 ? endings : ['x'])),
        fc.constantFrom('a', 'ä', 'ß', '-', '\u{1d400}', 'chef'),
      );
      fc.assert(
        fc.property(fc.array(part, { maxLength: 5 }), (parts) => {
          const word = parts.join('');
          expect(endsInTitle(word, endings)).toBe(pattern.test(word));
        }),
        { numRuns: 400, seed: 11 },
      );
    }
  });
});
