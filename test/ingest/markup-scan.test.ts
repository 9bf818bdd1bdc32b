/**
 * The linear markup scans (src/ingest/markup-scan.ts) give what the regular expressions they replace gave, on
 * random texts made of the pieces those expressions look for; and `rebuildHtml` gives what its first (regex)
 * version gave. Their work grows linearly with the hostile inputs that made the regexes quadratic (counted).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rebuildHtml } from '../../src/ingest/html-repair.js';
import {
  elementMatches,
  replaceBetween,
  replaceTags,
  withoutXmlDeclarations,
} from '../../src/ingest/markup-scan.js';
import { countCharacterSteps } from '../support/steps.js';

/* The first version of src/ingest/html-repair.ts, kept as the reference. */
const COMMENT = /<!--[\s\S]*?-->/gu;
const HTML_OPEN = /<html\b([^>]*)>/iu;
const HEAD = /<head\b[^>]*>([\s\S]*?)<\/head\s*>/iu;
const BODY_OPEN = /<body\b([^>]*)>/iu;
const SKELETON_TAGS = /<\/?(?:html|head|body)\b[^>]*>|<!doctype[^>]*>|<\?xml[^>]*\?>/giu;
/** Elements that belong in `<head>` and may stand before the body of a broken page. */
const HEAD_ELEMENTS =
  /<(?:title|style|script)\b[^>]*>[\s\S]*?<\/(?:title|style|script)\s*>|<(?:meta|link|base)\b[^>]*>/giu;

/** Text that stood before the page proper (e.g. a PHP warning), if any; for the record of what was dropped. */
interface Repaired {
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
function referenceRebuild(source: string): Repaired {
  const src = source.replace(COMMENT, '');
  const htmlAttrs = HTML_OPEN.exec(src)?.[1] ?? '';
  const { body, attrs, before } = bodyPart(src);
  const head = HEAD.exec(before)?.[1] ?? '';
  const strayHead = (before.replace(HEAD, '').match(HEAD_ELEMENTS) ?? []).join('');
  const cleanBody = body.replace(SKELETON_TAGS, '');
  const html = `<!DOCTYPE html><html${htmlAttrs}><head>${head}${strayHead}</head><body${attrs}>${cleanBody}</body></html>`;
  return { html, preamble: preambleOf(src) };
}

const XML = [
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<?',
  '?>',
  '<!',
  '[',
  '<',
  '>',
  '/>',
  '<item',
  '<item>',
  '</item>',
  '</ item>',
  '</item >',
  '<rss:item ',
  '</rss:item>',
  '<entry>',
  'x',
  ' ',
  '=',
  '\n',
  '<items>',
];
const HTML = [
  '<html lang="de">',
  '<html',
  '<HEAD>',
  '<head>',
  '</head>',
  '</head >',
  '<body class="a">',
  '<body',
  '</body>',
  '<title>',
  '</title>',
  '<script>',
  '</SCRIPT>',
  '<style',
  '<meta a="1">',
  '<meta',
  '<link>',
  '<base',
  '<!--',
  '-->',
  '<!doctype html>',
  '<?xml v?>',
  '<?xml',
  '?>',
  '>',
  '<',
  '/',
  'Text ',
  'PHP Warning ',
  '\n',
  '<p>',
];

const texts = (pieces: readonly string[]) =>
  fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(''));

describe('the linear markup scans give what their regular expressions gave', () => {
  it('comments and CDATA sections', () => {
    fc.assert(
      fc.property(texts(XML), (text) => {
        const by = (inner: string) => (inner.trim() === '' ? '' : 'x');
        expect(replaceBetween(text, '<![CDATA[', ']]>', by)).toBe(
          text.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/gu, (_, inner: string) => by(inner)),
        );
        expect(replaceBetween(text, '<!--', '-->')).toBe(text.replace(/<!--[\s\S]*?-->/gu, ''));
        expect(replaceTags(text, ' ')).toBe(text.replace(/<[^>]*>/gu, ' '));
      }),
      { numRuns: 1500 },
    );
  });

  it('declarations of an XML text', () => {
    fc.assert(
      fc.property(texts(XML), (text) => {
        expect(withoutXmlDeclarations(text)).toBe(
          text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<![^[>]*>/gu, ''),
        );
      }),
      { numRuns: 1500 },
    );
  });

  it('the items of a feed', () => {
    fc.assert(
      fc.property(texts(XML), fc.constantFrom('item', 'entry'), (text, tag) => {
        const element = new RegExp(
          `<(?:[\\w.-]+:)?${tag}\\b[^>]*?(?:/>|>([\\s\\S]*?)</(?:[\\w.-]+:)?${tag}\\s*>)`,
          'gu',
        );
        const found = elementMatches(text, `<(?:[\\w.-]+:)?${tag}\\b`, `</(?:[\\w.-]+:)?${tag}\\s*>`, {
          selfClosing: true,
        });
        expect(found.map((m) => [m.index, m.end, m.inner])).toEqual(
          Array.from(text.matchAll(element), (m) => [m.index, m.index + m[0].length, m[1]]),
        );
      }),
      { numRuns: 1500 },
    );
  });

  it('rebuildHtml', () => {
    fc.assert(
      fc.property(texts(HTML), (text) => {
        expect(rebuildHtml(text)).toEqual(referenceRebuild(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the markup scans do work linear in the input (n → 4n)', () => {
  const cases: [string, (n: number) => unknown][] = [
    ['unclosed comments (rebuildHtml)', (n) => rebuildHtml(`<p>x</p>${'<!--'.repeat(n)}`)],
    ['titles that never close (rebuildHtml)', (n) => rebuildHtml(`${'<title>'.repeat(n)}<body>x`)],
    ['many < before <html> (rebuildHtml)', (n) => rebuildHtml(`x${'<'.repeat(n)}<html>`)],
    ['<html with no > (rebuildHtml)', (n) => rebuildHtml('<p>x</p><html '.repeat(n))],
    ['heads that never close (rebuildHtml)', (n) => rebuildHtml(`${'<head>'.repeat(n)}<p>x`)],
    ['unclosed CDATA sections', (n) => replaceBetween('<![CDATA['.repeat(n), '<![CDATA[', ']]>')],
    [
      'items that never close',
      (n) => elementMatches(`${'<item>'.repeat(n)}<item/>`, '<item\\b', '</item\\s*>', { selfClosing: true }),
    ],
    ['unclosed processing instructions', (n) => withoutXmlDeclarations(`${'<?'.repeat(n)}<rss>`)],
    ['declarations that never end', (n) => withoutXmlDeclarations(`${'<!x'.repeat(n)}<rss>`)],
  ];
  it.each(cases)('%s', (_name, run) => {
    const n = 2000;
    const small = countCharacterSteps(() => void run(n));
    const large = countCharacterSteps(() => void run(4 * n));
    expect(large / small, `${String(small)} → ${String(large)} steps`).toBeLessThan(5);
  });
});
