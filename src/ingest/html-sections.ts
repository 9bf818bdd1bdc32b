/**
 * Pure recovery of an article split into sibling sections. Some pages set the article as a run of sibling
 * containers of one kind (same tag and class: a `div.con` per section, a stream layout per column block), each
 * holding a few paragraphs. Readability scores each section apart, takes the best one and joins its siblings
 * only above a fixed score, so a page of short sections loses all but one. The sections are indexed before
 * Readability changes the DOM; when the content it took is (or lies directly inside) one of them, the other
 * sections of the run that hold prose, and those standing between them (a section heading), are read from a
 * fresh parse of the page and put before and after the content in document order.
 */
import { isElement, parseDocument, tagOf, type DomElement } from './dom.js';
import { isFurniture, removeFurniture, removeMediaBoxes } from './html-boilerplate.js';
import { blockText } from './html-blocks.js';
import { linkDensity, removeLinkBlocks } from './html-links.js';

/** Container tags a section may have. */
const SECTION_TAGS = new Set(['div', 'section', 'article']);
/** A paragraph of prose: this long at least, with little link text. */
const PROSE_CHARS = 80;
const PROSE_MAX_LINK_DENSITY = 0.25;

interface Group {
  /** Document positions (in `body.querySelectorAll('*')` order) of the sections, in order. */
  readonly members: readonly number[];
  readonly prose: readonly boolean[];
}

interface Place {
  readonly group: number;
  readonly member: number;
}

/** Runs of sibling sections found before Readability changes the DOM. */
export interface SectionIndex {
  readonly groups: readonly Group[];
}

/**
 * The attribute that marks a section (and each element child of one) with its place, "group:member". An
 * attribute, not the element's identity: Readability replaces a wrapper by its only child and copies the
 * wrapper's attributes onto it.
 */
export const SECTION_ATTRIBUTE = 'data-lagebild-section';

function placeOf(el: DomElement): Place | undefined {
  const m = /^(\d+):(\d+)$/u.exec(el.getAttribute(SECTION_ATTRIBUTE) ?? '');
  return m ? { group: Number(m[1]), member: Number(m[2]) } : undefined;
}

const squashed = (el: DomElement): number => (el.textContent ?? '').replace(/\s+/gu, ' ').trim().length;

function insideLink(el: DomElement): boolean {
  for (let e = el.parentElement; e !== null; e = e.parentElement) if (tagOf(e) === 'a') return true;
  return false;
}

/** Elements that hold a paragraph of prose (the paragraph and all its ancestors); a teaser's link is none. */
function proseHolders(body: DomElement): Set<DomElement> {
  const holders = new Set<DomElement>();
  const paragraphs = body.querySelectorAll('p');
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (!p || squashed(p) < PROSE_CHARS || linkDensity(p) >= PROSE_MAX_LINK_DENSITY || insideLink(p))
      continue;
    for (let e: DomElement | null = p; e !== null && !holders.has(e); e = e.parentElement) holders.add(e);
  }
  return holders;
}

function childElements(el: DomElement): DomElement[] {
  const out: DomElement[] = [];
  const nodes = el.childNodes;
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    if (n && isElement(n)) out.push(n);
  }
  return out;
}

/** Every element below `body` → its position in `body.querySelectorAll('*')`. */
function documentOrder(body: DomElement): Map<DomElement, number> {
  const order = new Map<DomElement, number>();
  const all = body.querySelectorAll('*');
  for (let i = 0; i < all.length; i++) if (all[i]) order.set(all[i]!, i);
  return order;
}

/**
 * Indexes (and marks) every run of two or more same-kind sibling sections of which at least two hold prose;
 * `known` is the document order when the caller has it (the lead index keeps the same).
 */
export function indexSections(body: DomElement, known?: ReadonlyMap<DomElement, number>): SectionIndex {
  const holders = proseHolders(body);
  const order = known ?? documentOrder(body);
  const groups: Group[] = [];
  for (const parent of holders) {
    const byKind = new Map<string, DomElement[]>();
    for (const child of childElements(parent)) {
      const cls = child.getAttribute('class')?.trim() ?? '';
      if (cls === '' || !SECTION_TAGS.has(tagOf(child))) continue;
      const key = `${tagOf(child)} ${cls}`;
      const list = byKind.get(key);
      if (list) list.push(child);
      else byKind.set(key, [child]);
    }
    for (const members of byKind.values()) {
      if (members.length < 2 || isFurniture(members[0]!)) continue;
      const prose = members.map((m) => holders.has(m));
      if (prose.filter(Boolean).length < 2) continue;
      const group = groups.length;
      groups.push({ members: members.map((m) => order.get(m) ?? -1), prose });
      members.forEach((m, member) => {
        for (const el of [m, ...childElements(m)])
          if (!el.hasAttribute(SECTION_ATTRIBUTE))
            el.setAttribute(SECTION_ATTRIBUTE, `${String(group)}:${String(member)}`);
      });
    }
  }
  return { groups };
}

/** Elements of the content down to `depth` levels, breadth first (Readability's page wrapper, then what it took). */
function topLevels(content: DomElement, depth: number): DomElement[] {
  const out: DomElement[] = [];
  let level = [content];
  for (let d = 0; d < depth; d++) {
    level = level.flatMap(childElements);
    out.push(...level);
  }
  return out;
}

/** What to put before and after the content: the text of the sections Readability left out. */
export interface MissingSections {
  readonly before: string;
  readonly after: string;
}

/**
 * The sections of the content's run that Readability left out, read from `html` (the page as the index saw it,
 * `prepare` applied to the fresh parse as to the first), or undefined when nothing is missing.
 */
export function missingSections(
  index: SectionIndex,
  content: DomElement,
  html: string,
  prepare: (body: DomElement) => void = () => undefined,
): MissingSections | undefined {
  if (index.groups.length === 0) return undefined;
  const near = topLevels(content, 2);
  const places = near.flatMap((el) => placeOf(el) ?? []);
  if (places.length === 0) return undefined;
  const { group, member } = places[0]!;
  const included = new Set(places.filter((p) => p.group === group).map((p) => p.member));
  const { members, prose } = index.groups[group]!;
  const withProse = prose.flatMap((p, i) => (p ? [i] : []));
  const first = Math.min(member, ...withProse);
  const last = Math.max(member, ...withProse);
  const wanted: number[] = [];
  for (let i = first; i <= last; i++) if (!included.has(i)) wanted.push(i);
  if (!wanted.some((i) => prose[i])) return undefined;
  const body = parseDocument(html).body;
  if (!body) return undefined;
  prepare(body);
  const all = body.querySelectorAll('*');
  const text = (i: number): string => {
    const el = all[members[i]!];
    if (!el) return '';
    removeFurniture(el);
    removeMediaBoxes(el);
    removeLinkBlocks(el);
    return blockText(el);
  };
  const join = (list: number[]): string =>
    list
      .map(text)
      .filter((t) => t.trim() !== '')
      .join('\n\n');
  const before = join(wanted.filter((i) => i < member));
  const after = join(wanted.filter((i) => i > member));
  return before === '' && after === '' ? undefined : { before, after };
}
