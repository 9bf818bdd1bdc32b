/**
 * Pure repair of pages linkedom would mis-parse: when a page does not start with `<html>` (a PHP warning, a bare
 * `<head>`, a leading `<style>`), linkedom makes the first element the root and `<body>` comes out empty. The
 * page is rebuilt as `<!DOCTYPE html><html …><head>…</head><body …>…</body></html>`.
 */

const COMMENT = /<!--[\s\S]*?-->/gu;
const HTML_OPEN = /<html\b([^>]*)>/iu;
const HEAD = /<head\b[^>]*>([\s\S]*?)<\/head\s*>/iu;
const BODY_OPEN = /<body\b([^>]*)>/iu;
const SKELETON_TAGS = /<\/?(?:html|head|body)\b[^>]*>|<!doctype[^>]*>|<\?xml[^>]*\?>/giu;
/** Elements that belong in `<head>` and may stand before the body of a broken page. */
const HEAD_ELEMENTS =
  /<(?:title|style|script)\b[^>]*>[\s\S]*?<\/(?:title|style|script)\s*>|<(?:meta|link|base)\b[^>]*>/giu;

/** Text that stood before the page proper (e.g. a PHP warning), if any; for the record of what was dropped. */
export interface Repaired {
  readonly html: string;
  readonly preamble: string;
}

function bodyPart(src: string): { body: string; attrs: string; before: string } {
  const open = BODY_OPEN.exec(src);
  if (open) {
    const start = open.index + open[0].length;
    const close = src.toLowerCase().lastIndexOf('</body');
    return {
      body: src.slice(start, close > start ? close : src.length),
      attrs: open[1] ?? '',
      before: src.slice(0, open.index),
    };
  }
  const head = HEAD.exec(src);
  if (head)
    return {
      body: src.slice(head.index + head[0].length),
      attrs: '',
      before: src.slice(0, head.index + head[0].length),
    };
  return { body: src, attrs: '', before: '' };
}

/** Everything before `<html>`/`<head>`/`<body>` that is not markup (a PHP warning's text). */
function preambleOf(src: string): string {
  const first = src.search(/<(?:!doctype|html|head|body)\b/iu);
  if (first <= 0) return '';
  return src
    .slice(0, first)
    .replace(HEAD_ELEMENTS, ' ')
    .replace(/<[^>]*>/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Rebuilds a page into a well-formed skeleton (comments dropped; head elements outside `<head>` moved there). */
export function rebuildHtml(source: string): Repaired {
  const src = source.replace(COMMENT, '');
  const htmlAttrs = HTML_OPEN.exec(src)?.[1] ?? '';
  const { body, attrs, before } = bodyPart(src);
  const head = HEAD.exec(before)?.[1] ?? '';
  const strayHead = (before.replace(HEAD, '').match(HEAD_ELEMENTS) ?? []).join('');
  const cleanBody = body.replace(SKELETON_TAGS, '');
  const html = `<!DOCTYPE html><html${htmlAttrs}><head>${head}${strayHead}</head><body${attrs}>${cleanBody}</body></html>`;
  return { html, preamble: preambleOf(src) };
}
