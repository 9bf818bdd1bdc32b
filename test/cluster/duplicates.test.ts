import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseForKey, textKey } from '../../src/cluster/duplicates.js';

/** The definition the fast normalisation must match. */
function reference(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

describe('textKey', () => {
  it('ignores case, punctuation and spacing, not words', () => {
    expect(normaliseForKey('  Die Elbe steigt — 7,10 m!\n\nPirna: Évacuation. ')).toBe(
      'die elbe steigt 7 10 m pirna évacuation',
    );
    expect(textKey('Die Elbe steigt.')).toBe(textKey('die  ELBE\nsteigt'));
    expect(textKey('Die Elbe steigt.')).not.toBe(textKey('Die Elbe fällt.'));
    expect(textKey(' … ')).toBe('');
  });

  it('normalises as `[^\\p{L}\\p{N}]+` → space and trim would, in every script (property)', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary' }),
      fc.string({
        unit: fc.constantFrom('a', 'Ä', 'ß', 'İ', '中', '𠀀', '𝟘', ' ', '.', '\n', '\ud800', '٣'),
      }),
    );
    fc.assert(
      fc.property(text, (s) => {
        expect(normaliseForKey(s)).toBe(reference(s));
        const normal = reference(s);
        expect(textKey(s)).toBe(normal === '' ? '' : createHash('sha1').update(normal).digest('hex'));
      }),
      { numRuns: 500 },
    );
  });
});
