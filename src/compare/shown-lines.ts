import type { Carrier, Corroboration } from '../core/types.js';
import type { CoverageHints } from './types.js';

/** A sentence of the story as one key (`article:sentence`). */
export const sentenceKey = (article: number, sentence: number): string => `${article}:${sentence}`;

/**
 * The sentences whose fact the brief's lines already state (`hints.shown`): each line's sentence, the sentences
 * that carry it (the story's corroboration) and those that state its fact in other words (the fact matcher). The
 * consensus and single-source lists leave these out, so that a brief does not tell one fact as a line and again
 * under "Was mehrere Quellen berichten" or "Nur in einer Quelle" (issue 14: no fact twice). Empty without lines.
 */
export function shownSentences(corroboration: Corroboration, hints: CoverageHints): Set<string> {
  const shown = new Set<string>();
  for (const line of hints.shown ?? []) {
    shown.add(sentenceKey(line.article, line.sentence));
    for (const c of corroboration[line.article]?.[line.sentence] ?? [])
      shown.add(sentenceKey(c.article, c.sentence));
    for (const c of hints.sameFactAs?.(line) ?? []) shown.add(sentenceKey(c.article, c.sentence));
  }
  return shown;
}

/** Whether a sentence states a fact a line of the brief states: one of `shown`, or the same fact as a line. */
export function alreadyShown(at: Carrier, shown: ReadonlySet<string>, hints: CoverageHints): boolean {
  if (shown.has(sentenceKey(at.article, at.sentence))) return true;
  const lines = hints.shown ?? [];
  if (lines.length === 0) return false;
  return (hints.sameFactAs?.(at) ?? []).some((c) =>
    lines.some((line) => line.article === c.article && line.sentence === c.sentence),
  );
}
