/**
 * Markdown images `![alt](src)` and links `[text](href "title")` in one line, found in linear time. They match
 * exactly what `/!\[[^\]\n]*\]\([^)\n]*\)/gu` and `/\[([^\]\n]+)\]\([^)\s]*(?:\s+"[^"\n]*")?\)/gu` match (a test
 * compares them on random lines), but those patterns scan to the end of the line from every `[` that has no
 * match: a line of 100 000 `[` took a minute.
 */

/** The first position ≥ `from` whose character is in `stops` (or the line's length); monotone queries cached. */
function finder(line: string, stops: (c: string) => boolean): (from: number) => number {
  let asked = Infinity;
  let found = -1;
  return (from) => {
    if (from >= asked && from <= found) return found;
    let i = from;
    while (i < line.length && !stops(line.charAt(i))) i++;
    asked = from;
    found = i;
    return i;
  };
}

const SPACE = /\s/u;
const isSpace = (c: string): boolean => SPACE.test(c);

/** A span found: `[start, end)` and, for a link, its text. */
interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Replaces every span `next` finds, leftmost first, by `replace(span)`; `next(from)` finds the first at ≥ from. */
function replaceSpans(
  line: string,
  next: (from: number) => Span | undefined,
  replace: (span: Span) => string,
): string {
  let out = '';
  let at = 0;
  for (let span = next(0); span !== undefined; span = next(span.end)) {
    out += line.slice(at, span.start) + replace(span);
    at = span.end;
  }
  return at === 0 ? line : out + line.slice(at);
}

/** `![alt](src)`: replaced by what `replace` returns for the whole image text. */
export function replaceImages(line: string, replace: (image: string) => string): string {
  // most lines have none: no finders made for them
  if (!line.includes('![')) return line;
  const closeBracket = finder(line, (c) => c === ']' || c === '\n');
  const closeParen = finder(line, (c) => c === ')' || c === '\n');
  const next = (from: number): Span | undefined => {
    for (let i = line.indexOf('![', from); i >= 0;) {
      const j = closeBracket(i + 2);
      if (j >= line.length) return undefined;
      if (line.charAt(j) === ']' && line.charAt(j + 1) === '(') {
        const k = closeParen(j + 2);
        if (k >= line.length) return undefined;
        if (line.charAt(k) === ')') return { start: i, end: k + 1, text: line.slice(i, k + 1) };
      }
      // Every `![` before this `]` (or line break) ends at it and fails the same way.
      i = line.indexOf('![', j + 1);
    }
    return undefined;
  };
  return replaceSpans(line, next, (s) => replace(s.text));
}

/** `[text](href)` or `[text](href "title")`: replaced by its text. */
export function replaceLinks(line: string): string {
  // most lines have none: no finders made for them
  if (!line.includes('[')) return line;
  const closeBracket = finder(line, (c) => c === ']' || c === '\n');
  const hrefEnd = finder(line, (c) => c === ')' || isSpace(c));
  const spaceEnd = finder(line, (c) => !isSpace(c));
  const quoteEnd = finder(line, (c) => c === '"' || c === '\n');
  /** End of `(href "title")` when the `(` stands at `open`, else -1. */
  const tail = (open: number): number => {
    const q = hrefEnd(open + 1);
    if (q >= line.length) return -1;
    if (line.charAt(q) === ')') return q + 1;
    const r = spaceEnd(q);
    if (line.charAt(r) !== '"') return -1;
    const s = quoteEnd(r + 1);
    return line.charAt(s) === '"' && line.charAt(s + 1) === ')' ? s + 2 : -1;
  };
  const next = (from: number): Span | undefined => {
    for (let i = line.indexOf('[', from); i >= 0;) {
      const j = closeBracket(i + 1);
      if (j >= line.length) return undefined;
      if (line.charAt(j) === ']' && j > i + 1 && line.charAt(j + 1) === '(') {
        const end = tail(j + 1);
        if (end >= 0) return { start: i, end, text: line.slice(i + 1, j) };
      }
      // A `[` right before the `]` (empty text) fails alone; any other fails as every `[` before this `]` does.
      i = line.indexOf('[', j > i + 1 ? j + 1 : i + 1);
    }
    return undefined;
  };
  return replaceSpans(line, next, (s) => s.text);
}
