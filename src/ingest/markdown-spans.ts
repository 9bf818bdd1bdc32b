/**
 * Markdown spans of one line read in linear time: images, links, a heading's text and strong emphasis. Images
 * `![alt](src)` and links `[text](href "title")` match exactly what `/!\[[^\]\n]*\]\([^)\n]*\)/gu` and
 * `/\[([^\]\n]+)\]\([^)\s]*(?:\s+"[^"\n]*")?\)/gu` match (a test compares them on random lines), but those
 * patterns scan to the end of the line from every `[` that has no match: a line of 100 000 `[` took a minute.
 */
import { runStartBefore } from '../core/trim.js';

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

/** One white-space character (what `\s` matches): the readers here are loops, not patterns. */
const SPACE = /^\s$/u;
const isSpace = (c: string | undefined): boolean => c !== undefined && SPACE.test(c);

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

/** Characters `.` does not match: a heading's text stops before them. */
const LINE_BREAKS = /[\n\r\u2028\u2029]/u;
const LINE_BREAK_AT = new RegExp(LINE_BREAKS.source, 'gu');

/**
 * The text of an ATX heading line ("## Title ##" → "Title"), or undefined: what
 * `/^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/u` captures, read in one pass. That pattern tried its closing hashes after
 * every character of the text, quadratic in a run of spaces (a 64 000-character line: 7 s).
 */
export function headingText(line: string): string | undefined {
  let i = 0;
  while (i < 3 && isSpace(line[i])) i++;
  let hashes = 0;
  while (line[i + hashes] === '#') hashes++;
  if (hashes < 1 || hashes > 6) return undefined;
  i += hashes;
  if (!isSpace(line[i])) return undefined;
  while (isSpace(line[i])) i++;
  // The text ends before trailing white space, and before a closing run of hashes that white space sets off.
  let end = runStartBefore(line, line.length, isSpace, i);
  const close = runStartBefore(line, end, (c) => c === '#', i);
  if (close < end && close > i && isSpace(line[close - 1])) end = runStartBefore(line, close, isSpace, i);
  const text = line.slice(i, end);
  return LINE_BREAKS.test(text) ? undefined : text;
}

/** Where each `**` / `__` stands that could close a strong span: after a character that is no white space. */
function closers(line: string, mark: string): number[] {
  const out: number[] = [];
  for (let q = line.indexOf(mark, 1); q >= 0; q = line.indexOf(mark, q + 1))
    if (!isSpace(line[q - 1])) out.push(q);
  return out;
}

/**
 * Strong emphasis (`**text**`, `__text__`) replaced by its text, in one pass: what
 * `line.replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/gu, '$2')` gives. That pattern looked for the closing mark from every
 * opening one to the end of the line, quadratic in a line of marks that never close ("**a " repeated: 128 KB, 7 s);
 * here each opening mark takes the nearest closing one after it from a list read once (a pointer that only moves
 * on), and a line break (which `.` does not cross) ends the search.
 */
export function withoutStrong(line: string): string {
  if (!line.includes('**') && !line.includes('__')) return line;
  const lists = { '**': closers(line, '**'), __: closers(line, '__') };
  const next = { '**': 0, __: 0 };
  let breakAt = -1;
  let out = '';
  let copied = 0;
  let p = 0;
  while (p + 1 < line.length) {
    const mark = line.startsWith('**', p) ? '**' : line.startsWith('__', p) ? '__' : undefined;
    const first = line[p + 2];
    if (mark === undefined || first === undefined || isSpace(first)) {
      p++;
      continue;
    }
    if (breakAt < p + 2) {
      LINE_BREAK_AT.lastIndex = p + 2;
      breakAt = LINE_BREAK_AT.test(line) ? LINE_BREAK_AT.lastIndex - 1 : line.length;
    }
    const list = lists[mark];
    let k = next[mark];
    while (k < list.length && (list[k] as number) < p + 3) k++;
    next[mark] = k;
    const q = list[k];
    if (q === undefined || q > breakAt) {
      p++;
      continue;
    }
    out += line.slice(copied, p) + line.slice(p + 2, q);
    copied = q + 2;
    p = q + 2;
  }
  return copied === 0 ? line : out + line.slice(copied);
}
