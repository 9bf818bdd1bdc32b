/**
 * Pure repair of pages linkedom would mis-parse: when a page does not start with `<html>` (a PHP warning, a bare
 * `<head>`, a leading `<style>`), linkedom makes the first element the root and `<body>` comes out empty. The
 * page is rebuilt as `<!DOCTYPE html><html …><head>…</head><body …>…</body></html>`.
 */

import { nextOf } from '../core/next-of.js';
import {
  elementMatches,
  nextMatch,
  replaceBetween,
  replaceTags,
  tagMatches,
  withoutRanges,
} from './markup-scan.js';

// Every scan is linear (src/ingest/markup-scan.ts); the regular expression each one stands for is named.
/** `<html\b([^>]*)>`: the attributes of the first `<html>` tag. */
function htmlAttrs(src: string): string {
  const [tag] = tagMatches(src, '<html\\b', 'iu');
  return tag === undefined ? '' : src.slice(tag.index + '<html'.length, tag.end - 1);
}

/** `<body\b([^>]*)>`: the first `<body>` tag and its attributes. */
function bodyOpen(src: string): { index: number; end: number; attrs: string } | undefined {
  const [tag] = tagMatches(src, '<body\\b', 'iu');
  return tag === undefined
    ? undefined
    : { ...tag, attrs: src.slice(tag.index + '<body'.length, tag.end - 1) };
}

/** `<head\b[^>]*>([\s\S]*?)<\/head\s*>`: the first head element. */
function headElement(src: string): { index: number; end: number; inner: string } | undefined {
  const [head] = elementMatches(src, '<head\\b', '<\\/head\\s*>', { flags: 'iu', first: true });
  return head === undefined ? undefined : { index: head.index, end: head.end, inner: head.inner ?? '' };
}

/**
 * Elements that belong in `<head>` and may stand before the body of a broken page:
 * `<(?:title|style|script)\b[^>]*>[\s\S]*?<\/(?:title|style|script)\s*>|<(?:meta|link|base)\b[^>]*>` (gi).
 */
function headElements(src: string): { index: number; end: number }[] {
  const pattern = /<(?:(title|style|script)|meta|link|base)\b/giu;
  const nextGt = nextOf(src, '>');
  const nextClose = nextMatch(src, /<\/(?:title|style|script)\s*>/giu);
  const out: { index: number; end: number }[] = [];
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(src)) !== null) {
    const gt = nextGt(m.index + m[0].length);
    // no `>` after this start: none after a later one either
    if (gt < 0) break;
    let end = gt + 1;
    if (m[1] !== undefined) {
      const close = nextClose(gt + 1);
      if (close === undefined) {
        pattern.lastIndex = m.index + 1;
        continue;
      }
      end = close.end;
    }
    out.push({ index: m.index, end });
    pattern.lastIndex = end;
  }
  return out;
}

/** `<\/?(?:html|head|body)\b[^>]*>|<!doctype[^>]*>|<\?xml[^>]*\?>` (gi): the page's skeleton tags. */
function withoutSkeleton(src: string): string {
  const tags = tagMatches(src, '<(?:\\/?(?:html|head|body)\\b|!doctype|\\?xml)', 'iu', (m, gt) => {
    if (!m[0].startsWith('<?')) return true;
    return gt - 1 >= m.index + m[0].length && src.charCodeAt(gt - 1) === 0x3f;
  });
  return withoutRanges(src, tags);
}

/** Text that stood before the page proper (e.g. a PHP warning), if any; for the record of what was dropped. */
export interface Repaired {
  readonly html: string;
  readonly preamble: string;
}

function bodyPart(src: string): { body: string; attrs: string; before: string } {
  const open = bodyOpen(src);
  if (open) {
    const close = src.toLowerCase().lastIndexOf('</body');
    return {
      body: src.slice(open.end, close > open.end ? close : src.length),
      attrs: open.attrs,
      before: src.slice(0, open.index),
    };
  }
  const head = headElement(src);
  if (head) return { body: src.slice(head.end), attrs: '', before: src.slice(0, head.end) };
  return { body: src, attrs: '', before: '' };
}

/** Everything before `<html>`/`<head>`/`<body>` that is not markup (a PHP warning's text). */
function preambleOf(src: string): string {
  const first = src.search(/<(?:!doctype|html|head|body)\b/iu);
  if (first <= 0) return '';
  const before = src.slice(0, first);
  return replaceTags(withoutRanges(before, headElements(before), ' '), ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Rebuilds a page into a well-formed skeleton (comments dropped; head elements outside `<head>` moved there). */
export function rebuildHtml(source: string): Repaired {
  const src = replaceBetween(source, '<!--', '-->');
  const { body, attrs, before } = bodyPart(src);
  const headOfBefore = headElement(before);
  const head = headOfBefore?.inner ?? '';
  const outside = headOfBefore === undefined ? before : withoutRanges(before, [headOfBefore]);
  const strayHead = headElements(outside)
    .map((m) => outside.slice(m.index, m.end))
    .join('');
  const cleanBody = withoutSkeleton(body);
  const html = `<!DOCTYPE html><html${htmlAttrs(src)}><head>${head}${strayHead}</head><body${attrs}>${cleanBody}</body></html>`;
  return { html, preamble: preambleOf(src) };
}
