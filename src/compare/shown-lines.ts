import type { Corroboration } from '../core/types.js';
import type { CoverageHints } from './types.js';

/**
 * A set of the story's sentences, each given by its article's and its own index: one flag per sentence (no key
 * string made per sentence asked: the consensus asks about every carrier of the claims it passes over, tens of
 * thousands in a large story).
 */
export class SentenceSet {
  private readonly flags: Uint8Array[] = [];
  private count = 0;

  /** How many sentences the set holds. */
  get size(): number {
    return this.count;
  }

  // The places as 32-bit integers: a carrier's sentence number is sometimes held as a double (made from the lexical
  // pass's decisions), and a read keyed by a double threw away the code made for small integers (in every update).
  has(article: number, sentence: number): boolean {
    return this.flags[article | 0]?.[sentence | 0] === 1;
  }

  add(articleNumber: number, sentenceNumber: number): void {
    const article = articleNumber | 0;
    const sentence = sentenceNumber | 0;
    let row = this.flags[article];
    if (row === undefined || sentence >= row.length) {
      const grown = new Uint8Array(Math.max(sentence + 1, 2 * (row?.length ?? 0), 16));
      if (row !== undefined) grown.set(row);
      while (this.flags.length < article) this.flags.push(new Uint8Array(0));
      this.flags[article] = row = grown;
    }
    if (row[sentence] === 1) return;
    row[sentence] = 1;
    this.count++;
  }
}

/**
 * The sentences whose fact the brief's lines already state (`hints.shown`): each line's sentence, the sentences
 * that carry it (the story's corroboration) and those that state its fact in other words (the fact matcher). The
 * consensus and single-source lists leave these out, so that a brief does not tell one fact as a line and again
 * under "Was mehrere Quellen berichten" or "Nur in einer Quelle" (issue 14: no fact twice). Empty without lines.
 * The fact matcher is symmetric (two sentences state the same fact or not, whichever is asked about), so a claim is
 * looked up here by its place alone: asking the matcher again for each claim (it was, at first) cost a 200-article
 * story's update a tenth.
 */
export function shownSentences(corroboration: Corroboration, hints: CoverageHints): SentenceSet {
  const shown = new SentenceSet();
  for (const line of hints.shown ?? []) {
    shown.add(line.article, line.sentence);
    for (const c of corroboration[line.article]?.[line.sentence] ?? []) shown.add(c.article, c.sentence);
    for (const c of hints.sameFactAs?.(line) ?? []) shown.add(c.article, c.sentence);
  }
  return shown;
}
