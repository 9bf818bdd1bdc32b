import { perLine } from './types.js';

/** A prefix marks boilerplate only on a line of at most this many words, unless its table entry says otherwise. */
const PREFIX_MAX_WORDS = 14;

/** Navigation and promotion lines from the language tables: "zum Hauptinhalt", "Jetzt entdecken", "Lesezeit: 2 min". */
export const boilerplate = perLine('boilerplate', (line, { tables }) => {
  const { key } = line;
  if (key !== '' && tables.navigation.some((m) => m(key))) return { reason: 'navigation' };
  if (key !== '' && tables.promotion.some((m) => m(key))) return { reason: 'promotion' };
  const lower = line.text.toLowerCase();
  const hit = tables.prefixes.find(
    (p) => line.words <= (p.maxWords ?? PREFIX_MAX_WORDS) && lower.startsWith(p.prefix.toLowerCase()),
  );
  return hit ? { reason: hit.reason } : undefined;
});
