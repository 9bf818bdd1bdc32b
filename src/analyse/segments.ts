import { isSpace } from './chars.js';

/**
 * Hard breaks inside a block: a blank line, and list bullets. A bullet (`•` anywhere; `·▪●◦‣■□➤►–-` followed by
 * a space at the start of a line) starts a new segment and is not part of it. A single line break is a space.
 */
export interface Segment {
  readonly start: number;
  readonly end: number;
}

const BULLET_ANYWHERE = 0x2022; // •
const LINE_BULLETS: ReadonlySet<number> = new Set([
  0xb7, 0x25aa, 0x25cf, 0x25e6, 0x2023, 0x25a0, 0x25a1, 0x27a4, 0x25ba, 0x2013, 0x2d,
]);

export function hardSegments(text: string, start: number, end: number): Segment[] {
  const out: Segment[] = [];
  let segStart = start;
  let lineStart = true; // only whitespace since the last line break
  let blank = false; // a whole empty line since the segment's last content
  const flush = (at: number): void => {
    if (at > segStart) out.push({ start: segStart, end: at });
  };
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      if (lineStart) blank = true;
      lineStart = true;
      continue;
    }
    if (isSpace(c)) continue;
    if (
      c === BULLET_ANYWHERE ||
      (lineStart && LINE_BULLETS.has(c) && i + 1 < end && isSpace(text.charCodeAt(i + 1)))
    ) {
      flush(i);
      segStart = i + 1;
    } else if (lineStart && blank) {
      flush(i);
      segStart = i;
    }
    lineStart = false;
    blank = false;
  }
  flush(end);
  return out;
}
