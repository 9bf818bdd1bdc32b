import { isLetter, isSpace } from './chars.js';

/**
 * Quotes and brackets paired inside one segment. A sentence end inside a pair is not an end unless the pair
 * closes right after it. Unpaired marks pair with nothing, so a stray quote never swallows the rest of the
 * paragraph; pairs longer than {@link MAX_ENCLOSURE} characters do not protect either.
 */
export interface Enclosure {
  /** Index of the opening mark. */
  readonly open: number;
  /** Index of the closing mark. */
  readonly close: number;
}

export const MAX_ENCLOSURE = 500;
/** Open marks a closing mark looks back over (bounds the work on pathological input such as `((((…]]]]`). */
const MAX_LOOKBACK = 16;

const ASCII_QUOTE = 0x22; // "
const LOW_DOUBLE = 0x201e; // „
const LEFT_DOUBLE = 0x201c; // “
const RIGHT_DOUBLE = 0x201d; // ”
const LOW_SINGLE = 0x201a; // ‚
const LEFT_SINGLE = 0x2018; // ‘
const RIGHT_SINGLE = 0x2019; // ’
const LEFT_GUILLEMET = 0xab; // «
const RIGHT_GUILLEMET = 0xbb; // »
const LEFT_SINGLE_GUILLEMET = 0x2039; // ‹
const RIGHT_SINGLE_GUILLEMET = 0x203a; // ›

/** For each closing mark, the opening marks it closes. */
const CLOSES: ReadonlyMap<number, readonly number[]> = new Map([
  [0x29, [0x28]], // ) (
  [0x5d, [0x5b]], // ] [
  [0x7d, [0x7b]], // } {
  [LEFT_DOUBLE, [LOW_DOUBLE]], // German „…“
  [RIGHT_DOUBLE, [LEFT_DOUBLE, LOW_DOUBLE]], // English “…”, sloppy German „…”
  [LEFT_SINGLE, [LOW_SINGLE]], // German ‚…‘
  [RIGHT_SINGLE, [LEFT_SINGLE, LOW_SINGLE]], // English ‘…’ (only when not an apostrophe)
  [LEFT_GUILLEMET, [RIGHT_GUILLEMET]], // German »…«
  [RIGHT_GUILLEMET, [LEFT_GUILLEMET]], // French «…»
  [LEFT_SINGLE_GUILLEMET, [RIGHT_SINGLE_GUILLEMET]],
  [RIGHT_SINGLE_GUILLEMET, [LEFT_SINGLE_GUILLEMET]],
]);

/** Marks that can open a pair (some only after a space: see {@link opensHere}). */
const OPENERS: ReadonlySet<number> = new Set([
  0x28,
  0x5b,
  0x7b,
  LOW_DOUBLE,
  LEFT_DOUBLE,
  LOW_SINGLE,
  LEFT_SINGLE,
  LEFT_GUILLEMET,
  RIGHT_GUILLEMET,
  LEFT_SINGLE_GUILLEMET,
  RIGHT_SINGLE_GUILLEMET,
]);

const MARKS: ReadonlySet<number> = new Set([ASCII_QUOTE, ...OPENERS, ...CLOSES.keys()]);

function isMark(code: number): boolean {
  if (code < 0x80)
    return (
      code === 0x22 ||
      code === 0x28 ||
      code === 0x29 ||
      code === 0x5b ||
      code === 0x5d ||
      code === 0x7b ||
      code === 0x7d
    );
  return MARKS.has(code);
}

/** Before an opening mark: the start, a space, a bracket, a dash, a slash or another opening mark. */
function openingContext(text: string, i: number, start: number): boolean {
  if (i <= start) return true;
  const c = text.charCodeAt(i - 1);
  return (
    isSpace(c) ||
    OPENERS.has(c) ||
    c === ASCII_QUOTE ||
    c === 0x2d ||
    c === 0x2013 ||
    c === 0x2014 ||
    c === 0x2f
  );
}

/** After a closing mark: the end, a space or punctuation. */
function closingContext(text: string, i: number, end: number): boolean {
  if (i + 1 >= end) return true;
  const c = text.charCodeAt(i + 1);
  return isSpace(c) || !isLetter(c);
}

function opensHere(text: string, i: number, start: number, code: number): boolean {
  if (code === LEFT_SINGLE || code === LEFT_DOUBLE) return openingContext(text, i, start);
  return OPENERS.has(code);
}

interface Open {
  readonly code: number;
  readonly at: number;
}

/** Finds the open mark `code` can close (searching down the stack); returns its stack index or -1. */
function closable(stack: readonly Open[], code: number, text: string, i: number, end: number): number {
  if (code === ASCII_QUOTE) {
    for (let k = stack.length - 1; k >= 0 && k >= stack.length - MAX_LOOKBACK; k--)
      if (stack[k]?.code === ASCII_QUOTE) return k;
    return -1;
  }
  const opens = CLOSES.get(code);
  if (!opens) return -1;
  if (code === RIGHT_SINGLE && !closingContext(text, i, end)) return -1; // an apostrophe: Kim’s
  for (let k = stack.length - 1; k >= 0 && k >= stack.length - MAX_LOOKBACK; k--) {
    const top = stack[k];
    if (top && opens.includes(top.code)) return k;
  }
  return -1;
}

/** Pairs the quotes and brackets of `text[start, end)`; the result is sorted by `open` and properly nested. */
export function findEnclosures(text: string, start: number, end: number): Enclosure[] {
  const stack: Open[] = [];
  const pairs: Enclosure[] = [];
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (!isMark(code)) continue;
    if (code === ASCII_QUOTE) {
      const opening = openingContext(text, i, start);
      const closing = closingContext(text, i, end);
      const k = closable(stack, code, text, i, end);
      if (k >= 0 && (!opening || closing)) {
        pairs.push({ open: stack[k]?.at ?? i, close: i });
        stack.length = k;
      } else if (opening && !closing) stack.push({ code, at: i });
      continue;
    }
    const k = closable(stack, code, text, i, end);
    if (k >= 0) {
      pairs.push({ open: stack[k]?.at ?? i, close: i });
      stack.length = k;
    } else if (opensHere(text, i, start, code)) stack.push({ code, at: i });
  }
  pairs.sort((a, b) => a.open - b.open);
  return pairs.filter((p) => p.close - p.open <= MAX_ENCLOSURE);
}
