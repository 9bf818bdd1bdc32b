import { tooSlowReason, type Budget } from '../core/budget.js';
import type { CleanArticle, DocumentMeta, InputError, Removed, SourceDocument } from '../core/types.js';
import { morePrecise } from './dates.js';
import { toLines } from './lines.js';
import type { NormalisedCleanOptions } from './options.js';
import { CLEAN_RULES } from './rules/index.js';
import type { Decision, Line, MetaFinding } from './rules/types.js';
import { REPEATED_MAX_WORDS } from './rules/repeated.js';
import { structure, type KeptLine } from './structure.js';
import { cleanTables } from './tables.js';

const NO_REPEATS: ReadonlySet<string> = new Set();

function decide(
  lines: readonly Line[],
  options: NormalisedCleanOptions,
  repeated: ReadonlySet<string>,
): Map<number, Decision> {
  const decided = new Map<number, Decision>();
  const tables = cleanTables(options.languages);
  for (const rule of CLEAN_RULES) {
    for (const [index, decision] of rule.apply({ lines, decided, tables, repeated })) {
      if (!decided.has(index)) decided.set(index, decision);
    }
  }
  return decided;
}

/** Splits a line by its decision into what stays (pieces between removed parts, joined by a space) and what goes. */
export function splitLine(line: Line, decision: Decision | undefined): { kept?: string; removed: Removed[] } {
  if (!decision) return { kept: line.text, removed: [] };
  const { reason, rule, parts } = decision;
  if (!parts || parts.length === 0) return { removed: [{ text: line.text, reason, rule }] };
  const pieces: string[] = [];
  const removed: Removed[] = [];
  let at = 0;
  for (const part of parts) {
    pieces.push(line.text.slice(at, part.start).trim());
    removed.push({ text: line.text.slice(part.start, part.end).trim(), reason: part.reason ?? reason, rule });
    at = Math.max(at, part.end);
  }
  pieces.push(line.text.slice(at).trim());
  const kept = pieces.filter((p) => p !== '').join(' ');
  return { ...(kept === '' ? {} : { kept }), removed: removed.filter((r) => r.text !== '') };
}

function mergeMeta(base: DocumentMeta, findings: readonly MetaFinding[]): DocumentMeta {
  let { author, published, source } = base;
  for (const f of findings) {
    author ??= f.author;
    source ??= f.source;
    published = morePrecise(published, f.published);
  }
  return {
    ...base,
    ...(author !== undefined ? { author } : {}),
    ...(published !== undefined ? { published } : {}),
    ...(source !== undefined ? { source } : {}),
  };
}

/** "Internationale Politik:Kim und Putin …" → "Kim und Putin …" (a kicker glued on with a colon). */
export function titleWithoutKicker(line: string): string {
  const m = /^[^:]{2,40}:(?=\p{Lu})/u.exec(line);
  return m ? line.slice(m[0].length) : line;
}

/**
 * Cleans one document: every line is judged by the ordered rules, removed lines are kept with their reason,
 * metadata found in bylines, sign-offs and copyright lines is merged into `meta`, and the rest is structured
 * into title, headings, paragraphs and list items.
 */
export function cleanDocument(
  doc: SourceDocument,
  options: NormalisedCleanOptions,
  repeated: ReadonlySet<string> = NO_REPEATS,
): CleanArticle {
  return cleanDocumentLines(doc, toLines(doc.text), options, repeated);
}

/**
 * `cleanDocument` on lines already split: `lines` must be `toLines(doc.text)`. For a caller that needs the lines
 * itself too (the stream path takes the repeated-line keys from them), so the text is split once.
 */
export function cleanDocumentLines(
  doc: SourceDocument,
  lines: readonly Line[],
  options: NormalisedCleanOptions,
  repeated: ReadonlySet<string> = NO_REPEATS,
): CleanArticle {
  const decided = decide(lines, options, repeated);
  const kept: KeptLine[] = [];
  const removed: Removed[] = [...doc.removed];
  const findings: MetaFinding[] = [];
  for (const line of lines) {
    if (line.text === '') continue;
    const decision = decided.get(line.index);
    const split = splitLine(line, decision);
    if (split.kept !== undefined) kept.push({ index: line.index, text: split.kept });
    removed.push(...split.removed);
    if (decision?.meta) findings.push(decision.meta);
  }
  const { text, blocks } = structure(kept);
  let meta = mergeMeta(doc.meta, findings);
  const first = blocks[0];
  if (meta.title === undefined && first?.kind === 'title') {
    meta = { ...meta, title: titleWithoutKicker(text.slice(first.start, first.end)) };
  }
  return {
    id: doc.id,
    ...(doc.file !== undefined ? { file: doc.file } : {}),
    format: doc.format,
    text,
    blocks,
    meta,
    removed,
  };
}

/** Short line keys that stand in at least two of the documents (the cross-document signal). */
export function repeatedLines(docs: readonly SourceDocument[]): Set<string> {
  return repeatedKeys(docs.map((doc) => toLines(doc.text)));
}

/**
 * The distinct keys of a document's lines that the repeated-line rule compares across documents: short lines (at
 * most {@link REPEATED_MAX_WORDS} words) with a letter.
 */
export function repeatKeys(lines: readonly Line[]): Set<string> {
  const keys = new Set<string>();
  for (const line of lines) {
    if (line.key === '' || line.words > REPEATED_MAX_WORDS || !/\p{L}/u.test(line.key)) continue;
    keys.add(line.key);
  }
  return keys;
}

function repeatedKeys(linesOfDocs: readonly (readonly Line[])[]): Set<string> {
  const seenIn = new Map<string, number>();
  for (const lines of linesOfDocs) {
    for (const key of repeatKeys(lines)) seenIn.set(key, (seenIn.get(key) ?? 0) + 1);
  }
  return new Set([...seenIn].filter(([, n]) => n >= 2).map(([key]) => key));
}

/** Cleans the documents of one set together, so lines repeating across them are recognised as furniture. */
export function cleanDocuments(
  docs: readonly SourceDocument[],
  options: NormalisedCleanOptions,
): CleanArticle[] {
  const lines = docs.map((doc) => toLines(doc.text));
  const repeated = options.crossDocument && docs.length >= 2 ? repeatedKeys(lines) : NO_REPEATS;
  return docs.map((doc, i) => cleanDocumentLines(doc, lines[i] ?? [], options, repeated));
}

/** What `cleanDocumentsWithin` gives: the articles cleaned within the budget, the ms each took, and the refused. */
export interface CleanedWithin {
  readonly articles: CleanArticle[];
  /** Milliseconds each article of `articles` took to clean (a later stage of its document counts on from there). */
  readonly spentMs: number[];
  /** The documents whose cleaning took longer than the budget: `too slow to read`, with their file. */
  readonly errors: InputError[];
}

/**
 * `cleanDocuments` with a time budget per document (src/core/budget.ts): the time a document takes to be split into
 * lines and cleaned is measured, and a document over the budget is refused alone (an error with its file) while
 * the others are kept, in order. The lines repeating across the documents are found as `cleanDocuments` does.
 */
export function cleanDocumentsWithin(
  docs: readonly SourceDocument[],
  options: NormalisedCleanOptions,
  budget: Budget,
): CleanedWithin {
  const splitMs: number[] = [];
  const lines = docs.map((doc) => {
    const started = budget.now();
    const split = toLines(doc.text);
    splitMs.push(budget.now() - started);
    return split;
  });
  const repeated = options.crossDocument && docs.length >= 2 ? repeatedKeys(lines) : NO_REPEATS;
  const result: CleanedWithin = { articles: [], spentMs: [], errors: [] };
  docs.forEach((doc, i) => {
    const split = splitMs[i] ?? 0;
    // between the stages: a document already over its budget after splitting is not cleaned
    if (split > budget.budgetMs) {
      result.errors.push({ file: doc.file ?? doc.id, reason: tooSlowReason(budget.budgetMs) });
      return;
    }
    const started = budget.now();
    const article = cleanDocumentLines(doc, lines[i] ?? [], options, repeated);
    const spent = split + budget.now() - started;
    if (spent > budget.budgetMs)
      result.errors.push({ file: doc.file ?? doc.id, reason: tooSlowReason(budget.budgetMs) });
    else {
      result.articles.push(article);
      result.spentMs.push(spent);
    }
  });
  return result;
}
