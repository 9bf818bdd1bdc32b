/**
 * Sentence splitting for the baselines and the references: the project's own segmenter (`segmentSentences`
 * of the analyse stage, with the language's `SentenceRules`) applied to each line of a document, so every
 * baseline and `lagebild` see the same sentences. Whitespace inside a sentence is collapsed.
 */
import { segmentSentences } from '../analyse/index.js';
import { rulesFor } from '../lang/index.js';

/** Paragraphs of a document: split at line breaks, whitespace collapsed, empty ones dropped. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}

/** The sentences of a document, in order, whitespace-normalised. */
export function splitSentences(text: string, language = 'en'): string[] {
  const rules = rulesFor(language).sentences;
  return paragraphs(text).flatMap((p) =>
    segmentSentences(p, 0, p.length, rules).map((s) => p.slice(s.start, s.end)),
  );
}

/**
 * The same text with a line break before every sentence start: nothing is dropped (unlike `splitSentences`,
 * which leaves out list bullets and pieces without a letter, and never inside a whitespace-separated word), so
 * the words of `text` and their count are unchanged.
 */
export function breakSentences(text: string, language = 'en'): string {
  const rules = rulesFor(language).sentences;
  return paragraphs(text)
    .flatMap((p) => {
      const starts = segmentSentences(p, 0, p.length, rules)
        .map((s) => s.start)
        // Only where whitespace already separates words ("preserved.Then" stays one word, as the budget counts it).
        .filter((start) => start > 0 && /\s/.test(p[start - 1] ?? ''));
      const pieces: string[] = [];
      let from = 0;
      for (const start of starts) {
        pieces.push(p.slice(from, start));
        from = start;
      }
      pieces.push(p.slice(from));
      return pieces.map((piece) => piece.trim()).filter((piece) => piece !== '');
    })
    .join('\n');
}
