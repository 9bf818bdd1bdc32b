/**
 * Character classes on UTF-16 code units, without allocating: an ASCII fast path and a lazily filled table for
 * the rest of the Basic Multilingual Plane. Surrogate halves count as nothing; callers that care about astral
 * letters look at code points themselves.
 */

const COMPUTED = 1;
const LETTER = 2; // \p{L} or \p{M}
const UPPER = 4; // \p{Lu} or \p{Lt}
const LOWER = 8; // \p{Ll}
const DIGIT = 16; // \p{Nd}
const NUMBER = 32; // any \p{N}

const table = new Uint8Array(0x10000);

const RE_LETTER = /[\p{L}\p{M}]/u;
const RE_UPPER = /[\p{Lu}\p{Lt}]/u;
const RE_LOWER = /\p{Ll}/u;
const RE_DIGIT = /\p{Nd}/u;
const RE_NUMBER = /\p{N}/u;

function classify(code: number): number {
  let flags = table[code] ?? 0;
  if (flags !== 0) return flags;
  flags = COMPUTED;
  if (code < 0xd800 || code > 0xdfff) {
    const ch = String.fromCharCode(code);
    if (RE_LETTER.test(ch)) flags |= LETTER;
    if (RE_UPPER.test(ch)) flags |= UPPER;
    if (RE_LOWER.test(ch)) flags |= LOWER;
    if (RE_DIGIT.test(ch)) flags |= DIGIT;
    if (RE_NUMBER.test(ch)) flags |= NUMBER;
  }
  table[code] = flags;
  return flags;
}

/** The whitespace `String.prototype.trim` removes (WhiteSpace and LineTerminator of ECMA-262). */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

export function isLetter(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return (classify(code) & LETTER) !== 0;
}

export function isUpper(code: number): boolean {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return (classify(code) & UPPER) !== 0;
}

export function isLower(code: number): boolean {
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return (classify(code) & LOWER) !== 0;
}

/** Decimal digit of any script. */
export function isDigit(code: number): boolean {
  if (code < 0x80) return code >= 0x30 && code <= 0x39;
  return (classify(code) & DIGIT) !== 0;
}

/** A letter, a mark or a number: what words are made of. */
export function isWordChar(code: number): boolean {
  if (code < 0x80)
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  return (classify(code) & (LETTER | NUMBER)) !== 0;
}

/** True when the text has a letter or a digit in `[start, end)`. */
export function hasWordChar(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isWordChar(text.charCodeAt(i))) return true;
  return false;
}
