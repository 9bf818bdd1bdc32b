/** The linear Markdown image and link finders match exactly what the regular expressions they replace matched. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replaceImages, replaceLinks } from '../../src/ingest/markdown-spans.js';
import { countCharacterSteps } from '../support/steps.js';

const IMAGE = /!\[[^\]\n]*\]\([^)\n]*\)/gu;
const LINK = /\[([^\]\n]+)\]\([^)\s]*(?:\s+"[^"\n]*")?\)/gu;

/** Lines made of the characters the patterns care about, so matches and near-misses are frequent. */
const line = fc
  .array(fc.constantFrom('!', '[', ']', '(', ')', '"', ' ', '\t', '\n', 'a', 'b', 'ä', '!['), {
    maxLength: 40,
  })
  .map((parts) => parts.join(''));

describe('Markdown images and links in linear time', () => {
  it('replace what the regular expressions replaced', () => {
    fc.assert(
      fc.property(line, (text) => {
        const seen: string[] = [];
        const expected: string[] = [];
        expect(replaceImages(text, (image) => (seen.push(image), '#'))).toBe(
          text.replace(IMAGE, (image) => (expected.push(image), '#')),
        );
        expect(seen).toEqual(expected);
        expect(replaceLinks(text)).toBe(text.replace(LINK, '$1'));
      }),
      { numRuns: 3000 },
    );
    expect(replaceLinks('Siehe [die Meldung](https://e.org/a "Titel") und [x](y).')).toBe(
      'Siehe die Meldung und x.',
    );
    expect(replaceImages('a ![Bild](b.png) c', () => '')).toBe('a  c');
  });

  it('a line of 100 000 "[" or "![" costs work linear in its length', () => {
    for (const unit of ['[', '![', '[x](', '![a](']) {
      const atN = countCharacterSteps(() => replaceLinks(replaceImages(unit.repeat(5000), () => '')));
      const at4n = countCharacterSteps(() => replaceLinks(replaceImages(unit.repeat(20_000), () => '')));
      expect(at4n / atN, unit).toBeLessThan(6);
    }
  });
});
