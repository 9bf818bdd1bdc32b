/**
 * Pure link-density pruning of the extracted content: blocks whose text is (almost) all link text are lists of
 * related articles, tag lists, "read more" and "all press releases" links, not article prose. A heading left
 * standing right before such a block ("Mehr zum Thema", "Weiterführende Links") goes with it.
 */
import { tagOf, type DomElement } from './dom.js';

/** Blocks judged on their own. */
const BLOCKS = 'p, ul, ol, dl, h1, h2, h3, h4, h5, h6, table, div';
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Share of a block's text inside links above which it is a link block. */
export const MAX_LINK_DENSITY = 0.8;

const squash = (text: string | null): number => (text ?? '').replace(/\s+/gu, '').length;

/** Share of the element's (non-space) text that stands inside `<a>` elements. */
export function linkDensity(el: DomElement): number {
  const total = squash(el.textContent);
  if (total === 0) return 0;
  let linked = 0;
  const links = el.querySelectorAll('a');
  for (let i = 0; i < links.length; i++) linked += squash(links[i]?.textContent ?? '');
  return Math.min(1, linked / total);
}

function isLinkBlock(el: DomElement): boolean {
  const tag = tagOf(el);
  if (tag === 'div' && el.querySelector('p, div, ul, ol, table') !== null) return false;
  return squash(el.textContent) > 0 && linkDensity(el) > MAX_LINK_DENSITY;
}

/** Removes link blocks (and a heading right before one) below `root`; returns how many blocks went. */
export function removeLinkBlocks(root: DomElement): number {
  const all = root.querySelectorAll(BLOCKS);
  const doomed: DomElement[] = [];
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    if (!el || !isLinkBlock(el)) continue;
    doomed.push(el);
    const before = el.previousElementSibling;
    if (before && HEADINGS.has(tagOf(before)) && !doomed.includes(before)) doomed.push(before);
  }
  for (const el of doomed) el.remove();
  return doomed.length;
}
