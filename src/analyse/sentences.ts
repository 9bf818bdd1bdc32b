import type { SentenceRules } from '../lang/types.js';
import { BOUNDARY_RULES, type BoundaryRule, type Candidate } from './boundary-rules/index.js';
import { hasWordChar, isDigit, isSpace, isWordChar } from './chars.js';
import { findEnclosures, type Enclosure } from './enclosures.js';
import { hardSegments } from './segments.js';
import { sentenceTables, type SentenceTables } from './sentence-tables.js';

/** A sentence as offsets into the text, trimmed of whitespace. */
export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
}

/** Why the segmenter did or did not end a sentence at one candidate. */
export interface BoundaryDecision {
  /** Where the sentence would end (after the punctuation and closing quotes). */
  readonly at: number;
  readonly punct: string;
  readonly end: boolean;
  /** Name of the rule that decided. */
  readonly rule: string;
}

function isEnder(code: number): boolean {
  return (
    code === 0x2e ||
    code === 0x21 ||
    code === 0x3f ||
    code === 0x2026 ||
    code === 0x203d ||
    code === 0x3002 ||
    code === 0xff01 ||
    code === 0xff1f
  );
}

/** Closing quotes and brackets that stay with the sentence they close. */
function isCloser(code: number): boolean {
  return (
    code === 0x22 ||
    code === 0x27 ||
    code === 0x29 ||
    code === 0x5d ||
    code === 0x7d ||
    code === 0x201c ||
    code === 0x201d ||
    code === 0x2018 ||
    code === 0x2019 ||
    code === 0xab ||
    code === 0xbb ||
    code === 0x2039 ||
    code === 0x203a
  );
}

/** Opening quotes, brackets and dashes skipped to find the next word. */
function isOpenerOrDash(code: number): boolean {
  return (
    code === 0x22 ||
    code === 0x27 ||
    code === 0x28 ||
    code === 0x5b ||
    code === 0x7b ||
    code === 0x201e ||
    code === 0x201c ||
    code === 0x201a ||
    code === 0x2018 ||
    code === 0xab ||
    code === 0xbb ||
    code === 0x2039 ||
    code === 0x203a ||
    code === 0x2d ||
    code === 0x2013 ||
    code === 0x2014
  );
}

/** Longest word looked at before a candidate (abbreviations and dates are short; bounds pathological input). */
const MAX_WORD = 48;

/** Start of the word before `at`: word characters, and periods between them (`z.B`, `25.4.2019`). */
function wordStartBefore(text: string, at: number, limit: number): number {
  let i = at;
  const floor = Math.max(limit, at - MAX_WORD);
  while (i > floor) {
    const c = text.charCodeAt(i - 1);
    if (isWordChar(c)) i--;
    else if (c === 0x2e && i - 1 > floor && i < at && isWordChar(text.charCodeAt(i - 2))) i--;
    else break;
  }
  return i;
}

/** Tracks which enclosures contain the candidates, which come in text order. */
class EnclosureCursor {
  private readonly active: Enclosure[] = [];
  private next = 0;
  constructor(private readonly all: readonly Enclosure[]) {}

  /** An enclosure opened before `punctStart` is still open at `end`. */
  encloses(punctStart: number, end: number): boolean {
    const { active, all } = this;
    for (let e = all[this.next]; e && e.open < punctStart; e = all[++this.next]) {
      while (active.length > 0 && (active[active.length - 1]?.close ?? 0) < e.open) active.pop();
      active.push(e);
    }
    while (active.length > 0 && (active[active.length - 1]?.close ?? 0) < punctStart) active.pop();
    const outer = active[0];
    return outer !== undefined && outer.close >= end;
  }
}

function candidateAt(
  text: string,
  punctStart: number,
  segStart: number,
  segEnd: number,
  enclosures: EnclosureCursor,
): Candidate {
  let punctEnd = punctStart + 1;
  while (punctEnd < segEnd && isEnder(text.charCodeAt(punctEnd))) punctEnd++;
  let end = punctEnd;
  while (end < segEnd && isCloser(text.charCodeAt(end))) end++;
  let next = end;
  while (next < segEnd && isSpace(text.charCodeAt(next))) next++;
  let wordStart = next;
  while (wordStart < segEnd && isOpenerOrDash(text.charCodeAt(wordStart))) wordStart++;
  let wordEnd = wordStart;
  while (wordEnd < segEnd && isWordChar(text.charCodeAt(wordEnd))) wordEnd++;
  const prevWordStart = wordStartBefore(text, punctStart, segStart);
  return {
    text,
    segmentEnd: segEnd,
    punctStart,
    punctEnd,
    punct: text.slice(punctStart, punctEnd),
    end,
    prevWord: text.slice(prevWordStart, punctStart),
    prevWordStart,
    spaceAfter: next > end,
    next,
    nextWord: text.slice(wordStart, wordEnd),
    insideEnclosure: enclosures.encloses(punctStart, end),
  };
}

function decide(
  candidate: Candidate,
  tables: SentenceTables,
  rules: readonly BoundaryRule[],
): BoundaryDecision {
  for (const rule of rules) {
    const verdict = rule.decide(candidate, tables);
    if (verdict !== undefined)
      return { at: candidate.end, punct: candidate.punct, end: verdict, rule: rule.name };
  }
  return { at: candidate.end, punct: candidate.punct, end: true, rule: 'default' };
}

/** Runs the boundary rules on every candidate of `text[start, end)`; calls `onDecision` for each in order. */
function scan(
  text: string,
  start: number,
  end: number,
  rules: SentenceRules,
  onSegment: (segStart: number, segEnd: number) => void,
  onDecision: (decision: BoundaryDecision) => void,
): void {
  const tables = sentenceTables(rules);
  const lo = Math.max(0, Math.min(start, text.length));
  const hi = Math.max(lo, Math.min(end, text.length));
  for (const segment of hardSegments(text, lo, hi)) {
    onSegment(segment.start, segment.end);
    const cursor = new EnclosureCursor(findEnclosures(text, segment.start, segment.end));
    let i = segment.start;
    while (i < segment.end) {
      if (!isEnder(text.charCodeAt(i))) {
        i++;
        continue;
      }
      // A run of digits and periods (`25.4.2019`) is one candidate only at its end; skip inner periods quickly.
      if (text.charCodeAt(i) === 0x2e && i + 1 < segment.end && isDigit(text.charCodeAt(i + 1))) {
        i++;
        continue;
      }
      const candidate = candidateAt(text, i, segment.start, segment.end, cursor);
      onDecision(decide(candidate, tables, BOUNDARY_RULES));
      i = Math.max(candidate.end, i + 1);
    }
  }
}

function pushTrimmed(out: SentenceSpan[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (s < e && hasWordChar(text, s, e)) out.push({ start: s, end: e });
}

/**
 * The sentences of one block `text[start, end)`, as spans trimmed of surrounding whitespace, in order and not
 * overlapping. List bullets are left out of the spans; pieces without a letter or digit are dropped.
 */
export function segmentSentences(
  text: string,
  start: number,
  end: number,
  rules: SentenceRules,
): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let from = 0;
  let segEnd = 0;
  scan(
    text,
    start,
    end,
    rules,
    (s, e) => {
      if (segEnd > from) pushTrimmed(out, text, from, segEnd);
      from = s;
      segEnd = e;
    },
    (d) => {
      if (!d.end) return;
      pushTrimmed(out, text, from, d.at);
      from = d.at;
    },
  );
  if (segEnd > from) pushTrimmed(out, text, from, segEnd);
  return out;
}

/** Every boundary candidate of `text[start, end)` with the rule that decided it: for debugging and tests. */
export function explainSentenceBoundaries(
  text: string,
  start: number,
  end: number,
  rules: SentenceRules,
): BoundaryDecision[] {
  const out: BoundaryDecision[] = [];
  scan(
    text,
    start,
    end,
    rules,
    () => undefined,
    (d) => out.push(d),
  );
  return out;
}
