/**
 * Pure byte → text decoding: byte-order marks, UTF-8 validity, declared HTML charsets, windows-1252 fallback,
 * and the refusal of binary and empty inputs.
 */
import { ok, type Result } from '../core/result.js';

export interface DecodeHint {
  /** A charset declared outside the bytes (e.g. an HTTP header); it wins over a sniffed `<meta charset>`. */
  readonly declaredCharset?: string;
}

export interface Decoded {
  readonly text: string;
  /** WHATWG name of the encoding used: `utf-8`, `utf-16le`, `utf-16be`, `windows-1252`, … */
  readonly encoding: string;
}

/** The bytes could not be read as text; `problem` is the reason (the caller knows the file). */
export interface DecodeFailure {
  readonly ok: false;
  readonly problem: string;
}

/** A `Result` whose problem is the reason alone (the caller adds the file). */
export type DecodeResult = Result<Decoded, string>;

export const BINARY_ERROR = 'binary file (not text)';
export const EMPTY_ERROR = 'empty file';

/** How many leading bytes are looked at for `<meta charset>` and for binary detection. */
const SNIFF_BYTES = 4096;
const BINARY_SAMPLE = 8192;
/** Share of control characters (other than tab, newlines, form feed, escape) above which bytes count as binary. */
const MAX_CONTROL_SHARE = 0.1;

export function isDecodeFailure(result: DecodeResult): result is DecodeFailure {
  return !result.ok;
}

const refused = (problem: string): DecodeFailure => ({ ok: false, problem });

/** windows-1252 characters for 0x80–0x9F (undefined positions map to the C1 control, as WHATWG does). */
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/** Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1 (0x80–0x9F come out as C1 controls). */
function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let at = 0; at < bytes.length; at += CHUNK) {
    const codes = Array.from(bytes.subarray(at, at + CHUNK), (b) =>
      b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b,
    );
    out += String.fromCharCode(...codes);
  }
  return out;
}

function decodeWith(label: string, bytes: Uint8Array, fatal = false): string {
  const decoder = new TextDecoder(label, { fatal, ignoreBOM: true });
  return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
}

/** Canonical WHATWG encoding name for a label, or undefined when the label is unknown. */
export function encodingName(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return undefined;
  }
}

function isControl(b: number): boolean {
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) || b === 0x7f;
}

/** NUL bytes or many control characters in the first bytes: not text (call only for non-UTF-16 input). */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, BINARY_SAMPLE);
  if (sample.length === 0) return false;
  if (sample.includes(0)) return true;
  let controls = 0;
  for (const b of sample) if (isControl(b)) controls++;
  return controls / sample.length > MAX_CONTROL_SHARE;
}

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/iu;

/** The charset a page declares in `<meta charset=…>` or `<meta http-equiv … content="…; charset=…">`. */
export function sniffDeclaredCharset(bytes: Uint8Array): string | undefined {
  const head = decodeWith('latin1', bytes.subarray(0, SNIFF_BYTES));
  return META_CHARSET.exec(head)?.[1]?.toLowerCase();
}

type Bom = { readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; readonly length: number };

function detectBom(bytes: Uint8Array): Bom | undefined {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** UTF-16 without a byte-order mark: ASCII-heavy text has a zero byte in every other position. */
function detectBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, BINARY_SAMPLE - (BINARY_SAMPLE % 2));
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 2) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZero++;
    if (sample[i + 1] === 0) oddZero++;
  }
  if (oddZero / pairs > 0.9 && evenZero === 0) return 'utf-16le';
  if (evenZero / pairs > 0.9 && oddZero === 0) return 'utf-16be';
  return undefined;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  if (encoding === 'utf-16le') return decodeWith('utf-16le', bytes);
  // Swap to little-endian ourselves: not every Node build ships the utf-16be decoder.
  const swapped = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1] ?? 0;
    swapped[i + 1] = bytes[i] ?? 0;
  }
  return decodeWith('utf-16le', swapped);
}

/** Picks the single-byte (or legacy) encoding for bytes that are not valid UTF-8. */
function legacyEncoding(declared: string | undefined): string {
  const name = declared === undefined ? undefined : encodingName(declared);
  if (name === undefined || name === 'utf-8' || name.startsWith('utf-16') || name === 'replacement') {
    return 'windows-1252';
  }
  return name;
}

/** The text if the bytes are valid UTF-8 (pure ASCII included, whatever a page declares), else undefined. */
function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return decodeWith('utf-8', bytes, true);
  } catch {
    return undefined;
  }
}

// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000E-\u001A\u001C-\u001F\u007F]/gu;

/** Decoded text that is mostly control characters (e.g. a binary file taken for BOM-less UTF-16). */
function textLooksBinary(text: string): boolean {
  const sample = text.slice(0, BINARY_SAMPLE);
  const controls = sample.match(CONTROL_CHARS)?.length ?? 0;
  return sample.includes('\u0000') || controls / Math.max(1, sample.length) > MAX_CONTROL_SHARE;
}

function finish(text: string, encoding: string): DecodeResult {
  const clean = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (clean.trim() === '') return refused(EMPTY_ERROR);
  if (textLooksBinary(clean)) return refused(BINARY_ERROR);
  return ok({ text: clean, encoding });
}

/**
 * Decodes the bytes of one input. BOMs decide first; then NUL bytes or control characters mean binary;
 * valid UTF-8 is UTF-8; otherwise a declared charset (the hint, else `<meta>` in the first 4 KB), else windows-1252.
 */
export function decodeBytes(bytes: Uint8Array, hint: DecodeHint = {}): DecodeResult {
  const bom = detectBom(bytes);
  if (bom) {
    const body = bytes.subarray(bom.length);
    const text = bom.encoding === 'utf-8' ? decodeWith('utf-8', body) : decodeUtf16(body, bom.encoding);
    return finish(text, bom.encoding);
  }
  if (bytes.length === 0) return refused(EMPTY_ERROR);
  const utf16 = detectBomlessUtf16(bytes);
  if (utf16) return finish(decodeUtf16(bytes, utf16), utf16);
  if (looksBinary(bytes)) return refused(BINARY_ERROR);
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) return finish(utf8, 'utf-8');
  const encoding = legacyEncoding(hint.declaredCharset ?? sniffDeclaredCharset(bytes));
  return finish(decodeWith(encoding, bytes), encoding);
}
