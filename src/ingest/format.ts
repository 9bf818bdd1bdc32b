/** Pure format detection: by file extension, else by sniffing the content. */
import type { InputFormat } from '../core/types.js';

const EXTENSIONS: Readonly<Record<string, InputFormat>> = {
  txt: 'text',
  text: 'text',
  md: 'text',
  markdown: 'text',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  json: 'json',
  jsonl: 'json',
  ndjson: 'json',
};

/** Feed files (RSS, Atom, RDF); `.xml` counts when its root element is a feed's. */
const FEED_EXTENSIONS: ReadonlySet<string> = new Set(['rss', 'atom', 'rdf', 'xml']);

/** Extensions (without dot) a folder is searched for. */
export const KNOWN_EXTENSIONS: readonly string[] = [...Object.keys(EXTENSIONS), ...FEED_EXTENSIONS];

/** Whether a folder entry is read: a known document or feed extension. */
export function isKnownPath(path: string): boolean {
  const ext = extensionOf(path);
  return EXTENSIONS[ext] !== undefined || FEED_EXTENSIONS.has(ext);
}

/** `.rss`, `.atom`, `.rdf`, `.xml`: read as a feed (an error when it is not one). */
export function isFeedPath(path: string): boolean {
  return FEED_EXTENSIONS.has(extensionOf(path));
}

/** Lower-case extension of a path without the dot (`''` when there is none; `.bashrc` has none). */
export function extensionOf(path: string): string {
  const name = path.split(/[\\/]/u).pop() ?? '';
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

export function formatFromExtension(path: string): InputFormat | undefined {
  return EXTENSIONS[extensionOf(path)];
}

/** `.jsonl` / `.ndjson`: one JSON object per line. */
export function isJsonLinesPath(path: string): boolean {
  const ext = extensionOf(path);
  return ext === 'jsonl' || ext === 'ndjson';
}

/**
 * Where the document proper starts: after the leading prolog items — processing instructions (`<?…?>`; with
 * `xmlOnly`, one `<?xml…>` at most, first), comments (`<!--…-->`) and, with `declarations`, `<!…>` — each
 * followed by white space. Each item ends at its first closing mark; one pass (a regular expression with a repeated
 * lazy comment group backtracked exponentially over a head of many comments and no root).
 */
function afterProlog(head: string, rules: { xmlOnly: boolean; declarations: boolean }): number {
  const space = /\s*/uy;
  const skipSpace = (at: number): number => {
    space.lastIndex = at;
    space.exec(head);
    return space.lastIndex;
  };
  let pos = 0;
  if (rules.xmlOnly && /<\?xml/iuy.test(head)) {
    const end = head.indexOf('>', 5);
    if (end < 0) return 0;
    pos = skipSpace(end + 1);
  }
  for (;;) {
    let end = -1;
    if (head.startsWith('<!--', pos)) {
      const close = head.indexOf('-->', pos + 4);
      if (close >= 0) end = close + 3;
    } else if (!rules.xmlOnly && head.startsWith('<?', pos)) {
      const close = head.indexOf('?>', pos + 2);
      if (close >= 0) end = close + 2;
    } else if (rules.declarations && head.startsWith('<!', pos)) {
      const close = head.indexOf('>', pos + 2);
      if (close >= 0) end = close + 1;
    }
    if (end < 0) return pos;
    pos = skipSpace(end);
  }
}

/** An HTML page's first element after an optional `<?xml…>` and comments. */
const HTML_ROOT = /<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/iuy;

function htmlStart(head: string): boolean {
  HTML_ROOT.lastIndex = afterProlog(head, { xmlOnly: true, declarations: false });
  return HTML_ROOT.test(head);
}
const TAG =
  /<\/?(?:p|div|span|a|br|li|ul|h[1-6]|table|tr|td|script|style|meta|link|img|section|article|b|i|em|strong)\b[^>]*>/giu;
/** Tags per 1,000 characters above which content counts as HTML. */
const TAG_DENSITY = 5;

/** `{"…` or `{}` or `[{…` / `["…` / `[]` / `[1…` — not a Markdown line starting with a link `[Kim](…)`. */
const JSON_START = /^(?:\{\s*(?:"|\})|\[\s*(?:[{["\]\d-]|true|false|null))/u;

/** Content sniffing: leading `{`/`[` → json; a doctype / `<html>` or many tags → html; else text. */
export function sniffFormat(text: string): InputFormat {
  const head = text
    .slice(0, 8192)
    .replace(/^\uFEFF/u, '')
    .trimStart();
  if (JSON_START.test(head)) return 'json';
  if (htmlStart(head) || /<html[\s>]/iu.test(head.slice(0, 2048))) return 'html';
  const tags = head.match(TAG)?.length ?? 0;
  return tags >= 3 && (tags * 1000) / Math.max(head.length, 1) >= TAG_DENSITY ? 'html' : 'text';
}

/** The root element of an XML document is a feed's: `<rss>`, `<feed>`, `<rdf:RDF>` (any prefix). */
const FEED_ROOT = /<(?:[\w.-]+:)?(?:rss|feed|RDF)[\s>]/uy;
const JSON_FEED_VERSION = /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\/1/u;

/** Content sniffing for feeds: an XML root `rss` / `feed` / `rdf:RDF`, or a JSON Feed's `version` near the top. */
export function sniffFeed(text: string): boolean {
  const head = text
    .slice(0, 8192)
    .replace(/^\uFEFF/u, '')
    .trimStart();
  if (head.startsWith('<')) {
    FEED_ROOT.lastIndex = afterProlog(head, { xmlOnly: false, declarations: true });
    return FEED_ROOT.test(head);
  }
  return head.startsWith('{') && JSON_FEED_VERSION.test(head);
}

/** The format of one input: a forced format, else the extension, else the content. */
export function detectFormat(path: string | undefined, text: string, forced?: InputFormat): InputFormat {
  return forced ?? (path === undefined ? undefined : formatFromExtension(path)) ?? sniffFormat(text);
}
