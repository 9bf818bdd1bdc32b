/** Quotation spans in a cleaned text: German „…“ ‚…‘ »…« «…», English “…”, and straight "…" paired per line. */

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

function overlaps(spans: readonly QuoteSpan[], a: number, b: number): boolean {
  return spans.some((s) => a <= s.close && b >= s.open);
}

/** Typographic pairs: the opening mark and the next closing mark on the same line. */
function typographic(text: string, out: QuoteSpan[]): void {
  for (const [open, close] of PAIRS) {
    let at = text.indexOf(open);
    while (at >= 0) {
      const end = text.indexOf(close, at + 1);
      const newline = text.indexOf('\n', at);
      if (end > at && (newline < 0 || end < newline) && !overlaps(out, at, end))
        out.push({ open: at, close: end });
      at = text.indexOf(open, at + 1);
    }
  }
}

/** Straight quotes: paired in order within one line; an odd one out is left unpaired. */
function straight(text: string, out: QuoteSpan[]): void {
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const marks: number[] = [];
    for (let i = line.indexOf('"'); i >= 0; i = line.indexOf('"', i + 1)) marks.push(lineStart + i);
    for (let i = 0; i + 1 < marks.length; i += 2) {
      const a = marks[i] as number;
      const b = marks[i + 1] as number;
      if (!overlaps(out, a, b)) out.push({ open: a, close: b });
    }
    lineStart += line.length + 1;
  }
}

export function quoteSpans(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  typographic(text, out);
  straight(text, out);
  return out.sort((a, b) => a.open - b.open);
}
