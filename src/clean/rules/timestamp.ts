import { findDate } from '../dates.js';
import { perLine } from './types.js';

/** A timestamp line is short. */
const MAX_WORDS = 14;
/** A clock time: "19:25", "05:07" (not part of a longer number). */
const CLOCK = /(?<![\d:])\d{1,2}:\d{2}(?![\d:])/u;
/** Runs of letters, split where a lower-case letter meets a capital ("UhrLesedauer" → "Uhr", "Lesedauer"). */
const WORDS = /\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})/gu;

/**
 * A line that only says when the article was published: a date and a clock time, and besides them nothing but
 * weekday and month names and the tables' timestamp words ("Freitag, 28.04.2023, 19:25", "Publiziert: 6. November
 * 2025, 12:26", "15.04.2026 - 15:48 UhrLesedauer: 2 Min."). A date alone stays (a chronicle's heading), and so does
 * a line with any other word ("11.07.2026, 09:30 Uhr Stuttgart" is a dateline).
 */
export const timestampLine = perLine('timestamp', (line, { tables }) => {
  if (line.words > MAX_WORDS || !CLOCK.test(line.text)) return undefined;
  if (findDate(line.text, tables.months) === undefined) return undefined;
  for (const word of line.text.match(WORDS) ?? []) {
    if (!tables.timestampWords.has(word.toLowerCase())) return undefined;
  }
  return { reason: 'timestamp' };
});
