/**
 * Pure JSON reader: one object, an array of objects, or JSON Lines (one object per line). Each record carries
 * `text` or `html` and optional metadata; a bad record is reported and the others are still used.
 */
import { ok, type Result } from '../core/result.js';
import type { DocumentMeta, InputFormat } from '../core/types.js';
import { isHtmlFailure, parseHtml } from './html.js';
import { normaliseDraft } from './meta.js';
import { parseText, type ParsedContent } from './text.js';

/** One usable record; the shell turns it into a `SourceDocument` (id, file). */
export interface JsonRecord extends ParsedContent {
  /** 1-based record number (array index + 1, or the line number in JSON Lines). */
  readonly n: number;
  /** The record's own `id`, if it has one. */
  readonly id?: string;
  /** Where the record's content came from: its `text` or its `html` field. */
  readonly contentFormat: Exclude<InputFormat, 'json'>;
}

/** A problem with the input (`n` undefined) or with one record (`n` = its number). */
export interface JsonProblem {
  readonly n?: number;
  readonly reason: string;
}

export interface JsonParse {
  readonly records: readonly JsonRecord[];
  readonly problems: readonly JsonProblem[];
  /** The input was a single object (not an array or lines): its document takes the file's own id. */
  readonly single: boolean;
}

type JsonObject = { readonly [key: string]: unknown };

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Line (1-based) of a character position. */
function lineAt(text: string, position: number): number {
  let line = 1;
  for (let i = 0; i < position && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Whether `prefix` could start valid JSON: it parses, or the parser only ran out of input at its end. */
function viablePrefix(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return true;
  } catch (error) {
    const message = errorMessage(error);
    const position = /position (\d+)/u.exec(message)?.[1];
    return /Unexpected end/u.test(message) || (position !== undefined && Number(position) >= prefix.length);
  }
}

/**
 * Where parsing fails: the parser's "position N" when it gives one, else (V8's "Unexpected token" messages give
 * none) the end of the longest prefix that could still start valid JSON, found by bisection.
 */
function errorPosition(text: string, message: string): number {
  const position = /position (\d+)/u.exec(message)?.[1];
  if (position !== undefined) return Number(position);
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (viablePrefix(text.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** `invalid JSON at line L: <parser message>`. */
function invalidJson(text: string, error: unknown, line?: number): string {
  const message = errorMessage(error);
  return `invalid JSON at line ${String(line ?? lineAt(text, errorPosition(text, message)))}: ${message}`;
}

function recordMeta(record: JsonObject): DocumentMeta {
  return normaliseDraft({
    title: str(record['title']),
    url: str(record['url']),
    source: str(record['source']),
    author: str(record['author']),
    published: str(record['published']),
    language: str(record['language']) ?? str(record['lang']),
  });
}

function recordId(record: JsonObject): string | undefined {
  const id = record['id'];
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  const s = str(id)?.trim();
  return s === undefined || s === '' ? undefined : s;
}

/** One record → a usable record or the reason it is not. */
export function readRecord(value: unknown, n: number): Result<JsonRecord, JsonProblem> {
  const problem = (reason: string): Result<JsonRecord, JsonProblem> => ({
    ok: false,
    problem: { n, reason },
  });
  if (!isObject(value)) return problem('record is not an object');
  const meta = recordMeta(value);
  const id = recordId(value);
  const base = { n, ...(id !== undefined ? { id } : {}) };
  const text = str(value['text']);
  if (text !== undefined && text.trim() !== '') {
    return ok({ ...base, contentFormat: 'text', ...parseText(text, {}, meta) });
  }
  const html = str(value['html']);
  if (html !== undefined && html.trim() !== '') {
    const parsed = parseHtml(html, meta);
    if (isHtmlFailure(parsed)) return problem(parsed.problem);
    return ok({ ...base, contentFormat: 'html', ...parsed.value });
  }
  return problem('record has neither "text" nor "html"');
}

function collect(values: readonly (readonly [unknown, number])[], problems: JsonProblem[]): JsonRecord[] {
  const records: JsonRecord[] = [];
  for (const [value, n] of values) add(readRecord(value, n), records, problems);
  return records;
}

function add(result: Result<JsonRecord, JsonProblem>, records: JsonRecord[], problems: JsonProblem[]): void {
  if (result.ok) records.push(result.value);
  else problems.push(result.problem);
}

/** JSON Lines: every non-blank line is one record; a line that does not parse is reported with its number. */
export function parseJsonLines(text: string): JsonParse {
  const records: JsonRecord[] = [];
  const problems: JsonProblem[] = [];
  text.split(/\r?\n/u).forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      problems.push({ reason: invalidJson(line, error, i + 1) });
      return;
    }
    add(readRecord(value, i + 1), records, problems);
  });
  if (records.length === 0 && problems.length === 0) problems.push({ reason: 'no records' });
  return { records, problems, single: false };
}

/** The first non-blank line parses alone as an object: the input is JSON Lines, not one (pretty-printed) value. */
function looksLikeJsonLines(text: string): boolean {
  const lines = text.split(/\r?\n/u).filter((l) => l.trim() !== '');
  if (lines.length < 2) return false;
  try {
    return isObject(JSON.parse(lines[0] ?? ''));
  } catch {
    return false;
  }
}

/** JSON (one object or an array of objects) or JSON Lines; `lines` forces JSON Lines (`.jsonl`, `.ndjson`). */
export function parseJson(text: string, lines = false): JsonParse {
  const source = text.replace(/^\uFEFF/u, '');
  if (lines) return parseJsonLines(source);
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    if (looksLikeJsonLines(source)) return parseJsonLines(source);
    return { records: [], problems: [{ reason: invalidJson(source, error) }], single: false };
  }
  const problems: JsonProblem[] = [];
  if (Array.isArray(value)) {
    const records = collect(
      value.map((v: unknown, i) => [v, i + 1] as const),
      problems,
    );
    if (value.length === 0) problems.push({ reason: 'JSON array is empty' });
    return { records, problems, single: false };
  }
  if (!isObject(value))
    return { records: [], problems: [{ reason: 'JSON is neither an object nor an array' }], single: false };
  const records = collect([[value, 1]], problems);
  return { records, problems: problems.map((p) => ({ reason: p.reason })), single: true };
}
