import { perLine } from './types.js';

/** Navigation and promotion lines from the language tables: "zum Hauptinhalt", "Jetzt entdecken", "Lesezeit: 2 min". */
export const boilerplate = perLine('boilerplate', (line, { tables }) => {
  const { key } = line;
  if (key === '') return undefined;
  if (tables.navigation.some((m) => m(key))) return { reason: 'navigation' };
  if (tables.promotion.some((m) => m(key))) return { reason: 'promotion' };
  const lower = line.text.toLowerCase();
  const hit = tables.prefixes.find((p) => lower.startsWith(p.prefix.toLowerCase()));
  // A prefix only marks boilerplate on a short line; a long paragraph that happens to start alike is text.
  if (hit && line.words <= 14) return { reason: hit.reason };
  return undefined;
});
