import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headingText, withoutStrong } from '../../src/ingest/markdown-spans.js';
import { parseText } from '../../src/ingest/index.js';

/** The pattern `headingText` replaces (quadratic in a run of white space), kept here to compare against. */
const HEADING = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/u;
const byPattern = (line: string): string | undefined => {
  const m = HEADING.exec(line);
  return m ? (m[1] ?? '') : undefined;
};

describe('headingText: the text of a Markdown heading line in one pass', () => {
  it('reads headings as the pattern did', () => {
    expect(headingText('# Kim und Putin treffen sich')).toBe('Kim und Putin treffen sich');
    expect(headingText('  ## Hintergrund ##  ')).toBe('Hintergrund');
    expect(headingText('### Gipfel in Wladiwostok #3')).toBe('Gipfel in Wladiwostok #3');
    expect(headingText('## C# und F#')).toBe('C# und F#');
    expect(headingText('# ###')).toBe('###');
    expect(headingText('#   ')).toBe('');
    expect(headingText('####### sieben')).toBeUndefined();
    expect(headingText('    # eingerückt')).toBeUndefined();
    expect(headingText('#Hashtag')).toBeUndefined();
    expect(headingText('# a\rb')).toBeUndefined();
  });

  it('gives what the pattern gives on any line of spaces, hashes, letters and breaks (property)', () => {
    const unit = fc.constantFrom(' ', '#', 'a', 'ä', '\t', '\r', '\n', '\u00a0', '\u2028');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 24 }), (line) => {
        expect(headingText(line)).toBe(byPattern(line));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads a heading with a 200 000-space run to its end (the pattern took 7 s at 64 000)', () => {
    const line = `# Titel${' '.repeat(200_000)}Ende`;
    expect(headingText(line)).toBe(`Titel${' '.repeat(200_000)}Ende`);
    expect(parseText(`${line}\nEin Satz.`).text.startsWith('Titel')).toBe(true);
  });
});

/** The pattern `withoutStrong` replaces (quadratic in a line of marks that never close). */
const STRONG = /(\*\*|__)(?=\S)(.+?)(?<=\S)\1/gu;

describe('withoutStrong: strong emphasis replaced by its text in one pass', () => {
  it('takes the marks off as the pattern did', () => {
    expect(withoutStrong('Der **Gipfel** endet __ohne__ Ergebnis')).toBe('Der Gipfel endet ohne Ergebnis');
    expect(withoutStrong('***fett*** und ** nicht** und **a**b**')).toBe('*fett* und ** nicht** und ab**');
    expect(withoutStrong('**über\nzwei Zeilen**')).toBe('**über\nzwei Zeilen**');
    expect(withoutStrong('nichts zu tun')).toBe('nichts zu tun');
  });

  it('gives what the pattern gives on any line of marks, spaces, letters, surrogates and breaks (property)', () => {
    const unit = fc.constantFrom('*', '_', ' ', 'a', '\n', '\u2028', '\u{1F600}', '\uD800', '\t');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 24 }), (line) => {
        expect(withoutStrong(line)).toBe(line.replace(STRONG, '$2'));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads a line of 40 000 marks that never close, and one whose marks all close', () => {
    const open = '**a '.repeat(40_000);
    expect(withoutStrong(open)).toBe(open);
    expect(withoutStrong('**a** '.repeat(40_000))).toBe('a '.repeat(40_000));
  });
});
