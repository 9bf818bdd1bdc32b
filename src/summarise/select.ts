import type { ArticleKind } from '../core/types.js';
import type { NormalisedSummaryOptions } from './options.js';
import type { Scored } from './scoring.js';
import { cosine } from './vectors.js';

/**
 * Greedy selection by score under the word budget; a sentence too similar to one already chosen is skipped
 * (no two lines that say the same), and a sentence too long for what is left of the budget is skipped too, and
 * so is one that `replaced` says a later article replaces (a preview's line that a report carries).
 */
export function selectSentences(
  scored: readonly Scored[],
  options: NormalisedSummaryOptions,
  replaced: (s: Scored) => boolean = () => false,
): Scored[] {
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
    if (replaced(s)) continue;
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

const byScore = (a: Scored, b: Scored): number =>
  b.score - a.score ||
  a.candidate.article - b.candidate.article ||
  a.candidate.sentence.start - b.candidate.sentence.start;

/** Display groups: what happened, then someone's view of it, then what was expected before. */
function group(kind: ArticleKind | undefined): number {
  return kind === 'preview' ? 2 : kind === 'opinion' ? 1 : 0;
}

/**
 * Display order, outcome first: the first line is the line of a report carried by the most other sources
 * (ties: nearer its article's lead, then the higher score) — what happened; then the other lines by importance
 * (score); lines of opinion pieces after them, lines of previews last. Without a report, by group and score.
 */
export function displayOrder(chosen: readonly Scored[], kinds: readonly ArticleKind[]): Scored[] {
  const reports = chosen.filter((s) => kinds[s.candidate.article] === 'report');
  const lead = [...reports].sort(
    (a, b) =>
      b.support.length - a.support.length || a.candidate.position - b.candidate.position || byScore(a, b),
  )[0];
  const rest = chosen
    .filter((s) => s !== lead)
    .sort(
      (a, b) => group(kinds[a.candidate.article]) - group(kinds[b.candidate.article]) || byScore(a, b),
    );
  return lead ? [lead, ...rest] : rest;
}
