import { consentRuns } from '../consent.js';
import type { CleanTables } from '../tables.js';
import type { Part } from './types.js';
import { perLine } from './types.js';

// Patterns tested per line are module constants: a regular expression literal makes a new object
// each time it is evaluated.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const CONSENT = 'consent-notice';

/** Runs of `inlineMarkers` phrases in a line ("Anzeige Anzeige"), with the reason of their first phrase. */
function markerParts(text: string, tables: CleanTables): Part[] {
  const { pattern, phrases } = tables.inlineMarkers;
  if (!pattern) return [];
  const parts: Part[] = [];
  for (const m of text.matchAll(pattern)) {
    const first = phrases.find((p) => m[0].startsWith(p.phrase));
    if (!first || (first.repeated && m[0].length === first.phrase.length)) continue;
    parts.push({ start: m.index, end: m.index + m[0].length, reason: first.reason });
  }
  return parts;
}

/**
 * Cookie, consent and privacy notices, also where a flattened page glued one into a line between the title and
 * the article ("Schweiz schränkt Export ein Um die Funktion unserer Website zu verbessern … siehe
 * Datenschutzerklärung.Details …"): each maximal run of notice sentences is cut out, the rest of the line stays.
 * Ad markers from the `inlineMarkers` table ("Anzeige Anzeige") go the same way. What counts as a notice lives
 * in the language tables (`consent`); a line that is nothing else (but punctuation) goes whole.
 */
export const consentNotice = perLine('consent-notice', (line, { tables }) => {
  const runs: Part[] = consentRuns(line.text, tables.consent);
  const markers = markerParts(line.text, tables).filter(
    (m) => !runs.some((r) => m.start < r.end && r.start < m.end),
  );
  if (runs.length === 0 && markers.length === 0) return undefined;
  const parts = [...runs, ...markers].sort((a, b) => a.start - b.start);
  const rest = parts.reduce(
    (kept, part, i) => kept + line.text.slice(part.end, parts[i + 1]?.start ?? line.text.length),
    line.text.slice(0, parts[0]?.start ?? 0),
  );
  const reasons = new Set(parts.map((p) => p.reason ?? CONSENT));
  const reason = reasons.size === 1 ? ([...reasons][0] ?? CONSENT) : CONSENT;
  // What is left without a letter or digit ("-") is no text of its own: the line goes whole.
  return LETTER_OR_DIGIT.test(rest) ? { reason: CONSENT, parts } : { reason };
});
