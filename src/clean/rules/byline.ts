import { looksLikeNameList } from '../names.js';
import type { CleanTables } from '../tables.js';
import { perLine } from './types.js';

/** Splits "Silke Bigalke, Moskau" into the name and an optional place. */
function nameAndPlace(rest: string): { name: string; place?: string } | undefined {
  const [name, ...placeParts] = rest.split(',').map((s) => s.trim());
  if (name === undefined || !looksLikeNameList(name)) return undefined;
  const place = placeParts.join(', ');
  if (place.split(/\s+/u).length > 4) return undefined;
  return place === '' ? { name } : { name, place };
}

function bylineRest(text: string, tables: CleanTables): string | undefined {
  const words = [...tables.bylineWords, ...tables.commentaryMarkers].sort((a, b) => b.length - a.length);
  const lower = text.toLowerCase();
  const word = words.find((w) => lower.startsWith(`${w.toLowerCase()} `));
  return word === undefined ? undefined : text.slice(word.length).trim();
}

/** "Von Silke Bigalke, Moskau", "By Jane Doe and John Roe": the author goes to metadata. */
export const byline = perLine('byline', (line, { tables }) => {
  if (line.words > 12) return undefined;
  const rest = bylineRest(line.text, tables);
  const found = rest === undefined ? undefined : nameAndPlace(rest.replace(/[.]$/u, ''));
  return found ? { reason: 'byline', meta: { author: found.name } } : undefined;
});
