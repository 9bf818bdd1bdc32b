import type { CleanTables } from '../tables.js';
import { escapeRegExp } from '../../core/regexp.js';
import { perLine } from './types.js';

// Patterns tested per line are module constants: a regular expression literal makes a new object
// each time it is evaluated.
const OPENING_BRACKET = /^\(/u;
const BARE_CREDIT = /\(([^():]{4,80})\)\s*$/u;
const WORD_CREDIT = /\(\s*([\p{L} ]{2,20}):\s*([^()]{1,80})\)\s*$/u;

const creditPrefixes = new WeakMap<CleanTables, readonly string[]>();

/** Each credit word lower-cased with its colon ("foto:"), in the order of `creditWords` (made once per table). */
function prefixesOf(tables: CleanTables): readonly string[] {
  let prefixes = creditPrefixes.get(tables);
  if (prefixes === undefined) {
    prefixes = tables.creditWords.map((w) => `${w.toLowerCase()}:`);
    creditPrefixes.set(tables, prefixes);
  }
  return prefixes;
}

/** The credit word the line opens with (after an opening bracket); the line is lower-cased once, not per word. */
function creditPrefix(text: string, tables: CleanTables): string | undefined {
  const inner = text.replace(OPENING_BRACKET, '').toLowerCase();
  const prefixes = prefixesOf(tables);
  for (let i = 0; i < prefixes.length; i++)
    if (inner.startsWith(prefixes[i] as string)) return tables.creditWords[i];
  return undefined;
}

/** A credit line is at most this many words; one of several credits ("A: x, B: y") at most `MAX_CREDITS_WORDS`. */
const MAX_CREDIT_WORDS = 14;
const MAX_CREDITS_WORDS = 40;

/** Every part after a comma or semicolon that holds a colon is another credit ("…, Redaktion: Carl Dorn"). */
function allCredits(text: string, tables: CleanTables): boolean {
  const parts = text.split(/[,;]\s+/u).filter((p) => p.includes(':'));
  return parts.length >= 2 && parts.every((p) => creditPrefix(p.trim(), tables) !== undefined);
}

/**
 * A short line that is only a credit: "Foto: Sputnik/Alexei Nikolsky/Kremlin via REUTERS", "(Quelle: AP)",
 * "Redaktion: Anna Berg, Carl Dorn"; or a longer line of credits only: "Übersetzung: Anna Berg, Redaktion: Carl
 * Dorn, Schlussredaktion: Eva Frank".
 */
export const credit = perLine('credit', (line, { tables }) => {
  if (line.words > MAX_CREDITS_WORDS) return undefined;
  if (creditPrefix(line.text, tables) === undefined)
    return line.words <= MAX_CREDIT_WORDS && leadCredit(line.text, tables) ? { reason: 'credit' } : undefined;
  return line.words <= MAX_CREDIT_WORDS || allCredits(line.text, tables) ? { reason: 'credit' } : undefined;
});

/**
 * A credit opened by a lead without a colon ("Photos by Andy Lyons/Getty Images, Andrew Kelly/Reuters"): the lead
 * (`creditLeads`), then what credits have — a slash between a name and its agency, or an agency's name; "Fotos von
 * der Feier gingen viral." is a sentence.
 */
function leadCredit(text: string, tables: CleanTables): boolean {
  const lower = text.toLowerCase();
  if (!tables.creditLeads.some((lead) => lower.startsWith(lead))) return false;
  return text.includes('/') || agencyPattern(tables).test(text);
}

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
  const bare = BARE_CREDIT.exec(text);
  if (bare?.[1] !== undefined) {
    const agency = tables.agencies.find((a) => bare[1]!.startsWith(a));
    if (agency !== undefined && PHOTOGRAPHER.test(bare[1].slice(agency.length))) return { start: bare.index };
  }
  const m = WORD_CREDIT.exec(text);
  if (!m || m[1] === undefined || m[2] === undefined) return undefined;
  const word = m[1].trim().toLowerCase();
  if (!tables.creditWords.some((w) => w.toLowerCase() === word)) return undefined;
  const value = m[2];
  const agency = agencyPattern(tables).test(value);
  return agency || value.includes('/') ? { start: m.index } : undefined;
}
