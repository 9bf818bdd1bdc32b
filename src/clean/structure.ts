import type { Block, BlockKind } from '../core/types.js';

/** A kept line (after partial removals) and where it stood in the input. */
export interface KeptLine {
  readonly index: number;
  readonly text: string;
}

const BULLET = /^[•·▪●◦‣■□➤►–-]\s/u;
const TERMINAL = /[.!?…;,:]$/u;
const QUOTES = /["“”„«»‚‘’'›‹)\]]+$/u;

/** No sentence-final punctuation, a letter in it, not too long: a title or subheading. */
export function looksLikeHeading(text: string, maxWords: number): boolean {
  if (text.split(/\s+/u).length > maxWords || !/\p{L}/u.test(text) || BULLET.test(text)) return false;
  const core = text.replace(QUOTES, '');
  if (core === '' || TERMINAL.test(core)) return false;
  return /^[\p{Lu}\p{N}"“„«»‚'‘]/u.test(text);
}

/** A line that continues the previous one (a hard-wrapped paragraph): it starts lower-case after no full stop. */
function continues(prev: KeptLine, line: KeptLine): boolean {
  return line.index === prev.index + 1 && /^\p{Ll}/u.test(line.text) && !/[.!?…:]["“”»']?$/u.test(prev.text);
}

function kindOf(text: string, position: number): BlockKind {
  if (BULLET.test(text)) return 'list-item';
  if (position === 0 && looksLikeHeading(text, 20)) return 'title';
  if (looksLikeHeading(text, 15)) return 'heading';
  return 'paragraph';
}

export interface Structured {
  readonly text: string;
  readonly blocks: readonly Block[];
}

/**
 * Builds the cleaned text from the kept lines: lines that stood side by side stay on adjacent lines, others are
 * separated by an empty line (so cleaning the result again sees the same neighbourhood), and every line is a
 * block of its kind.
 */
export function structure(kept: readonly KeptLine[]): Structured {
  const merged: KeptLine[] = [];
  for (const line of kept) {
    const prev = merged[merged.length - 1];
    if (prev && continues(prev, line))
      merged[merged.length - 1] = { index: line.index, text: `${prev.text} ${line.text}` };
    else merged.push(line);
  }
  const blocks: Block[] = [];
  let text = '';
  let prevIndex = -2;
  for (const line of merged) {
    if (blocks.length > 0) text += line.index === prevIndex + 1 ? '\n' : '\n\n';
    const start = text.length;
    text += line.text;
    blocks.push({ kind: kindOf(line.text, blocks.length), start, end: text.length });
    prevIndex = line.index;
  }
  return { text, blocks };
}
