import type { Sentence } from '../core/types.js';

// Patterns tested per word or mention are module constants: a regular expression literal makes a new object
// each time it is evaluated.
const QUESTION_END = /\?["“”»«’)]*$/u;

/** Kinds of sentence that rarely belong in a brief (each one scales the score down by its penalty). */
export interface SentenceKinds {
  readonly question: boolean;
  /** Only a quotation: opens with a quotation mark and names no speaker after the quote closes. */
  readonly quote: boolean;
  /** Addresses the reader outside quotation marks ("You can add location information to your Tweets"). */
  readonly reader: boolean;
}

const QUOTE_MARKS = new Set(['"', '“', '”', '„', '«', '»', '‘', '’', '‚', '‹', '›']);
/** Quotation marks that may open a quotation (a leading apostrophe-like ’ does not). */
const OPENING = /^["“„«‘‚‹»]/u;

/** Whether a sentence opens with a quotation mark: someone's words, not the outlet's account of what happened. */
export function opensQuotation(text: string): boolean {
  return OPENING.test(text.trimStart());
}

/** Whether a sentence is a question (it ends in a question mark, closing marks aside). */
export function isQuestion(text: string): boolean {
  return QUESTION_END.test(text.trim());
}

function isQuoteOnly(text: string): boolean {
  if (!OPENING.test(text)) return false;
  let last = -1;
  for (let i = text.length - 1; i > 0; i--) {
    if (QUOTE_MARKS.has(text[i] as string)) {
      last = i;
      break;
    }
  }
  if (last < 0) return true;
  const after = text.slice(last + 1).match(/\p{L}+/gu) ?? [];
  return after.length < 2;
}

/** Whether a position in the sentence lies inside quotation marks (an odd number of marks before it). */
function quotedAt(text: string, offset: number): boolean {
  let marks = 0;
  for (let i = 0; i < offset && i < text.length; i++) if (QUOTE_MARKS.has(text[i] as string)) marks++;
  return marks % 2 === 1;
}

function addressesReader(sentence: Sentence, text: string, readerWords: ReadonlySet<string>): boolean {
  if (readerWords.size === 0) return false;
  return sentence.tokens.some((t) => readerWords.has(t.norm) && !quotedAt(text, t.start - sentence.start));
}

const NO_WORDS: ReadonlySet<string> = new Set();

/** A line's first word, lower-cased, when it opens the line (no quotation mark or bracket before it). */
export function openingWord(text: string): string | undefined {
  return /^\p{L}+/u.exec(text)?.[0].toLowerCase();
}

/**
 * The kinds of one sentence; `text` is the sentence's own text (from `sentence.start`); `readerWords`, the words of
 * its language that address the reader (the language tables' `lines.readerWords`).
 */
export function sentenceKinds(
  sentence: Sentence,
  text: string,
  readerWords: ReadonlySet<string> = NO_WORDS,
): SentenceKinds {
  const trimmed = text.trim();
  return {
    question: QUESTION_END.test(trimmed),
    quote: isQuoteOnly(trimmed),
    reader: addressesReader(sentence, text, readerWords),
  };
}
