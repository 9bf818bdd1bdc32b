/**
 * The headline of a page. A page states it several times: `og:title` and `twitter:title` (often a social-media
 * variant), the JSON-LD `headline` and `<title>` (often the search-engine variant, with the site's name), and the
 * headline it shows above the article. They differ in wording, in a kicker ("Ukraine-Krieg: …") and in site
 * tails. The rules, in order:
 *
 * 1. Each stated title without site and date tails (`splitTitle`), entities left in it decoded (`&quot;` in a
 *    JSON-LD string); one that is another with a separator and a tail before or after it ("X — Site") becomes the
 *    other; one cut short (an ellipsis, or white space ending a meta attribute) gives way to another that
 *    continues it.
 * 2. The first stated title the page also shows as a heading: an `<h1>`/`<h2>` or `itemprop="headline"`
 *    outside navigation, breadcrumbs, lists, asides and footers. A heading split in a kicker and a headline element
 *    matches as a whole, as "kicker: headline" and as the headline alone. `<meta name="title">` (the title the
 *    page names plainly, rarer) comes first here, then og, twitter, JSON-LD, `<title>`: a page whose heading shows
 *    a kicker and a headline and whose named title is "kicker: headline" keeps the kicker although its og:title
 *    drops it. In the other rules the named title comes last (one that only repeats the site's name, "Die
 *    FURCHE", must not win a vote or a tail).
 * 3. Else the text most of them agree on (the first `<h1>` votes too), ties in the order above.
 */
import { parseDocument, TEXT_NODE, isElement, tagOf, type DomDocument, type DomElement } from './dom.js';
import { cleanMetaText } from './meta.js';
import { splitTitle } from './html-title-tails.js';

/** Headings looked at, and characters read of each: a headline is near the top and short. */
export const MAX_HEADINGS = 60;
export const MAX_HEADING_CHARS = 600;

/** What the page states as its title, as found (before tails are cut). */
export interface TitleEvidence {
  /** `<meta name="title">`: the title the page names plainly, without a site tail (rarer than `og:title`). */
  readonly named?: string | undefined;
  readonly og?: string | undefined;
  readonly twitter?: string | undefined;
  readonly ld?: string | undefined;
  readonly titleTag?: string | undefined;
}

const ENTITY = /&(?:[a-z][a-z\d]*|#\d+|#x[\da-f]+);/iu;

/** `R&uuml;ckbau &quot;x&quot;` → `Rückbau "x"`: entities left in a string (JSON-LD written from HTML). */
export function decodeEntities(value: string): string {
  if (!ENTITY.test(value)) return value;
  const body = parseDocument(
    `<!doctype html><html><head></head><body><p>${value.replace(/</gu, '&lt;')}</p></body></html>`,
  ).body;
  return body?.textContent ?? value;
}

/** A comparison key: case, white space, soft hyphens, quotation-mark and dash styles do not matter. */
export function titleKey(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\u00ad/gu, '')
    .replace(/[„“”"«»‚‘’‹›']/gu, '"')
    .replace(/[–—]/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** A stated title cut short: an ellipsis at its end; a meta attribute also by trailing white space (an attribute
 * written with an unescaped quotation mark ends at it: `content="… und "royaler Besuch""`). */
function cutShort(raw: string, attribute: boolean): boolean {
  return /(?:…|\.\.\.)\s*$/u.test(raw) || (attribute && /\s$/u.test(raw));
}

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'picture',
  'img',
  'button',
  'figure',
]);

/** Levels of markup read inside a heading (a headline is a few spans deep). */
const MAX_HEADING_DEPTH = 20;

/** The inline text of an element (scripts, styles and pictures left out), at most `MAX_HEADING_CHARS`. */
function inlineText(el: DomElement): string {
  let out = '';
  const walk = (node: DomElement, depth: number): void => {
    const kids = node.childNodes;
    for (let i = 0; i < kids.length && out.length < MAX_HEADING_CHARS; i++) {
      const kid = kids[i];
      if (kid?.nodeType === TEXT_NODE)
        out += (kid.textContent ?? '').slice(0, MAX_HEADING_CHARS - out.length);
      else if (kid && isElement(kid) && !SKIP.has(tagOf(kid)) && depth < MAX_HEADING_DEPTH)
        walk(kid, depth + 1);
    }
  };
  walk(el, 0);
  return out.replace(/\s+/gu, ' ').trim();
}

const OFF_ARTICLE = new Set(['nav', 'footer', 'aside', 'li', 'menu']);

/** Inside navigation, a breadcrumb trail, a list, an aside or a footer. */
function offArticle(el: DomElement): boolean {
  for (let at: DomElement | null = el; at; at = at.parentElement) {
    if (OFF_ARTICLE.has(tagOf(at)) || at.getAttribute('role') === 'navigation') return true;
    if (/breadcrumb/iu.test(`${at.getAttribute('class') ?? ''} ${at.getAttribute('id') ?? ''}`)) return true;
  }
  return false;
}

const SEPARATOR_ONLY = /^[\s:|–—\-·•»]*$/u;

/**
 * The forms a heading can be quoted in: whole, and when it starts with a kicker element ("<span>Kicker</span>
 * <span>Headline</span>") also "kicker: headline" and the headline alone.
 */
function headingForms(el: DomElement): string[] {
  const forms = [inlineText(el)];
  const parts: string[] = [];
  let kickerIsElement = false;
  const kids = el.childNodes;
  for (let i = 0; i < kids.length; i++) {
    const kid = kids[i];
    if (kid === undefined || (isElement(kid) && SKIP.has(tagOf(kid)))) continue;
    const text = isElement(kid) ? inlineText(kid) : (kid.textContent ?? '').replace(/\s+/gu, ' ').trim();
    if (SEPARATOR_ONLY.test(text)) continue;
    if (parts.length === 0) kickerIsElement = isElement(kid);
    parts.push(text);
  }
  if (kickerIsElement && parts.length >= 2) {
    const kicker = (parts[0] ?? '').replace(/[\s:|–—-]+$/u, '');
    const headline = parts.slice(1).join(' ');
    forms.push(headline, `${kicker}: ${headline}`);
  }
  return forms;
}

/** Keys of the headings the page shows (see rule 2). */
function shownHeadings(doc: DomDocument): Set<string> {
  const keys = new Set<string>();
  const els = doc.querySelectorAll('h1, h2, [itemprop="headline"]');
  for (let i = 0; i < Math.min(els.length, MAX_HEADINGS); i++) {
    const el = els[i];
    if (!el || offArticle(el)) continue;
    for (const form of headingForms(el)) if (form !== '') keys.add(titleKey(form));
  }
  return keys;
}

interface Stated {
  readonly text: string;
  readonly date?: string;
}

const TAIL_MARK = /^ [|\-·•»/] /u;
const HEAD_MARK = / [|\-·•»/] $/u;

/** `long` is `short` with a site name or section before or after it: "X | Site", "Site - X" (keys compared). */
function withTail(long: string, short: string): boolean {
  if (long.length <= short.length || short === '') return false;
  if (long.startsWith(short)) return TAIL_MARK.test(long.slice(short.length));
  return long.endsWith(short) && HEAD_MARK.test(long.slice(0, long.length - short.length));
}

/**
 * Rule 1: each stated title cleaned; one that is another with a tail the site list did not know ("… — Klub
 * Jagielloński", "SimplyScience - Wie entsteht Erdöl?") becomes the other; then one cut short becomes a longer one
 * that continues it.
 */
function statedTitles(
  evidence: TitleEvidence,
  sites: readonly (string | undefined)[],
): (Stated | undefined)[] {
  const raw = [evidence.og, evidence.twitter, evidence.ld, evidence.titleTag, evidence.named];
  /** Which of them are meta attributes (can be cut at an unescaped quotation mark). */
  const attribute = [true, true, false, false, true];
  const cleaned = raw.map((r): Stated | undefined => {
    const text = cleanMetaText(r === undefined ? undefined : decodeEntities(r));
    if (text === undefined) return undefined;
    const split = splitTitle(text, sites);
    return split.title === undefined
      ? undefined
      : { text: split.title, ...(split.date ? { date: split.date } : {}) };
  });
  const keys = cleaned.map((s) => (s === undefined ? '' : titleKey(s.text)));
  const untailed = cleaned.map((s, i) => {
    const other = keys.findIndex((k) => withTail(keys[i] ?? '', k));
    const shorter = cleaned[other];
    return s === undefined || shorter === undefined ? s : { ...s, text: shorter.text };
  });
  return untailed.map((s, i) => {
    const r = raw[i];
    if (s === undefined || r === undefined || !cutShort(r, attribute[i] === true)) return s;
    const stem = titleKey(s.text.replace(/(?:…|\.\.\.)$/u, ''));
    const longer = untailed.find((o) => o !== undefined && titleKey(o.text).startsWith(`${stem} `));
    return longer === undefined ? s : { ...s, text: longer.text };
  });
}

/** "Die Zeitung", "die-zeitung.de" → "diezeitung": a site name or host compared by its letters and digits. */
const siteKey = (value: string): string =>
  value
    .toLowerCase()
    .replace(/\.[a-z]{2,}$/u, '')
    .replace(/[^\p{L}\p{N}]/gu, '');

/** The page's headline and the date a title tail gave ("… | DW | 28.04.2023"). */
export function pageTitle(
  doc: DomDocument,
  evidence: TitleEvidence,
  sites: readonly (string | undefined)[],
): { title: string | undefined; date?: string } {
  const stated = statedTitles(evidence, sites);
  // A named title that is only the site's name ("Die Zeitung", which a logo heading may show) names no article.
  const siteKeys = new Set(sites.filter((x): x is string => x !== undefined).map(siteKey));
  const named = stated[4] !== undefined && siteKeys.has(siteKey(stated[4].text)) ? undefined : stated[4];
  const date = stated.find((s) => s?.date !== undefined)?.date;
  const withDate = (title: string | undefined): { title: string | undefined; date?: string } =>
    date === undefined ? { title } : { title, date };
  const given = [...stated.slice(0, 4), named].filter((s): s is Stated => s !== undefined);
  if (given.length === 0) return withDate(undefined);
  const shown = shownHeadings(doc);
  const order = named === undefined ? given : [named, ...given.filter((s) => s !== named)];
  const seen = order.find((s) => shown.has(titleKey(s.text)));
  if (seen !== undefined) return withDate(seen.text);
  const h1 = doc.querySelector('h1');
  const voters = [...given.map((s) => s.text), ...(h1 ? [inlineText(h1)] : [])].map(titleKey);
  let best = given[0];
  let most = 0;
  for (const s of given) {
    const votes = voters.filter((v) => v === titleKey(s.text)).length;
    if (votes > most) {
      best = s;
      most = votes;
    }
  }
  return withDate(best?.text);
}
