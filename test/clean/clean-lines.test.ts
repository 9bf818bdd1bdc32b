import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanDocument, cleanDocumentLines, normaliseCleanOptions, toLines } from '../../src/clean/index.js';
import type { SourceDocument } from '../../src/core/types.js';

const options = normaliseCleanOptions();

/** Lines a page carries: prose, a byline, a sign-off, navigation, a credit, a copyright line, blank lines. */
const POOL = [
  'Kim und Putin treffen sich in Wladiwostok',
  'Von André Ballin',
  'Der nordkoreanische Machthaber Kim Jong Un ist zu seinem ersten Gipfel mit Wladimir Putin eingetroffen.',
  'André Ballin aus Moskau',
  'Zum Hauptinhalt springen',
  'Foto: Alexey NIKOLSKY / SPUTNIK / AFP',
  '© SZ vom 26.04.2019',
  'Teilen',
  '',
  '   ',
  'Russia and North Korea agreed to talk again, officials said on Thursday.',
];

function doc(text: string): SourceDocument {
  return {
    id: 'd',
    format: 'text',
    text,
    meta: {},
    removed: [{ text: 'x', reason: 'script', rule: 'html' }],
  };
}

describe('cleanDocumentLines: cleanDocument on lines already split', () => {
  it('gives what cleanDocument gives for the same text and repeated lines', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...POOL), { maxLength: 12 }),
        fc.constantFrom('\n', '\r\n', '\n\n'),
        fc.subarray(['teilen', 'von andré ballin']),
        (lines, eol, repeats) => {
          const d = doc(lines.join(eol));
          const repeated = new Set(repeats);
          expect(cleanDocumentLines(d, toLines(d.text), options, repeated)).toEqual(
            cleanDocument(d, options, repeated),
          );
        },
      ),
    );
  });

  it('removes what the lines say, with the document’s own removals kept first', () => {
    const d = doc(
      ['Kim und Putin', '', 'Von André Ballin', '', 'Sie trafen sich am Donnerstag.', 'Teilen'].join('\n'),
    );
    const cleaned = cleanDocumentLines(d, toLines(d.text), options, new Set(['teilen']));
    expect(cleaned.text).toBe('Kim und Putin\n\nSie trafen sich am Donnerstag.');
    expect(cleaned.meta).toMatchObject({ author: 'André Ballin', title: 'Kim und Putin' });
    expect(cleaned.removed.map((r) => r.text)).toEqual(['x', 'Von André Ballin', 'Teilen']);
  });
});
