import type { CleanTables } from '../tables.js';
import { escapeRegExp } from '../../core/regexp.js';
import { perLine } from './types.js';

function creditPrefix(text: string, tables: CleanTables): string | undefined {
  const inner = text.replace(/^\(/u, '');
  return tables.creditWords.find((w) => inner.toLowerCase().startsWith(`${w.toLowerCase()}:`));
}

/** A short line that is only a credit: "Foto: Sputnik/Alexei Nikolsky/Kremlin via REUTERS", "(Quelle: AP)". */
export const credit = perLine('credit', (line, { tables }) => {
  if (line.words > 14) return undefined;
  return creditPrefix(line.text, tables) !== undefined ? { reason: 'credit' } : undefined;
});

const patterns = new WeakMap<CleanTables, RegExp>();

/** One pattern for every agency name, as a whole word between spaces, slashes or commas (built once). */
function agencyPattern(tables: CleanTables): RegExp {
  let re = patterns.get(tables);
  if (!re) {
    const names = tables.agencies.map(escapeRegExp);
    re = new RegExp(`(?:^|[\\s/])(?:${names.join('|')})(?:$|[\\s/,])`, 'u');
    patterns.set(tables, re);
  }
  return re;
}

/** A photographer after an agency and a slash: two or more capitalised words ("ANNA MUSTER", "Max P. Beispiel"). */
const PHOTOGRAPHER = /^\s*\/\s*\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){1,4}\s*$/u;

/**
 * The value of a trailing "(Foto: AP)" / "(Quelle: AP/dpa)" names an agency or photographer; a trailing "(AFP /
 * Anna Muster)" is an agency and its photographer without a credit word.
 */
export function trailingCredit(text: string, tables: CleanTables): { start: number } | undefined {
  const bare = /\(([^():]{4,80})\)\s*$/u.exec(text);
  if (bare?.[1] !== undefined) {
    const agency = tables.agencies.find((a) => bare[1]!.startsWith(a));
    if (agency !== undefined && PHOTOGRAPHER.test(bare[1].slice(agency.length))) return { start: bare.index };
  }
  const m = /\(\s*([\p{L} ]{2,20}):\s*([^()]{1,80})\)\s*$/u.exec(text);
  if (!m || m[1] === undefined || m[2] === undefined) return undefined;
  const word = m[1].trim().toLowerCase();
  if (!tables.creditWords.some((w) => w.toLowerCase() === word)) return undefined;
  const value = m[2];
  const agency = agencyPattern(tables).test(value);
  return agency || value.includes('/') ? { start: m.index } : undefined;
}
