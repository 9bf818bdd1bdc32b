/** Runs of characters at the end of a text, read back from the end: what the anchored patterns they replace gave. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runStartBefore, withoutEdges, withoutTrailing } from '../../src/core/trim.js';
import { countCharacterSteps } from '../support/steps.js';

const EDGE = "-'’:| ";
const isEdge = (c: string): boolean => EDGE.includes(c) && c !== '';
const text = fc
  .array(fc.constantFrom('a', 'b', '-', "'", '’', ':', '|', ' '), { maxLength: 40 })
  .map((cs) => cs.join(''));

describe('core/trim', () => {
  it('withoutTrailing and withoutEdges give what /[…]+$/ and /^[…]+|[…]+$/g give (property)', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(withoutTrailing(t, isEdge)).toBe(t.replace(/[-'’:| ]+$/u, ''));
        expect(withoutEdges(t, isEdge)).toBe(t.replace(/^[-'’:| ]+|[-'’:| ]+$/gu, ''));
      }),
      { numRuns: 1000 },
    );
  });

  it('runStartBefore reads back from `to` and stops at `floor`', () => {
    expect(runStartBefore('ab--cd', 4, isEdge)).toBe(2);
    expect(runStartBefore('----', 4, isEdge, 1)).toBe(1);
    expect(runStartBefore('abc', 3, isEdge)).toBe(3);
  });

  it('reads a run that is not at the end once (linear, n → 4n)', () => {
    const make = (n: number): string => `${'-'.repeat(n)}x-`;
    const small = countCharacterSteps(() => void withoutTrailing(make(2000), isEdge));
    const large = countCharacterSteps(() => void withoutTrailing(make(8000), isEdge));
    expect(large / Math.max(1, small)).toBeLessThan(6);
  });
});
