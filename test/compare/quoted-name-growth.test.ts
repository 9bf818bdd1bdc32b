/**
 * The story's analysis of an article of many quotations works in time linear in the article: at n and 4n sentences
 * it costs about 4× the character work (test/support/steps.ts), not 16×. It was 11×: the quoted-name filter of the
 * entity recognition (`insideQuotedName`) counted the quotation marks from the text's start for each mention, and
 * the parenthesised-quote rule (`parenthesised` in quotes.ts) copied the text up to each quote and after it.
 */
import { describe, expect, it } from 'vitest';
import { countCharacterSteps } from '../support/steps.js';
import { entityMentions } from './support.js';

/** Made-up sentences, each with a quoted name of three capitalised words and a known place. */
function text(n: number): string {
  const sentence = (i: number): string =>
    `Die Gruppe „Neue Mitte Nord${String(i % 7)}“ traf sich in Berlin mit dem Verein „Freunde Des Hafens“.`;
  return Array.from({ length: n }, (_, i) => sentence(i)).join(' ');
}

describe('an article of many quoted names and quotations', () => {
  it('keep the places and drop no part of a quoted name, with linear work', () => {
    const small = text(10);
    expect(entityMentions(small)).toContain('Berlin (place)');
    const n = 150;
    const atN = countCharacterSteps(() => void entityMentions(text(n)));
    const at4n = countCharacterSteps(() => void entityMentions(text(4 * n)));
    expect(at4n / atN, `${String(atN)} → ${String(at4n)} steps`).toBeLessThan(6);
  });
});
