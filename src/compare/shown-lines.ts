import type { Corroboration } from '../core/types.js';
import type { CoverageHints } from './types.js';

/** A sentence of the story as one key (`article:sentence`). */
export const sentenceKey = (article: number, sentence: number): string => `${article}:${sentence}`;

/**
 * The sentences whose fact the brief's lines already state (`hints.shown`): each line's sentence, the sentences
 * that carry it (the story's corroboration) and those that state its fact in other words (the fact matcher). The
 * consensus and single-source lists leave these out, so that a brief does not tell one fact as a line and again
 * under "Was mehrere Quellen berichten" or "Nur in einer Quelle" (issue 14: no fact twice). Empty without lines.
 * The fact matcher is symmetric (two sentences state the same fact or not, whichever is asked about), so a claim is
 * looked up here by its key alone: asking the matcher again for each claim (it was, at first) cost a 200-article
 * story's update a tenth.
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
