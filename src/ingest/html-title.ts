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
 *    A heading only screen readers get (`sr-only`, `screen-reader-text`, `visually-hidden`) is not shown. When
 *    no stated title is shown but one is, tails and all ("Frisch gebaut - Talbach auf der Baumesse"), the
 *    tail is part of the headline.
 * 3. Else the article's first `<h1>` as the eye reads it, when it reads as a headline (`articleH1`): the stated
 *    titles are search or social variants, or the site's own title.
 * 4. Else the text most of them agree on (the first `<h1>` votes too), ties in the order above.
 */
import { parseDocument, TEXT_NODE, isElement, tagOf, type DomDocument, type DomElement } from './dom.js';
import { cleanMetaText } from './meta.js';
import { splitTitle } from './html-title-tails.js';
import { withoutTrailing } from '../core/trim.js';

/** A kicker's trailing colons, bars, dashes and white space (cut by `withoutTrailing`: a pattern was quadratic). */
const KICKER_END = /[\s:|–—-]/u;
const isKickerEnd = (c: string): boolean => KICKER_END.test(c);

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

/** Classes that hide an element from the eye and leave it to screen readers. */
const SCREEN_READER_ONLY = /(?:^|\s)(?:sr-only|screen-reader-text|visually-?hidden|visuallyhidden)(?:\s|$)/iu;

const screenReaderOnly = (el: DomElement): boolean => SCREEN_READER_ONLY.test(el.getAttribute('class') ?? '');

/** Headings inside a heading: a line of their own (a byline under a headline), not a part of it. */
const INNER_HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * The inline text of an element (scripts, styles and pictures left out), at most `MAX_HEADING_CHARS`; `visible`:
 * also without what only screen readers get and without headings inside it.
 */
function inlineText(el: DomElement, visible = false): string {
  let out = '';
  const walk = (node: DomElement, depth: number): void => {
    const kids = node.childNodes;
    for (let i = 0; i < kids.length && out.length < MAX_HEADING_CHARS; i++) {
      const kid = kids[i];
      if (kid?.nodeType === TEXT_NODE)
        out += (kid.textContent ?? '').slice(0, MAX_HEADING_CHARS - out.length);
      else if (kid && isElement(kid) && !SKIP.has(tagOf(kid)) && depth < MAX_HEADING_DEPTH) {
        if (visible && (screenReaderOnly(kid) || INNER_HEADINGS.has(tagOf(kid)))) continue;
        // a space between elements: "<span>Kicker</span><span>Headline</span>" reads as two words
        if (visible) out += ' ';
        walk(kid, depth + 1);
      }
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
    const kicker = withoutTrailing(parts[0] ?? '', isKickerEnd);
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
    if (!el || offArticle(el) || screenReaderOnly(el)) continue;
    for (const form of headingForms(el)) if (form !== '') keys.add(titleKey(form));
  }
  return keys;
}

interface Stated {
  readonly text: string;
  readonly date?: string;
  /** As stated, tails not cut. */
  readonly whole?: string;
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
      : { text: split.title, whole: text, ...(split.date ? { date: split.date } : {}) };
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

/** Words a heading needs to be taken as the headline when no stated title is shown: fewer name a site or section. */
export const MIN_H1_WORDS = 4;

/**
 * Rule 3: no stated title is shown as a heading (they are search or social variants: "Brückenbau Talbach: So
 * hoch sind die Kosten" over a page headed "Wie teuer wird die neue Brücke in Talbach?", or the site's own title
 * on every page): the page's first `<h1>` outside navigation, lists, asides and footers, as the eye
 * reads it (a kicker element before the headline as "kicker: headline"), when it reads as a headline: at least
 * {@link MIN_H1_WORDS} words (fewer name a site or a section), not ending in a full stop (a sentence: an appeal, a
 * teaser), not the site's name. A stated title that is "Kicker: <h1>" is taken instead (the kicker stands above
 * the heading, as an overline).
 */
function articleH1(doc: DomDocument, siteKeys: ReadonlySet<string>): string | undefined {
  const els = doc.querySelectorAll('h1');
  for (let i = 0; i < Math.min(els.length, MAX_HEADINGS); i++) {
    const el = els[i];
    if (!el || offArticle(el) || screenReaderOnly(el)) continue;
    const parts: string[] = [];
    let kickerIsElement = false;
    const kids = el.childNodes;
    for (let k = 0; k < kids.length; k++) {
      const kid = kids[k];
      if (kid === undefined) continue;
      if (isElement(kid) && (SKIP.has(tagOf(kid)) || screenReaderOnly(kid) || INNER_HEADINGS.has(tagOf(kid))))
        continue;
      const text = isElement(kid)
        ? inlineText(kid, true)
        : (kid.textContent ?? '').replace(/\s+/gu, ' ').trim();
      if (SEPARATOR_ONLY.test(text)) continue;
      if (parts.length === 0) kickerIsElement = isElement(kid);
      parts.push(text);
    }
    const kicker = withoutTrailing(parts[0] ?? '', isKickerEnd);
    const text =
      kickerIsElement && parts.length >= 2 ? `${kicker}: ${parts.slice(1).join(' ')}` : inlineText(el, true);
    const words = text.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    return words < MIN_H1_WORDS || /[^.]\.$/u.test(text) || siteKeys.has(siteKey(text)) ? undefined : text;
  }
  return undefined;
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
  // What looked like a tail is part of the headline when the page shows the title whole as a heading.
  const whole = order.find((s) => s.whole !== undefined && shown.has(titleKey(s.whole)));
  if (whole?.whole !== undefined) return withDate(whole.whole);
  const h1 = doc.querySelector('h1');
  const headline = articleH1(doc, siteKeys);
  if (headline !== undefined) {
    // A stated "Kicker: <h1>" is the same headline with the kicker the page shows above it.
    const kicked = order.find((s) => titleKey(s.text).endsWith(`: ${titleKey(headline)}`));
    return withDate(kicked?.text ?? headline);
  }
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
