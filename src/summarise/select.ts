import type { Candidate } from './candidates.js';
import type { NormalisedSummaryOptions } from './options.js';
import type { Scored } from './scoring.js';
import { cosine } from './vectors.js';

/**
 * Greedy selection by score under the word budget; a sentence too similar to one already chosen is skipped
 * (no two lines that say the same), and a sentence too long for what is left of the budget is skipped too.
 */
export function selectSentences(scored: readonly Scored[], options: NormalisedSummaryOptions): Scored[] {
  const ranked = [...scored].sort(
    (a, b) =>
      b.score - a.score ||
      a.candidate.article - b.candidate.article ||
      a.candidate.sentence.start - b.candidate.sentence.start,
  );
  const chosen: Scored[] = [];
  let used = 0;
  for (const s of ranked) {
    if (used + s.candidate.words > options.words) continue;
    const redundant = chosen.some(
      (c) => cosine(c.candidate.vector, s.candidate.vector) >= options.redundancy,
    );
    if (redundant) continue;
    chosen.push(s);
    used += s.candidate.words;
    if (options.words - used < options.minWords) break;
  }
  return chosen;
}

/** Reading order: older articles first (undated ones after the dated), then the order within the article. */
export function readingOrder(
  chosen: readonly Scored[],
  published: readonly (string | undefined)[],
): Scored[] {
  const key = (c: Candidate): string => published[c.article] ?? '\uffff';
  return [...chosen].sort((a, b) => {
    const ka = key(a.candidate);
    const kb = key(b.candidate);
    if (ka !== kb) return ka < kb ? -1 : 1;
    return (
      a.candidate.article - b.candidate.article || a.candidate.sentence.start - b.candidate.sentence.start
    );
  });
}
