import { looksLikeNameList } from '../names.js';
import type { CleanTables } from '../tables.js';
import { perLine } from './types.js';

/** Splits "Silke Bigalke, Moskau" into the name and an optional place. */
function nameAndPlace(rest: string): { name: string; place?: string } | undefined {
  const [name, ...placeParts] = rest.split(',').map((s) => s.trim());
  if (name === undefined || !looksLikeNameList(name)) return undefined;
  const place = placeParts.join(', ');
  if (place.split(/\s+/u, 5).length > 4) return undefined;
  return place === '' ? { name } : { name, place };
}

const openers = new WeakMap<CleanTables, readonly string[]>();

/** Byline words and commentary markers, longest first ("Ein Kommentar von" before "Von"), lower-case. */
function bylineOpeners(tables: CleanTables): readonly string[] {
  let list = openers.get(tables);
  if (!list) {
    list = [...tables.bylineWords, ...tables.commentaryMarkers]
      .map((w) => w.toLowerCase())
      .sort((a, b) => b.length - a.length);
    openers.set(tables, list);
  }
  return list;
}

function bylineRest(text: string, tables: CleanTables): string | undefined {
  const lower = text.toLowerCase();
  const word = bylineOpeners(tables).find((w) => lower.startsWith(`${w} `));
  return word === undefined ? undefined : text.slice(word.length).trim();
}

/** "Von Silke Bigalke, Moskau", "By Jane Doe and John Roe": the author goes to metadata. */
export const byline = perLine('byline', (line, { tables }) => {
  if (line.words > 12) return undefined;
  const rest = bylineRest(line.text, tables);
  const found = rest === undefined ? undefined : nameAndPlace(rest.replace(/[.]$/u, ''));
  return found ? { reason: 'byline', meta: { author: found.name } } : undefined;
});
