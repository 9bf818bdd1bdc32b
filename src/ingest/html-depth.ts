/**
 * How deeply a page nests, found in one linear pass before the page is parsed. The HTML parser keeps a stack of
 * open elements and searches it for every tag that closes others, and the DOM and Readability walk up and down
 * it, so a page of 100 000 unclosed `<div>`s, `<table><tr><td>`s or `<body>`s costs time in the square of its
 * length (and overflows the stack). No news page nests more than a few hundred levels; a deeper one is refused
 * before the parser sees it.
 */

/** Open elements above which a page is not parsed. Real pages stay far below (a few dozen levels). */
export const MAX_HTML_DEPTH = 500;

/** Elements that have no end tag. */
const VOID: ReadonlySet<string> = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/**
 * Elements that the next one of their kind closes, so they pile up only as deep as the elements that contain them:
 * one open `<td>` per open `<table>` (a new cell closes the last one), one `<li>` per list, …. The bound is the
 * number of open containers plus one (the parser accepts one outside them). `<p>` never holds another.
 */
const CONTAINED: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ...['td', 'th', 'tr', 'tbody', 'thead', 'tfoot', 'caption', 'colgroup'].map(
    (name): [string, readonly string[]] => [name, ['table']],
  ),
  ['li', ['ul', 'ol', 'menu']],
  ['dt', ['dl']],
  ['dd', ['dl']],
  ['option', ['select', 'datalist']],
  ['optgroup', ['select', 'datalist']],
  ['rb', ['ruby']],
  ['rt', ['ruby']],
  ['rp', ['ruby']],
  ['p', []],
]);

/** Elements whose content is raw text up to their end tag. */
const RAW_TEXT: ReadonlySet<string> = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'plaintext']);

const NAME = /[A-Za-z][A-Za-z0-9:_-]*/y;

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** End of a start tag that begins at `from` (after its name): the `>` outside quoted attribute values. */
function tagEnd(html: string, from: number): number {
  for (let i = from; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (c === 62) return i; // >
    if (c === 34 || c === 39) {
      const close = html.indexOf(c === 34 ? '"' : "'", i + 1);
      if (close < 0) return html.length;
      i = close;
    }
  }
  return html.length;
}

/**
 * Whether more than `limit` elements are open at once anywhere in the page: start tags minus end tags of the same
 * name, without void elements and self-closed tags (`<x/>`), elements closed by their next sibling (`<td>`,
 * `<li>`, …) counted only as deep as their containers, `<p>` not at all. One pass over the text; stops as soon as
 * the limit is passed.
 */
export function nestsDeeperThan(html: string, limit = MAX_HTML_DEPTH): boolean {
  const open = new Map<string, number>();
  let depth = 0;
  let at = html.indexOf('<');
  while (at >= 0 && at < html.length - 1) {
    const next = html.charCodeAt(at + 1);
    let resume = at + 1;
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4);
      resume = end < 0 ? html.length : end + 3;
    } else if (next === 33 || next === 63) {
      // <!doctype …>, <![CDATA[…]]>, <?…?>
      const end = html.indexOf('>', at + 2);
      resume = end < 0 ? html.length : end + 1;
    } else if (next === 47 && isLetter(html.charCodeAt(at + 2))) {
      NAME.lastIndex = at + 2;
      const name = (NAME.exec(html)?.[0] ?? '').toLowerCase();
      const count = open.get(name) ?? 0;
      if (count > 0) {
        open.set(name, count - 1);
        depth--;
      }
      const end = html.indexOf('>', at + 2);
      resume = end < 0 ? html.length : end + 1;
    } else if (isLetter(next)) {
      NAME.lastIndex = at + 1;
      const name = (NAME.exec(html)?.[0] ?? '').toLowerCase();
      const end = tagEnd(html, at + 1 + name.length);
      resume = end + 1;
      if (RAW_TEXT.has(name)) {
        const close = new RegExp(`</${name}`, 'giu');
        close.lastIndex = resume;
        const found = close.exec(html);
        resume = found === null ? html.length : found.index;
      } else if (!VOID.has(name) && html.charCodeAt(end - 1) !== 47) {
        const count = open.get(name) ?? 0;
        const containers = CONTAINED.get(name);
        const bound =
          containers === undefined
            ? Infinity
            : containers.reduce((sum, c) => sum + (open.get(c) ?? 0), name === 'p' ? 0 : 1);
        if (count < bound) {
          open.set(name, count + 1);
          if (++depth > limit) return true;
        }
      }
    }
    at = html.indexOf('<', resume);
  }
  return false;
}
