import type { Line } from './rules/types.js';
import { lineKey } from './tables.js';

/** Lines longer than this are prose: no table entry is that long, so they get no key. */
export const KEY_MAX_WORDS = 16;

function countWords(text: string): number {
  if (text === '') return 0;
  let n = 1;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) n++;
  return n;
}

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/gu;
/**
 * Runs of (non-breaking) spaces that are not already one plain space: a run of two or more, or one other space
 * character. Replacing each by ' ' gives what replacing every run would, without copying a line whose words are
 * already one space apart (nearly every line).
 */
const SPACES =
  /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]{2,}|(?! )[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]/gu;

/** Whitespace-normalises one line: invisible characters out, runs of (non-breaking) spaces to one, trimmed. */
export function normaliseLine(raw: string): string {
  return raw.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

/** Splits text into normalised lines, each knowing whether an empty line stands before or after it. */
export function toLines(text: string): Line[] {
  const texts = text.split(/\r\n|\r|\n|\u2028|\u2029/u).map(normaliseLine);
  return texts.map((t, index) => {
    const words = countWords(t);
    return {
      index,
      text: t,
      words,
      key: words > 0 && words <= KEY_MAX_WORDS ? lineKey(t) : '',
      blankBefore: index === 0 || texts[index - 1] === '',
      blankAfter: index === texts.length - 1 || texts[index + 1] === '',
    };
  });
}
