/**
 * Sentence splitting for the baselines: paragraphs (blank-line or line-break separated) → sentences.
 *
 * The interim splitter below breaks after `.`, `!` or `?` (plus closing quotes/brackets) when whitespace and an
 * upper-case letter, digit or opening quote follow, unless the word before the period is a known abbreviation
 * of the language (`rulesFor(lang).sentences.abbreviations`) or a single letter (initials).
 */
import { rulesFor } from '../lang/index.js';

const cache = new Map<string, ReadonlySet<string>>();

function abbreviations(language: string): ReadonlySet<string> {
  let set = cache.get(language);
  if (set === undefined) {
    set = new Set(rulesFor(language).sentences.abbreviations.map((a) => a.toLowerCase()));
    cache.set(language, set);
  }
  return set;
}

const BOUNDARY = /[.!?]+["'”’»)\]]*(?=\s+["'“‘«([]?[\p{Lu}\p{N}])/gu;

/** Sentences of one paragraph (no line breaks inside), trimmed, in order. */
function splitParagraph(paragraph: string, abbrev: ReadonlySet<string>): string[] {
  const out: string[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith('.') && match[0].length === 1) {
      const before = /([\p{L}.]+)$/u.exec(paragraph.slice(start, match.index))?.[1] ?? '';
      const word = before.toLowerCase();
      if (abbrev.has(word) || /^\p{L}$/u.test(before) || /^(\p{L}\.)+\p{L}$/u.test(before)) continue;
    }
    const sentence = paragraph.slice(start, end).trim();
    if (sentence !== '') out.push(sentence);
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest !== '') out.push(rest);
  return out;
}

/** Paragraphs of a document: split at line breaks, whitespace collapsed, empty ones dropped. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}

/** The sentences of a document, in order, whitespace-normalised. */
export function splitSentences(text: string, language = 'en'): string[] {
  const abbrev = abbreviations(language);
  return paragraphs(text).flatMap((p) => splitParagraph(p, abbrev));
}
