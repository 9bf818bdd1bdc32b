import type { ArticleKind } from '../core/types.js';
import type { NormalisedSummaryOptions } from './options.js';
import type { Scored } from './scoring.js';
import { cosine } from './vectors.js';

/**
 * Higher score first, then article and place order. The scores are compared, not subtracted (no number made per
 * comparison); two scores that neither exceeds (equal, or not numbers) fall to the tie-breaks, as a zero or NaN
 * difference did.
 */
const byScore = (a: Scored, b: Scored): number =>
  (b.score > a.score ? 1 : b.score < a.score ? -1 : 0) ||
  a.candidate.article - b.candidate.article ||
  a.candidate.sentence.start - b.candidate.sentence.start;

/**
 * Greedy selection by score under the word budget; a sentence too similar to one already chosen is skipped
 * (no two lines that say the same), and a sentence too long for what is left of the budget is skipped too, and
 * so is one that `replaced` says a later article replaces (a preview's line that a report carries), and one that
 * `same` says states the fact of a line already chosen (the story stage's fact matcher: paraphrases too). Each line
 * taken from an article that `diverse` names (a report written after the event) scales the scores of that
 * article's other lines by `sourceDiversity`, so that every such report with relevant lines of its own is heard.
 */
export function selectSentences(
  scored: readonly Scored[],
  options: NormalisedSummaryOptions,
  replaced: (s: Scored) => boolean = () => false,
  diverse: (article: number) => boolean = () => false,
  same: (a: Scored, b: Scored) => boolean = () => false,
): Scored[] {
  const ranked = [...scored].sort(byScore);
  const chosen: Scored[] = [];
  const perArticle = new Map<number, number>();
  const open = ranked.filter((s) => !replaced(s));
  const n = open.length;
  // Lines taken or skipped (they leave the open list; the others keep their order).
  const gone = new Uint8Array(n);
  let first = 0;
  // When no line's effective score can exceed its score (diversity at most 1, no negative score), the scan for the
  // best open line stops at the first line whose score does not exceed the best effective score found: the open
  // lines are in descending order of score, so no later line can be strictly better (the earliest best wins).
  const bounded = options.sourceDiversity <= 1 && open.every((s) => s.score >= 0);
  let used = 0;
  // Each line already taken from a `diverse` article scales that article's other lines by `sourceDiversity`.
  const effective = (s: Scored): number =>
    diverse(s.candidate.article)
      ? s.score * options.sourceDiversity ** (perArticle.get(s.candidate.article) ?? 0)
      : s.score;
  for (;;) {
    while (first < n && gone[first] === 1) first++;
    if (first >= n) break;
    let best = -1;
    let bestValue = 0;
    for (let i = first; i < n; i++) {
      if (gone[i] === 1) continue;
      const s = open[i] as Scored;
      if (bounded && best >= 0 && s.score <= bestValue) break;
      const value = effective(s);
      if (best < 0 || value > bestValue) {
        best = i;
        bestValue = value;
      }
    }
    gone[best] = 1;
    const s = open[best] as Scored;
    if (used + s.candidate.words > options.words) continue;
    const redundant = chosen.some(
      (c) => cosine(c.candidate.vector, s.candidate.vector) >= options.redundancy || same(c, s),
    );
    if (redundant) continue;
    chosen.push(s);
    perArticle.set(s.candidate.article, (perArticle.get(s.candidate.article) ?? 0) + 1);
    used += s.candidate.words;
    if (options.words - used < options.minWords) break;
  }
  return chosen;
}

/** Display groups: what happened, then someone's view of it, then what was expected before. */
function group(kind: ArticleKind | undefined): number {
  return kind === 'preview' ? 2 : kind === 'opinion' ? 1 : 0;
}

/**
 * Display order, outcome first: the first line is the line of a report carried by the most independent
 * publishers (`sources`, when the story stage knows them; then by the most other articles; ties: nearer its
 * article's lead, then the higher score) — what happened; then the other lines by importance (score), background
 * (`background`: what had happened before, what someone is known for) after the rest of their group; lines of
 * opinion pieces after them, lines of previews last. Without a report, by group and score. A line that stands in
 * the back half of every article carrying it (`late`: where reports put the context they share, such as a
 * description of the place) leads only when no other report line can: reports open with their news.
 */
export function displayOrder(
  chosen: readonly Scored[],
  kinds: readonly ArticleKind[],
  sources: (s: Scored) => number = () => 0,
  weakLead: (s: Scored) => boolean = () => false,
  background: (s: Scored) => boolean = () => false,
  late: (s: Scored) => boolean = () => false,
): Scored[] {
  // Each line's keys are found once, not per comparison.
  const later = new Map(chosen.map((s) => [s, background(s) ? 1 : 0]));
  const behind = (s: Scored): number => later.get(s) ?? 0;
  // A line that cannot stand alone (`weakLead`: a pronoun or connective pointing back, a quotation, a question, a
  // caption) leads only when no other report line can. Background does not decide the lead: a report's lead may tell
  // its event in the pluperfect ("At 17:30 she had reigned for 23,226 days").
  const reports = chosen
    .filter((s) => kinds[s.candidate.article] === 'report')
    .map((s) => ({ s, weak: weakLead(s) ? 1 : 0, late: late(s) ? 1 : 0, sources: sources(s) }));
  const lead = reports.sort(
    (a, b) =>
      a.weak - b.weak ||
      a.late - b.late ||
      b.sources - a.sources ||
      b.s.support.length - a.s.support.length ||
      a.s.candidate.position - b.s.candidate.position ||
      byScore(a.s, b.s),
  )[0]?.s;
  const rest = chosen
    .filter((s) => s !== lead)
    .sort(
      (a, b) =>
        group(kinds[a.candidate.article]) - group(kinds[b.candidate.article]) ||
        behind(a) - behind(b) ||
        byScore(a, b),
    );
  return lead ? [lead, ...rest] : rest;
}
