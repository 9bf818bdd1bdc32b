import type { Block, BlockKind } from '../core/types.js';
import { atLeastMatches } from '../core/regexp.js';
import { withoutTrailing } from '../core/trim.js';

// Patterns tested per line are module constants: a regular expression literal makes a new object
// each time it is evaluated.
const HAS_LETTER = /\p{L}/u;
const SPACES = /\s+/gu;
const HEADING_START = /^[\p{Lu}\p{N}"“„«»‚'‘]/u;
const LOWER_START = /^\p{Ll}/u;

/** A kept line (after partial removals) and where it stood in the input. */
export interface KeptLine {
  readonly index: number;
  readonly text: string;
}

const BULLET = /^[•·▪●◦‣■□➤►–-]\s/u;
const TERMINAL = /[.!?…;,:]$/u;
/** The closing quotes and brackets a heading may end with (a regular expression `[…]+$` would be quadratic). */
const CLOSING_MARKS: ReadonlySet<string> = new Set([
  '"',
  '“',
  '”',
  '„',
  '«',
  '»',
  '‚',
  '‘',
  '’',
  "'",
  '›',
  '‹',
  ')',
  ']',
]);

/** `text` without its closing quotes and brackets at the end (what `QUOTES` matches), in one pass from the end. */
function withoutClosingMarks(text: string): string {
  return withoutTrailing(text, (c) => CLOSING_MARKS.has(c));
}

/** No sentence-final punctuation, a letter in it, not too long: a title or subheading. */
export function looksLikeHeading(text: string, maxWords: number): boolean {
  // more than maxWords pieces between white space (`split(/\s+/u)`) is at least maxWords runs of it, counted
  // up to there: a paragraph is not split into its words
  if (atLeastMatches(SPACES, text, maxWords) || !HAS_LETTER.test(text) || BULLET.test(text)) return false;
  const core = withoutClosingMarks(text);
  if (core === '' || TERMINAL.test(core)) return false;
  return HEADING_START.test(text);
}

/** Ends with a full stop, `!`, `?`, `…` or `:`, maybe followed by one closing quote. */
const STOPPED = /[.!?…:]["“”»']?$/u;

/**
 * A line that continues the previous one (a hard-wrapped paragraph): it starts lower-case after no full stop. Only
 * the previous line's last two characters are tested (all `STOPPED` can match, each one UTF-16 unit): the
 * previous line grows as lines join, and testing all of it each time would be quadratic.
 */
function continues(prevIndex: number, prevTail: string, line: KeptLine): boolean {
  return line.index === prevIndex + 1 && LOWER_START.test(line.text) && !STOPPED.test(prevTail);
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
  // Joined lines are collected as parts and joined once (re-joining a growing string is quadratic).
  const groups: { index: number; parts: string[] }[] = [];
  for (const line of kept) {
    const prev = groups[groups.length - 1];
    const prevText = prev?.parts[prev.parts.length - 1];
    if (prev && prevText !== undefined && continues(prev.index, prevText.slice(-2), line)) {
      prev.parts.push(line.text);
      prev.index = line.index;
    } else groups.push({ index: line.index, parts: [line.text] });
  }
  const merged: KeptLine[] = groups.map((g) => ({ index: g.index, text: g.parts.join(' ') }));
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
