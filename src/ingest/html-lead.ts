/**
 * Pure recovery of the lead paragraph: many pages put the standfirst ("teaser", "intro", "abstract", "deck")
 * in the article header, which Readability drops with the header. The last lead-marked block standing before
 * the extracted content in document order is put back in front of it, unless the content already holds it.
 */
import { DESCRIPTION_LEAD_LANGUAGES, LEAD_TOKENS } from '../lang/boilerplate-html.js';
import { TEXT_NODE, tagOf, type DomDocument, type DomElement } from './dom.js';
import { attributeTokens, isFurniture } from './html-boilerplate.js';
import { linkDensity } from './html-links.js';

const TOKENS = new Set(LEAD_TOKENS);
const TAGS = new Set(['p', 'div', 'h2', 'h3', 'h4', 'span', 'section', 'strong', 'header', 'hgroup']);
const MIN_CHARS = 40;
const MAX_CHARS = 1500;

export const normaliseText = (text: string | null): string => (text ?? '').replace(/\s+/gu, ' ').trim();

/** A text without the ellipsis at its end and the white space before it (by slicing: a pattern was quadratic). */
function withoutEllipsis(text: string): string {
  if (text.endsWith('…')) return text.slice(0, -1).trimEnd();
  if (text.endsWith('...')) return text.slice(0, -3).trimEnd();
  return text;
}

/** A `data-*` value that names a role (`data-manual="teaserText"`), not text or a number. */
const ROLE_VALUE = /^[A-Za-z][\w-]{0,39}$/u;

function leadMarked(el: DomElement): boolean {
  for (const attr of ['class', 'id']) {
    const value = el.getAttribute(attr);
    if (value !== null && attributeTokens(value).some((t) => TOKENS.has(t))) return true;
  }
  for (const name of el.getAttributeNames()) {
    if (!name.startsWith('data-')) continue;
    const value = el.getAttribute(name) ?? '';
    if (ROLE_VALUE.test(value) && attributeTokens(value).some((t) => TOKENS.has(t))) return true;
  }
  return false;
}

function insideFurniture(el: DomElement): boolean {
  for (let e: DomElement | null = el; e !== null; e = e.parentElement) {
    const tag = tagOf(e);
    if (tag === 'body') return false;
    if (tag === 'a' || isFurniture(e)) return true;
  }
  return false;
}

/** A page's lead candidates in document order, found before Readability changes the DOM. */
export interface LeadIndex {
  /** Every body element's position in document order. */
  readonly order: Map<DomElement, number>;
  readonly candidates: readonly { readonly at: number; readonly text: string }[];
}

/**
 * The text of a lead block. An intro container marked as a whole (`<header data-area="intro">`) holds the kicker
 * and headline, the standfirst and a date or audio widget: its standfirst is the longest block in it that holds
 * no heading.
 */
function leadText(el: DomElement): string {
  if (el.querySelector('h2, h3') === null) return normaliseText(el.textContent);
  let best = '';
  const blocks = el.querySelectorAll('p, div');
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (!block || block.querySelector('h2, h3') !== null) continue;
    const text = normaliseText(block.textContent);
    if (text.length > best.length) best = text;
  }
  return best;
}

/** Characters of a page description sought in the text nodes of the page (where a block may repeat it). */
const PROBE_CHARS = 30;
/** Characters a block repeating the description may hold beyond it (a dateline: "Berlin. "). */
const DESCRIPTION_SLACK = 60;
const NOT_SHOWN = new Set(['script', 'style', 'noscript', 'template', 'textarea']);

/** The page's descriptions (`description`, `og:description`, `twitter:description`) long enough to be a lead. */
export function pageDescriptions(doc: DomDocument): string[] {
  const out: string[] = [];
  for (const selector of [
    'meta[name="description"]',
    'meta[property="og:description"]',
    'meta[name="twitter:description"]',
  ]) {
    const text = normaliseText(doc.querySelector(selector)?.getAttribute('content') ?? null);
    const stem = withoutEllipsis(text);
    if (stem.length >= MIN_CHARS && !out.includes(stem)) out.push(stem);
  }
  return out;
}

/**
 * The descriptions a page in `language` may show as its standfirst (`DESCRIPTION_LEAD_LANGUAGES`: German, where
 * the Vorspann belongs to the article); none in other languages or when the page states no language.
 */
export function descriptionLeads(doc: DomDocument, language: string | undefined): string[] {
  const code = language?.toLowerCase().split(/[-_]/u)[0];
  return code !== undefined && DESCRIPTION_LEAD_LANGUAGES.includes(code) ? pageDescriptions(doc) : [];
}

/** Whether one of `el`'s own text nodes holds `probe`. */
function ownTextHolds(el: DomElement, probe: string): boolean {
  const kids = el.childNodes;
  for (let i = 0; i < kids.length; i++) {
    const kid = kids[i];
    if (kid?.nodeType === TEXT_NODE && normaliseText(kid.textContent).includes(probe)) return true;
  }
  return false;
}

/**
 * The block around `el` that shows a page description as the standfirst: the largest ancestor with no other
 * heading in it and not much more text than the description ("Berlin." before it), when it holds the description
 * (its first 120 characters; the meta tag may cut it).
 */
function describedBlock(el: DomElement, description: string): { el: DomElement; text: string } | undefined {
  const limit = description.length + DESCRIPTION_SLACK;
  let block = el;
  let text = normaliseText(el.textContent);
  for (let up = el.parentElement; up !== null && tagOf(up) !== 'body'; up = up.parentElement) {
    if (up.querySelector('h1, h2, h3, ul, ol, table') !== null) break;
    const upText = normaliseText(up.textContent);
    if (upText.length > limit) break;
    block = up;
    text = upText;
  }
  return text.length <= limit && text.includes(description.slice(0, 120)) ? { el: block, text } : undefined;
}

/**
 * Lead candidates: blocks marked as a lead (`LEAD_TOKENS` in a class, id or data-* role) and the block that shows
 * one of the page's `descriptions` (the standfirst under the headline, often unmarked: an `<h2>` after the
 * `<h1>`, a `<div>` after the heading group), in document order.
 */
export function indexLeads(body: DomElement, descriptions: readonly string[] = []): LeadIndex {
  const order = new Map<DomElement, number>();
  const candidates: { at: number; text: string }[] = [];
  const probes = descriptions.map((d) => d.slice(0, PROBE_CHARS));
  let described = false;
  const all = body.querySelectorAll('*');
  const add = (el: DomElement, at: number, text: string): void => {
    if (text.length < MIN_CHARS || text.length > MAX_CHARS) return;
    if (el.querySelector('h1, ul, ol, table, figure, img') !== null || linkDensity(el) > 0.3) return;
    if (insideFurniture(el)) return;
    candidates.push({ at, text });
  };
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    if (!el) continue;
    order.set(el, i);
    const tag = tagOf(el);
    if (!described && !NOT_SHOWN.has(tag)) {
      const which = probes.findIndex((p) => ownTextHolds(el, p));
      const block = which < 0 ? undefined : describedBlock(el, descriptions[which] ?? '');
      if (block !== undefined) {
        described = true;
        add(block.el, order.get(block.el) ?? i, block.text);
      }
    }
    if (!TAGS.has(tag) || !leadMarked(el)) continue;
    add(el, i, leadText(el));
  }
  candidates.sort((a, b) => a.at - b.at);
  return { order, candidates };
}

/** Where the content starts in the page: the position of its first element with text (Infinity: unknown). */
export function contentStart(index: LeadIndex, content: DomElement): number {
  const all = content.querySelectorAll('*');
  for (let i = 0; i < all.length; i++) {
    const at = all[i] ? index.order.get(all[i]!) : undefined;
    if (at !== undefined && normaliseText(all[i]!.textContent) !== '') return at;
  }
  return Infinity;
}

/**
 * The lead to put before `content`'s text, if one stood before it and the content lacks it; `start` is where
 * the content starts (`contentStart`, taken before parts of the content were removed).
 */
export function missingLead(
  index: LeadIndex,
  content: DomElement,
  contentText: string,
  start = contentStart(index, content),
): string | undefined {
  if (index.candidates.length === 0) return undefined;
  let lead: string | undefined;
  for (const c of index.candidates) if (c.at < start) lead = c.text;
  if (lead === undefined) return undefined;
  const flat = normaliseText(contentText);
  return flat.includes(lead) || flat.includes(lead.slice(0, 60)) ? undefined : lead;
}
