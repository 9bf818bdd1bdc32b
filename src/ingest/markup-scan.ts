/**
 * Linear scans of markup for the few regular expressions of the feed and page readers that read to the end of the
 * input at every start position on hostile text (an unclosed comment or CDATA section repeated, many `<item>`s
 * or `<title>`s that never close, many `<` with no `>`). Each function gives what its regular expression (named
 * in its comment) gives, in one pass: a search that failed once is not made again from a later start, and the
 * next `>` or closing tag found is remembered while the start moves up to it.
 */

import { nextOf } from '../core/next-of.js';

export interface Found {
  readonly index: number;
  readonly end: number;
}

/** The next match of a global `pattern` at or after `from` (undefined: none), remembered like `nextOf`. */
export function nextMatch(text: string, pattern: RegExp): (from: number) => Found | undefined {
  let found: Found | undefined | null = null;
  let searchedFrom = 0;
  return (from) => {
    if (found === null || from < searchedFrom || (found !== undefined && found.index < from)) {
      pattern.lastIndex = from;
      const m = pattern.exec(text);
      found = m === null ? undefined : { index: m.index, end: m.index + m[0].length };
      searchedFrom = from;
    }
    return found;
  };
}

/** `text` with the given ranges (in order, not overlapping) replaced by `by(range)`. */
function splice<R extends Found>(text: string, ranges: readonly R[], by: (range: R) => string): string {
  // one string built by concatenation (a rope): no array of pieces, no object per range
  let out = '';
  let pos = 0;
  for (const r of ranges) {
    out += text.slice(pos, r.index) + by(r);
    pos = r.end;
  }
  return out + text.slice(pos);
}

/**
 * `text.replace(/<open>([\s\S]*?)<close>/gu, (_, inner) => by(inner))` for literal `open` and `close`
 * (`<!--`…`-->`, `<![CDATA[`…`]]>`).
 */
export function replaceBetween(
  text: string,
  open: string,
  close: string,
  by: (inner: string) => string = () => '',
): string {
  const ranges: (Found & { readonly by: string })[] = [];
  let pos = 0;
  for (;;) {
    const start = text.indexOf(open, pos);
    if (start < 0) break;
    const end = text.indexOf(close, start + open.length);
    // no closing mark after this opening: none after a later one either
    if (end < 0) break;
    ranges.push({ index: start, end: end + close.length, by: by(text.slice(start + open.length, end)) });
    pos = end + close.length;
  }
  return ranges.length === 0 ? text : splice(text, ranges, (r) => r.by);
}

/** `text.replace(/<[^>]*>/gu, by)`: tags (anything from `<` to the next `>`) replaced by `by`. */
export function replaceTags(text: string, by = ''): string {
  return replaceBetween(text, '<', '>', () => by);
}

/** A global, case-insensitive or not, pattern for the start of a tag (`<name\b`, `</name\b`, …). */
function starts(source: string, flags: string): RegExp {
  return new RegExp(source, flags.includes('g') ? flags : `${flags}g`);
}

/**
 * Matches of `<start>[^>]*>` (a tag from its start to the next `>`), in order: `start` is the source of a pattern
 * for the tag's beginning (`<html\b`). `keep(m, gt)` may refuse a match (e.g. `<?xml…?>` must end in `?>`).
 */
export function tagMatches(
  text: string,
  start: string,
  flags = 'u',
  keep: (m: RegExpExecArray, gt: number) => boolean = () => true,
): Found[] {
  const pattern = starts(start, flags);
  const nextGt = nextOf(text, '>');
  const out: Found[] = [];
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text)) !== null) {
    const gt = nextGt(m.index + m[0].length);
    // no `>` after this start: none after a later one either
    if (gt < 0) break;
    if (keep(m, gt)) {
      out.push({ index: m.index, end: gt + 1 });
      pattern.lastIndex = gt + 1;
    } else pattern.lastIndex = m.index + 1;
  }
  return out;
}

/** An element's match: the whole of it, and what stood between its tags (undefined when self-closed). */
export interface ElementMatch extends Found {
  readonly inner: string | undefined;
}

/**
 * Matches of `<start>[^>]*?(?:/>|>([\s\S]*?)<close>)` in order (`selfClosing`), or of
 * `<start>[^>]*>([\s\S]*?)<close>` (not): an element from its opening tag to the first closing tag after it.
 * `start` and `close` are pattern sources (`<(?:[\w.-]+:)?item\b`, `</(?:[\w.-]+:)?item\s*>`).
 */
export function elementMatches(
  text: string,
  start: string,
  close: string,
  options: { readonly flags?: string; readonly selfClosing?: boolean; readonly first?: boolean } = {},
): ElementMatch[] {
  const flags = options.flags ?? 'u';
  const pattern = starts(start, flags);
  const nextGt = nextOf(text, '>');
  const nextClose = nextMatch(text, starts(close, flags));
  const out: ElementMatch[] = [];
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text)) !== null) {
    const nameEnd = m.index + m[0].length;
    const gt = nextGt(nameEnd);
    if (gt < 0) break;
    if (options.selfClosing === true && gt - 1 >= nameEnd && text.charCodeAt(gt - 1) === 0x2f) {
      out.push({ index: m.index, end: gt + 1, inner: undefined });
    } else {
      const closing = nextClose(gt + 1);
      if (closing === undefined) {
        // this element never closes; a later one may close itself
        pattern.lastIndex = m.index + 1;
        continue;
      }
      out.push({ index: m.index, end: closing.end, inner: text.slice(gt + 1, closing.index) });
    }
    if (options.first === true) break;
    pattern.lastIndex = (out[out.length - 1] as ElementMatch).end;
  }
  return out;
}

/** `text` without the ranges (each replaced by `by`). */
export function withoutRanges(text: string, ranges: readonly Found[], by = ''): string {
  return ranges.length === 0 ? text : splice(text, ranges, () => by);
}

/**
 * `text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<![^[>]*>/gu, '')`: processing instructions, comments and
 * declarations (`<!DOCTYPE …>`, but not one with an internal subset `[`) taken out of an XML text.
 */
export function withoutXmlDeclarations(text: string): string {
  const nextPi = nextOf(text, '?>');
  const nextComment = nextOf(text, '-->');
  const nextGt = nextOf(text, '>');
  const nextBracket = nextOf(text, '[');
  const ranges: Found[] = [];
  let p = text.indexOf('<');
  while (p >= 0) {
    let end = -1;
    if (text.startsWith('<?', p)) {
      const close = nextPi(p + 2);
      if (close >= 0) end = close + 2;
    } else if (text.startsWith('<!', p)) {
      const comment = text.startsWith('<!--', p) ? nextComment(p + 4) : -1;
      if (comment >= 0) end = comment + 3;
      else {
        const gt = nextGt(p + 2);
        const bracket = nextBracket(p + 2);
        if (gt >= 0 && (bracket < 0 || gt < bracket)) end = gt + 1;
      }
    }
    if (end >= 0) ranges.push({ index: p, end });
    p = text.indexOf('<', end >= 0 ? end : p + 1);
  }
  return withoutRanges(text, ranges);
}
