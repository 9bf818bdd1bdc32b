import type { Span } from '../consent.js';
import type { CleanTables } from '../tables.js';

/** One line of the input, whitespace-normalised, with its neighbourhood. */
export interface Line {
  readonly index: number;
  readonly text: string;
  /** Number of words (the text is whitespace-normalised, so: spaces + 1). */
  readonly words: number;
  /** `lineKey(text)` for lines of up to `KEY_MAX_WORDS` words (the only ones tables can match), else ''. */
  readonly key: string;
  /** True when an empty line (or the start of the text) comes right before this line. */
  readonly blankBefore: boolean;
  readonly blankAfter: boolean;
}

/** Metadata a rule learnt from what it removed. */
export interface MetaFinding {
  readonly author?: string;
  readonly published?: string;
  readonly source?: string;
}

/** A stretch of a line a rule removes; its own `reason` when it differs from the decision's. */
export interface Part extends Span {
  readonly reason?: string;
}

/** A rule's verdict on one line: removed whole, or only `removed` taken off (the rest kept). */
export interface Decision {
  readonly reason: string;
  readonly rule: string;
  /**
   * When set, only these parts of the line are removed (in order, not overlapping, each `{start, end}` into the
   * line's text): a prefix, a suffix or a stretch in the middle. What is left is trimmed and, where a part was
   * cut from the middle, joined by one space.
   */
  readonly parts?: readonly Part[];
  readonly meta?: MetaFinding;
}

export interface RuleContext {
  readonly lines: readonly Line[];
  /** Decisions of the rules that ran before. A rule never overrides one. */
  readonly decided: ReadonlyMap<number, Decision>;
  readonly tables: CleanTables;
  /** Line keys that repeat across the articles cleaned together (cross-document signal). */
  readonly repeated: ReadonlySet<string>;
}

/** A cleaning rule: looks at the lines, returns verdicts for lines no earlier rule decided. */
export interface CleanRule {
  readonly name: string;
  apply(ctx: RuleContext): ReadonlyMap<number, Decision>;
}

/** Helper for rules that judge each undecided line on its own. */
export function perLine(
  name: string,
  judge: (line: Line, ctx: RuleContext) => Omit<Decision, 'rule'> | undefined,
): CleanRule {
  return {
    name,
    apply(ctx) {
      const out = new Map<number, Decision>();
      for (const line of ctx.lines) {
        if (line.text === '' || ctx.decided.has(line.index)) continue;
        const verdict = judge(line, ctx);
        if (verdict) out.set(line.index, { ...verdict, rule: name });
      }
      return out;
    },
  };
}

/** Undecided, non-empty lines in order: what a reader would still see. */
export function visibleLines(ctx: RuleContext): Line[] {
  return ctx.lines.filter((l) => l.text !== '' && !ctx.decided.has(l.index));
}

/**
 * Non-empty lines in order that still stand in the text: undecided, or with only parts cut from them (a sign-off at
 * a paragraph's end) — so that cleaning the cleaned text again finds the same lines.
 */
export function remainingLines(ctx: RuleContext): Line[] {
  return ctx.lines.filter((l) => {
    const decision = ctx.decided.get(l.index);
    return l.text !== '' && (decision === undefined || decision.parts !== undefined);
  });
}
