import { findDate } from '../dates.js';
import { perLine } from './types.js';

/** A player's info strip is short. */
const MAX_WORDS = 20;
/** A clock time or a duration: "13:00", "00:21" (not part of a longer number). */
const CLOCK = /(?<![\d:])\d{1,2}:\d{2}(?![\d:])/u;
/**
 * How many parts a strip's " | " separators (a bar with white space on both sides) cut a line into: "NDR 1 |
 * Nachrichten | 28.04.2023 | 13:00 Uhr" has 4. A scan of the bars, not a pattern with white space on both sides of
 * one (whose search through a long run of white space is polynomial: test/hostile/redos.test.ts).
 */
function pipeParts(text: string): number {
  let parts = 1;
  for (let at = text.indexOf('|'); at >= 0; at = text.indexOf('|', at + 1))
    if (/\s/u.test(text[at - 1] ?? '') && /\s/u.test(text[at + 1] ?? '')) parts++;
  return parts;
}

/**
 * The info strip of an audio or video player left in the text: a short line that says until when a media library
 * offers the clip, before its date ("WDR. 22.04.2024. 00:21 Min.. Verfügbar bis 22.04.2026."), or a programme
 * line of three or more parts split by " | " with a date and a clock time ("Sender | Sendung | 28.04.2023 |
 * 13:00 Uhr").
 */
export const mediaInfo = perLine('media-info', (line, { tables }) => {
  if (line.words > MAX_WORDS) return undefined;
  const lower = line.text.toLowerCase();
  const offered = tables.mediaAvailability.some((phrase) => {
    const at = lower.indexOf(phrase);
    return at >= 0 && /^\s*\d/u.test(lower.slice(at + phrase.length));
  });
  if (offered) return { reason: 'media-info' };
  if (pipeParts(line.text) >= 3 && CLOCK.test(line.text) && findDate(line.text, tables.months) !== undefined)
    return { reason: 'media-info' };
  return undefined;
});
