/**
 * Quotation spans: the same spans as the first (quadratic) version on random texts of quote marks, letters,
 * spaces and line breaks, and work that grows linearly with nested or unclosed quotes (counted, not timed).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteSpans, type QuoteSpan } from '../../src/compare/quote-spans.js';
import { countCharacterSteps } from '../support/steps.js';

/** The first version, kept as the reference: every new span checked against every span found before. */
function reference(text: string): QuoteSpan[] {
  const pairs = [
    ['„', '“'],
    ['„', '”'],
    ['»', '«'],
    ['«', '»'],
    ['‚', '‘'],
    ['“', '”'],
  ] as const;
  const out: QuoteSpan[] = [];
  const overlaps = (a: number, b: number): boolean => out.some((s) => a <= s.close && b >= s.open);
  for (const [open, close] of pairs) {
    for (let at = text.indexOf(open); at >= 0; at = text.indexOf(open, at + 1)) {
      const end = text.indexOf(close, at + 1);
      const newline = text.indexOf('\n', at);
      // A guillemet right after a letter, digit or closing mark closes a quotation; it opens none.
      const guillemet = open === '»' || open === '«';
      const opens = !guillemet || at === 0 || !/[\p{L}\p{N}.,;:!?…)\]'’]/u.test(text.charAt(at - 1));
      if (end > at && (newline < 0 || end < newline) && opens && !overlaps(at, end))
        out.push({ open: at, close: end });
    }
  }
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const marks: number[] = [];
    for (let i = line.indexOf('"'); i >= 0; i = line.indexOf('"', i + 1)) marks.push(lineStart + i);
    for (let i = 0; i + 1 < marks.length; i += 2) {
      const a = marks[i] as number;
      const b = marks[i + 1] as number;
      if (!overlaps(a, b)) out.push({ open: a, close: b });
    }
    lineStart += line.length + 1;
  }
  // A paragraph whose last opening mark is left unpaired runs on when the next paragraph opens with a mark.
  const openers = ['"', '„', '“', '»', '«', '‚'];
  const lines: { open: number; end: number }[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const open = offset + (line.length - line.replace(/^[ \t]+/u, '').length);
    if (open < offset + line.length) lines.push({ open, end: offset + line.length });
    offset += line.length + 1;
  }
  for (let i = 0; i + 1 < lines.length; i++) {
    const { open, end } = lines[i]!;
    if (!openers.includes(text.charAt(lines[i + 1]!.open))) continue;
    let mark = -1;
    for (let at = end - 1; at >= open && mark < 0; at--)
      if (openers.includes(text.charAt(at)) && !overlaps(at, at)) mark = at;
    if (mark < 0 || end - mark < 2 || (mark > open && !/[\s:]/u.test(text.charAt(mark - 1)))) continue;
    if (/["“”„»«]|''|’’/u.test(text.slice(mark + 1, end)) || overlaps(mark, end)) continue;
    out.push({ open: mark, close: end });
  }
  return out.sort((a, b) => a.open - b.open);
}

const PIECES = ['„', '“', '”', '»', '«', '‚', '‘', '"', '\n', 'a', ' ', 'Er sagte: '];

describe('quoteSpans', () => {
  it('finds the spans the first version found, on random texts', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }), (pieces) => {
        const text = pieces.join('');
        expect(quoteSpans(text)).toEqual(reference(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('quotes a paragraph that runs on into the next one to its end, as a quotation over several paragraphs is set', () => {
    const text =
      'Jane Doe said: "The first part is here.\n\n"The second part goes on.\n\n"The last part ends," she added.';
    expect(quoteSpans(text)).toEqual(reference(text));
    expect(quoteSpans(text).map((s) => text.slice(s.open + 1, s.close))).toEqual([
      'The first part is here.',
      'The second part goes on.',
      'The last part ends,',
    ]);
    // Not when the next paragraph opens without a mark, nor when the paragraph closes with two apostrophes.
    expect(quoteSpans('Jane Doe said: "The first part.\n\nThe reporter went on.')).toEqual([]);
    expect(quoteSpans('"We pay,\'\' she said.\n\n"We pay more," he said.').map((s) => s.open)).toEqual([22]);
  });

  it('pairs nested German quotes and leaves an unclosed one', () => {
    const text = '„Er sagte: »Sie meinte: ‚Ja‘.«“ und „offen';
    expect(quoteSpans(text)).toEqual(reference(text));
    expect(quoteSpans(text).map((s) => text.slice(s.open, s.close + 1))).toEqual([
      '„Er sagte: »Sie meinte: ‚Ja‘.«“',
    ]);
  });

  it('pairs two «…» quotations of one line, and two »…« ones, not the stretch between them', () => {
    const slices = (text: string): string[] => quoteSpans(text).map((s) => text.slice(s.open, s.close + 1));
    expect(
      slices('«Was letzte Nacht passiert ist, sollte nie passieren», sagte er. «Ich entschuldige mich.»'),
    ).toEqual(['«Was letzte Nacht passiert ist, sollte nie passieren»', '«Ich entschuldige mich.»']);
    expect(slices('»Das war gut«, sagte sie. »Wir machen weiter.«')).toEqual([
      '»Das war gut«',
      '»Wir machen weiter.«',
    ]);
    expect(slices('Er nannte es («völlig falsch») und ging.')).toEqual(['«völlig falsch»']);
  });

  it.each([
    ['nested, never closed', (n: number) => `${'„Er sagte: »Sie meinte: ‚'.repeat(n)}Ende.`],
    ['nested and closed', (n: number) => '„a »b ‚c ‘ d« e“ '.repeat(n)],
    ['openings before one line break', (n: number) => `${'„'.repeat(n)}\n“`],
    ['straight quotes', (n: number) => '"a" '.repeat(n)],
  ])('does work linear in the text: %s (n → 4n)', (_name, make) => {
    const n = 2000;
    const small = countCharacterSteps(() => void quoteSpans(make(n)));
    const large = countCharacterSteps(() => void quoteSpans(make(4 * n)));
    expect(large / small, `${String(small)} → ${String(large)} steps`).toBeLessThan(5);
  });
});
