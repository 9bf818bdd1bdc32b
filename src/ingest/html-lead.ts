/**
 * Pure recovery of the lead paragraph: many pages put the standfirst ("teaser", "intro", "abstract", "deck")
 * in the article header, which Readability drops with the header. The last lead-marked block standing before
 * the extracted content in document order is put back in front of it, unless the content already holds it.
 */
import { LEAD_TOKENS } from '../lang/boilerplate-html.js';
import { tagOf, type DomElement } from './dom.js';
import { attributeTokens, isFurniture } from './html-boilerplate.js';
import { linkDensity } from './html-links.js';

const TOKENS = new Set(LEAD_TOKENS);
const TAGS = new Set(['p', 'div', 'h2', 'h3', 'h4', 'span', 'section', 'strong', 'header', 'hgroup']);
const MIN_CHARS = 40;
const MAX_CHARS = 1500;

export const normaliseText = (text: string | null): string => (text ?? '').replace(/\s+/gu, ' ').trim();

function leadMarked(el: DomElement): boolean {
  for (const attr of ['class', 'id']) {
    const value = el.getAttribute(attr);
    if (value !== null && attributeTokens(value).some((t) => TOKENS.has(t))) return true;
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

export function indexLeads(body: DomElement): LeadIndex {
  const order = new Map<DomElement, number>();
  const candidates: { at: number; text: string }[] = [];
  const all = body.querySelectorAll('*');
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    if (!el) continue;
    order.set(el, i);
    if (!TAGS.has(tagOf(el)) || !leadMarked(el)) continue;
    const text = normaliseText(el.textContent);
    if (text.length < MIN_CHARS || text.length > MAX_CHARS) continue;
    if (el.querySelector('h1, ul, ol, table, figure, img') !== null || linkDensity(el) > 0.3) continue;
    if (insideFurniture(el)) continue;
    candidates.push({ at: i, text });
  }
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
