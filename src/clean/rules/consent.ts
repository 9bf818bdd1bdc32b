import { consentRuns } from '../consent.js';
import { perLine } from './types.js';

/**
 * Cookie, consent and privacy notices, also where a flattened page glued one into a line between the title and
 * the article ("Schweiz schränkt Export ein Um die Funktion unserer Website zu verbessern … siehe
 * Datenschutzerklärung.Details …"): each maximal run of notice sentences is cut out, the rest of the line stays.
 * What counts as a notice lives in the language tables (`consent`); a line that is only a notice goes whole.
 */
export const consentNotice = perLine('consent-notice', (line, { tables }) => {
  const runs = consentRuns(line.text, tables.consent);
  if (runs.length === 0) return undefined;
  const rest = runs.reduce(
    (kept, run, i) => kept + line.text.slice(run.end, runs[i + 1]?.start ?? line.text.length),
    line.text.slice(0, runs[0]?.start ?? 0),
  );
  return rest.trim() === '' ? { reason: 'consent-notice' } : { reason: 'consent-notice', parts: runs };
});
