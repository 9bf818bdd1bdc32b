/** Pure DOM → text with one block per line (`.textContent` glues paragraphs together; this does not). */
import { TEXT_NODE, isElement, tagOf, type DomElement, type DomNode } from './dom.js';

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'legend', 'main', 'menu', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead',
  'tr', 'ul', 'body', 'html',
]); // prettier-ignore

const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'head',
  'title', 'meta', 'link', 'select', 'textarea', 'button', 'input',
]); // prettier-ignore

const CELLS = new Set(['td', 'th']);

/** Newlines wanted before the next line: 1 inside a block (br, next list item), 2 between blocks. */
type Gap = 0 | 1 | 2;

class BlockWriter {
  private out = '';
  private buffer = '';
  private bullet = false;
  private gap: Gap = 0;
  private lastWasItem = false;
  private itemDepth = 0;

  text(value: string): void {
    this.buffer += value;
  }

  /** Ends the current line (if it has text) and asks for at least `gap` newlines before the next one. */
  end(gap: Gap): void {
    const line = this.buffer.replace(/\s+/gu, ' ').trim();
    this.buffer = '';
    if (line !== '') {
      if (this.out !== '') this.out += '\n'.repeat(Math.max(this.gap, 1));
      this.out += this.bullet ? `• ${line}` : line;
      this.lastWasItem = this.bullet;
      this.bullet = false;
      this.gap = 0;
    }
    const wanted: Gap = this.itemDepth > 0 && gap === 2 ? 1 : gap;
    if (wanted > this.gap) this.gap = wanted;
  }

  startItem(): void {
    this.end(this.lastWasItem ? 1 : 2);
    this.itemDepth++;
    this.bullet = true;
  }

  endItem(): void {
    this.end(1);
    this.itemDepth--;
    this.bullet = false;
  }

  preformatted(value: string): void {
    this.end(2);
    for (const raw of value.split(/\r\n?|\n/u)) {
      this.buffer = raw;
      this.end(1);
    }
    this.end(2);
  }

  result(): string {
    this.end(0);
    return this.out;
  }
}

function walk(node: DomNode, writer: BlockWriter): void {
  if (node.nodeType === TEXT_NODE) {
    writer.text(node.textContent ?? '');
    return;
  }
  if (!isElement(node)) return;
  const tag = tagOf(node);
  if (SKIP.has(tag)) return;
  if (tag === 'br') return writer.end(1);
  if (tag === 'pre') return writer.preformatted(node.textContent ?? '');
  if (tag === 'li') {
    writer.startItem();
    walkChildren(node, writer);
    return writer.endItem();
  }
  const block = BLOCKS.has(tag);
  if (block) writer.end(2);
  if (CELLS.has(tag)) writer.text(' ');
  walkChildren(node, writer);
  if (block) writer.end(2);
  else if (tag === 'img' || CELLS.has(tag)) writer.text(' ');
}

function walkChildren(node: DomNode, writer: BlockWriter): void {
  const children = node.childNodes;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child) walk(child, writer);
  }
}

/**
 * The text of an element with one block per line: block elements (p, h1–h6, div, li, blockquote, tr, …) end a
 * line and are separated by an empty line, `<br>` ends a line within a block, list items start with "• " and
 * follow each other line by line; inline whitespace is collapsed; scripts, styles and forms are skipped.
 */
export function blockText(root: DomElement | DomNode): string {
  const writer = new BlockWriter();
  walk(root, writer);
  return writer.result();
}
