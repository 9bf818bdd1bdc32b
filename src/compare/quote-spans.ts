/** Quotation spans in a cleaned text: German „…“ ‚…‘ »…« «…», English “…”, and straight "…" paired per line. */

import { nextOf } from '../core/next-of.js';
import { keptPer } from '../core/kept.js';
import { firstFrom } from '../core/ordered.js';

export interface QuoteSpan {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the closing mark. */
  readonly close: number;
}

const PAIRS: readonly (readonly [string, string])[] = [
  ['„', '“'],
  ['„', '”'],
  ['»', '«'],
  ['«', '»'],
  ['‚', '‘'],
  ['“', '”'],
];

/**
 * The spans found so far, which never overlap one another, and whether a new span would touch one: `covered`
 * marks each offset inside a span, and a Fenwick tree counts the spans opening at or before an offset. A span
 * [a, b] overlaps one of them exactly when `a` is covered or one opens in (a, b]: O(log n) a question, and
 * marking costs each offset once (the spans are disjoint), so n marks cost O(n log n) in all.
 */
class Spans {
  readonly list: QuoteSpan[] = [];
  private readonly covered: Uint8Array;
  private readonly opens: Int32Array;

  constructor(length: number) {
    this.covered = new Uint8Array(length + 1);
    this.opens = new Int32Array(length + 2);
  }

  /** Spans opening at offsets 0…at. */
  private opensUpTo(at: number): number {
    let sum = 0;
    for (let i = at + 1; i > 0; i -= i & -i) sum += this.opens[i] as number;
    return sum;
  }

  overlaps(a: number, b: number): boolean {
    return this.covered[a] === 1 || this.opensUpTo(b) - this.opensUpTo(a) > 0;
  }

  add(open: number, close: number): void {
    this.list.push({ open, close });
    this.covered.fill(1, open, close + 1);
    for (let i = open + 1; i < this.opens.length; i += i & -i) this.opens[i] = (this.opens[i] as number) + 1;
  }
}

/** Guillemets open a quotation one way in German (»…«) and the other in Swiss, Austrian and agency copy («…»). */
const GUILLEMETS = new Set(['»', '«']);
/** What a guillemet that closes a quotation stands right after: the quotation's last letter, digit or mark. */
const ENDS_QUOTE = /[\p{L}\p{N}.,;:!?…)\]'’]/u;

/**
 * A guillemet can open a quotation only at the start of a line or after a space, a bracket, a dash or another
 * quotation mark: in "«Das war gut», sagte er. «Wir …»" the » after "gut" closes the first quotation and does not
 * open a »…« one that would run to the next «.
 */
function mayOpen(text: string, at: number, mark: string): boolean {
  if (!GUILLEMETS.has(mark) || at === 0) return true;
  return !ENDS_QUOTE.test(text.charAt(at - 1));
}

/** Typographic pairs: the opening mark and the next closing mark on the same line. */
function typographic(text: string, out: Spans): void {
  for (const [open, close] of PAIRS) {
    const nextClose = nextOf(text, close);
    const nextNewline = nextOf(text, '\n');
    let at = text.indexOf(open);
    while (at >= 0) {
      const end = nextClose(at + 1);
      const newline = nextNewline(at);
      if (end > at && (newline < 0 || end < newline) && mayOpen(text, at, open) && !out.overlaps(at, end))
        out.add(at, end);
      at = text.indexOf(open, at + 1);
    }
  }
}

/**
 * Whether the spans are in order of their opening marks and each closes before the next opens (as `quoteSpans` makes
 * them, and any part of such a list): checked once per list.
 */
const inOrder = keptPer((quotes: readonly QuoteSpan[]): boolean => {
  for (let i = 1; i < quotes.length; i++)
    if ((quotes[i - 1] as QuoteSpan).close >= (quotes[i] as QuoteSpan).open) return false;
  return true;
});

/**
 * The index of the last span that opens before `offset`, or -1, in a list in order (binary search). The story's
 * passes ask this for every word, so a scan of the list per word was quadratic in an article of many quotes.
 */
export function lastOpeningBefore(quotes: readonly QuoteSpan[], offset: number): number {
  return firstFrom(quotes, offset, openOf) - 1;
}

const openOf = (q: QuoteSpan): number => q.open;

/** The last span that closes before `offset` (a binary search in a list in order and disjoint, else a scan). */
export function lastClosingBefore(quotes: readonly QuoteSpan[], offset: number): QuoteSpan | undefined {
  if (!inOrder(quotes)) return quotes.filter((q) => q.close < offset).at(-1);
  const at = lastOpeningBefore(quotes, offset);
  const q = quotes[at];
  return q !== undefined && q.close < offset ? q : quotes[at - 1];
}

/**
 * Whether an offset lies inside one of the quotations (between its marks, the marks not counted): a binary search
 * in a list in order and disjoint (`quoteSpans`), a scan of any other.
 */
export function insideQuote(quotes: readonly QuoteSpan[], offset: number): boolean {
  if (!inOrder(quotes)) return quotes.some((q) => offset > q.open && offset < q.close);
  const q = quotes[lastOpeningBefore(quotes, offset)];
  return q !== undefined && offset < q.close;
}

/** Straight quotes: paired in order within one line; an odd one out is left unpaired. */
function straight(text: string, out: Spans): void {
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const marks: number[] = [];
    for (let i = line.indexOf('"'); i >= 0; i = line.indexOf('"', i + 1)) marks.push(lineStart + i);
    for (let i = 0; i + 1 < marks.length; i += 2) {
      const a = marks[i] as number;
      const b = marks[i + 1] as number;
      if (!out.overlaps(a, b)) out.add(a, b);
    }
    lineStart += line.length + 1;
  }
}

/** A quotation mark (or two apostrophes) after a paragraph's opening mark: the paragraph's quotation may close there. */
const CLOSES_LATER = /["“”„»«]|''|’’/u;
/** Marks that open a quotation at the start of a paragraph (a straight one, or a typographic opening mark). */
const PARAGRAPH_OPENERS: ReadonlySet<string> = new Set(['"', '„', '“', '»', '«', '‚']);

/** Whether a character is a mark that opens a paragraph's quotation (one that may run on into the next paragraph). */
export const opensParagraphQuote = (char: string): boolean => PARAGRAPH_OPENERS.has(char);

/**
 * A quotation that runs over several paragraphs opens each of them with a mark and closes only the last ('X said:
 * "… prion disease. ¶ "The main caveats … ¶ "More research … side-effects."'): a paragraph whose last opening mark
 * was left unpaired, followed by a paragraph that opens with a mark, is quoted from that mark to its end (the span
 * closes at the line's end, where no mark stands). The last paragraph pairs its own marks.
 */
function continuedParagraphs(text: string, out: Spans): void {
  const lines: { open: number; end: number }[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const end = newline < 0 ? text.length : newline;
    let open = lineStart;
    while (open < end && (text.charAt(open) === ' ' || text.charAt(open) === '\t')) open++;
    if (open < end) lines.push({ open, end });
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  for (let i = 0; i + 1 < lines.length; i++) {
    const { open, end } = lines[i] as { open: number; end: number };
    if (!opensParagraphQuote(text.charAt((lines[i + 1] as { open: number }).open))) continue;
    // The paragraph's last opening mark that no pair took, at the line's start or after a space or a colon.
    let mark = -1;
    for (let at = end - 1; at >= open && mark < 0; at--)
      if (opensParagraphQuote(text.charAt(at)) && !out.overlaps(at, at)) mark = at;
    if (mark < 0 || end - mark < 2 || (mark > open && !/[\s:]/u.test(text.charAt(mark - 1)))) continue;
    // A paragraph that closes its quotation with a mark the pairs do not know ("… customers,'' she said.") is not
    // continued.
    if (CLOSES_LATER.test(text.slice(mark + 1, end)) || out.overlaps(mark, end)) continue;
    out.add(mark, end);
  }
}

export function quoteSpans(text: string): QuoteSpan[] {
  const out = new Spans(text.length);
  typographic(text, out);
  straight(text, out);
  continuedParagraphs(text, out);
  return out.list.sort((a, b) => a.open - b.open);
}
