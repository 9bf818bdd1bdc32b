/**
 * The small part of the DOM the HTML reader uses, typed here (the project does not load the DOM lib), and the
 * one place that calls linkedom.
 */
import { createRequire } from 'node:module';

/** linkedom, loaded on the first HTML parse (its CommonJS build, synchronously): plain text never pays for it. */
let linkedom: typeof import('linkedom') | undefined;

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly childNodes: ArrayLike<DomNode>;
  readonly textContent: string | null;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  getAttribute(name: string): string | null;
  getAttributeNames(): string[];
  hasAttribute(name: string): boolean;
  setAttribute(name: string, value: string): void;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  remove(): void;
  readonly parentElement: DomElement | null;
  readonly previousElementSibling: DomElement | null;
  readonly nextElementSibling: DomElement | null;
}

export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
}

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

/** Parses HTML with linkedom (no scripts run, no network). */
export function parseDocument(html: string): DomDocument {
  linkedom ??= createRequire(import.meta.url)('linkedom') as typeof import('linkedom');
  const { document } = linkedom.parseHTML(html);
  return document as DomDocument;
}

/** Lower-case tag name of an element. */
export function tagOf(el: DomElement): string {
  return el.tagName.toLowerCase();
}
