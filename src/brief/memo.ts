import {
  coverageMemo,
  evidenceMemo,
  pruneMemo,
  type CoverageMemo,
  type EvidenceMemo,
} from '../compare/index.js';
import type { AnalysedArticle } from '../core/types.js';
import type { CandidateMemo } from '../summarise/index.js';
import { lexicalMemo, type LexicalMemo } from './corroborate.js';
import type { FactMemo } from './facts.js';
import type { CuesMemo } from './kinds.js';
import type { ArticleOutlet, CopyMemo } from './publishers.js';

/**
 * What the story stage found in each article on its own (or in each pair of articles), kept between briefs of a
 * growing story so that adding an article does not scan the others again: the compare stage's evidence
 * (`EvidenceMemo`), each article's kind cues, outlet, fact terms and candidate sentences, which articles are copies of which, and the
 * corroboration's lexical pass (`LexicalState`), and what the coverage made of each carrier list. Keyed
 * by the article objects: an article that changes is a new object and is scanned again. Only what depends on the
 * article alone (or on what the key holds) is kept, so a brief made with a memo is the brief made without one.
 */
export interface BriefMemo {
  readonly evidence: EvidenceMemo;
  readonly cues: CuesMemo;
  readonly outlets: Map<AnalysedArticle, ArticleOutlet>;
  readonly copies: CopyMemo;
  readonly facts: FactMemo;
  /** Each article's candidate sentences for the summary. */
  readonly candidates: CandidateMemo;
  /** The corroboration's lexical pass (continued when articles are added at the end). */
  readonly lexical: LexicalMemo;
  /** What the last brief's coverage made of each carrier list (see `CoverageMemo`). */
  readonly coverage: CoverageMemo;
}

export function briefMemo(): BriefMemo {
  return {
    evidence: evidenceMemo(),
    cues: new Map(),
    outlets: new Map(),
    copies: { shingles: new Map(), pairs: new Map() },
    facts: new Map(),
    candidates: new Map(),
    lexical: lexicalMemo(),
    coverage: coverageMemo(),
  };
}

/** Forgets the articles not in `keep` (an article that left the story, or the text it had before a correction). */
export function pruneBriefMemo(memo: BriefMemo, keep: readonly AnalysedArticle[]): void {
  pruneMemo(memo.evidence, keep);
  const live = new Set(keep);
  for (const map of [
    memo.cues,
    memo.outlets,
    memo.facts,
    memo.candidates,
    memo.copies.shingles,
    memo.copies.pairs,
  ])
    for (const key of [...map.keys()]) if (!live.has(key)) map.delete(key);
  // Emptied, not deleted: a deleted field would turn the memo into a slow dictionary of another shape.
  if (memo.coverage.last?.articles.some((a) => !live.has(a)) === true) memo.coverage.last = undefined;
  if (memo.lexical.counts?.articles.some((a) => !live.has(a)) === true) memo.lexical.counts = undefined;
  for (const pairs of memo.copies.pairs.values())
    for (const key of [...pairs.keys()]) if (!live.has(key)) pairs.delete(key);
}
