/** Pure HTML reader: main content via Readability on linkedom, one block per line, metadata from the page. */
import { createRequire } from 'node:module';
import { ok, type Result } from '../core/result.js';
import type { DocumentMeta, Removed } from '../core/types.js';
import { isElement, parseDocument, type DomDocument, type DomElement, type DomNode } from './dom.js';
import { blockText } from './html-blocks.js';
import { MAX_HTML_DEPTH, nestsDeeperThan } from './html-depth.js';
import { removeFurniture, removeMediaBoxes } from './html-boilerplate.js';
import { removeLinkBlocks } from './html-links.js';
import { contentStart, descriptionLeads, indexLeads, missingLead, type LeadIndex } from './html-lead.js';
import { acceptByline } from './html-authors.js';
import { dropLeadingHeadline, headingLineKeys } from './html-headline.js';
import { pageMeta, statedTitles, stripBylineWord, stripSiteSuffix } from './html-meta.js';
import { rebuildHtml } from './html-repair.js';
import { indexSections, missingSections, type SectionIndex } from './html-sections.js';
import { mergeMeta, normaliseDraft, type MetaDraft } from './meta.js';
import type { ParsedContent } from './text.js';

export const NO_MAIN_TEXT = 'no main text found in HTML';
export const TOO_DEEP_HTML = `too deeply nested to read (over ${String(MAX_HTML_DEPTH)} open elements)`;

/** No main text in the page; `problem` is the reason (the caller knows the file). */
export interface HtmlFailure {
  readonly ok: false;
  readonly problem: string;
}

/** A `Result` whose problem is the reason alone. */
export type HtmlResult = Result<ParsedContent, string>;

interface ReadabilityArticle {
  readonly title?: string | null | undefined;
  readonly content?: DomNode | null | undefined;
  readonly byline?: string | null | undefined;
  readonly siteName?: string | null | undefined;
  readonly lang?: string | null | undefined;
  readonly publishedTime?: string | null | undefined;
}

/** A document linkedom parsed into a usable shape: an `<html>` root and a body with content. */
function healthy(doc: DomDocument): boolean {
  const root = doc.documentElement;
  return root?.nodeName.toLowerCase() === 'html' && (doc.body?.childNodes.length ?? 0) > 0;
}

interface Loaded {
  readonly html: string;
  readonly doc: DomDocument;
  readonly removed: Removed[];
}

/** Parses the page, rebuilding it first when linkedom would lose the body (see `html-repair.ts`). */
function load(html: string): Loaded {
  const doc = parseDocument(html);
  if (healthy(doc)) return { html, doc, removed: [] };
  const repaired = rebuildHtml(html);
  const removed: Removed[] =
    repaired.preamble === ''
      ? []
      : [{ text: repaired.preamble, reason: 'markup-junk', rule: 'html/preamble' }];
  return { html: repaired.html, doc: parseDocument(repaired.html), removed };
}

/**
 * Removes `<template>` elements: their content is inert (a browser never shows it), but linkedom parses it as
 * ordinary children, where Readability can take a template's text for the article (and, in `<head>`, fail on it).
 */
function dropTemplates(doc: DomDocument | DomElement): void {
  const templates = doc.querySelectorAll('template');
  for (let i = 0; i < templates.length; i++) templates[i]?.remove();
}

/** Readability, loaded on the first HTML page (synchronously): plain text never pays for it. */
let readabilityModule: typeof import('@mozilla/readability') | undefined;

function readability(doc: DomDocument): ReadabilityArticle | null {
  readabilityModule ??= createRequire(import.meta.url)(
    '@mozilla/readability',
  ) as typeof import('@mozilla/readability');
  const { Readability } = readabilityModule;
  try {
    return new Readability<DomNode>(doc, { serializer: (node: DomNode) => node, keepClasses: true }).parse();
  } catch {
    return null;
  }
}

/** Metadata Readability found, used where the page's own tags said nothing. */
function readabilityMeta(article: ReadabilityArticle | null): MetaDraft {
  if (!article) return {};
  return {
    title: article.title ?? undefined,
    author: stripBylineWord(article.byline ?? undefined),
    source: article.siteName ?? undefined,
    published: article.publishedTime ?? undefined,
    language: article.lang ?? undefined,
  };
}

/** What the page was indexed for before Readability changed it. */
interface PageIndex {
  readonly leads: LeadIndex;
  readonly sections: SectionIndex;
  /** The titles the page states (its own and the chosen one): a headline line left atop the text names one. */
  readonly titles: readonly (string | undefined)[];
}

/**
 * Main text: Readability's content by blocks (with the sections of a split article it left out, and a lead it
 * dropped; without the headline lines left at its top, `html-headline.ts`), else the whole body by blocks (from a
 * fresh parse).
 */
function mainText(loaded: Loaded, article: ReadabilityArticle | null, index: PageIndex | undefined): string {
  const content = article?.content;
  const element = content && isElement(content) ? content : undefined;
  const sections =
    index && element ? missingSections(index.sections, element, loaded.html, dropTemplates) : undefined;
  let start = Infinity;
  if (element) {
    removeFurniture(element);
    removeLinkBlocks(element);
    if (index) start = contentStart(index.leads, element);
    removeMediaBoxes(element);
  }
  const own = content ? blockText(content) : '';
  if (own.trim() !== '') {
    const text = [sections?.before ?? '', own, sections?.after ?? ''].filter((t) => t !== '').join('\n\n');
    if (!index || !element) return text;
    const lead = missingLead(index.leads, element, text, start);
    const withLead = lead === undefined ? text : `${lead}\n\n${text}`;
    return dropLeadingHeadline(withLead, index.titles, headingLineKeys(element));
  }
  const body = parseDocument(loaded.html).body;
  return body ? blockText(body) : '';
}

/**
 * One HTML page → main text (one block per line), metadata and what was dropped. `base` metadata (e.g. from a
 * JSON record) wins over what the page says.
 */
export function parseHtml(html: string, base: DocumentMeta = {}): HtmlResult {
  if (nestsDeeperThan(html)) return { ok: false, problem: TOO_DEEP_HTML };
  const loaded = load(html);
  const own = pageMeta(loaded.doc, base.url);
  dropTemplates(loaded.doc);
  const body = loaded.doc.body;
  const leads = body ? indexLeads(body, descriptionLeads(loaded.doc, own.language)) : undefined;
  const titles = [own.title, ...statedTitles(loaded.doc)];
  const index = body && leads ? { leads, sections: indexSections(body, leads.order), titles } : undefined;
  const article = readability(loaded.doc);
  const text = mainText(loaded, article, index);
  if (text.trim() === '') return { ok: false, problem: NO_MAIN_TEXT };
  const fallback = readabilityMeta(article);
  const draft: MetaDraft = {
    title: own.title ?? stripSiteSuffix(fallback.title, own.source ?? fallback.source),
    author: own.author ?? acceptByline(fallback.author),
    published: own.published ?? fallback.published,
    source: own.source ?? fallback.source,
    url: own.url,
    language: own.language ?? fallback.language,
  };
  return ok({ text, meta: mergeMeta(base, normaliseDraft(draft)), removed: loaded.removed });
}

export function isHtmlFailure(result: HtmlResult): result is HtmlFailure {
  return !result.ok;
}
