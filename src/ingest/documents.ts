/** Pure core of the shell: the bytes of one input → documents (still without ids) and per-input errors. */
import type { InputError, InputFormat, SourceDocument } from '../core/types.js';
import { decodeBytes, isDecodeFailure } from './decode.js';
import { detectFormat, isJsonLinesPath } from './format.js';
import { isHtmlFailure, parseHtml } from './html.js';
import { parseJson, type JsonParse } from './json.js';
import type { NormalisedIngestOptions } from './options.js';
import { parseText } from './text.js';

/** One input's bytes and how to name what comes out of it. */
export interface InputBytes {
  /** The path as given or joined, or `-` for stdin; used in errors and `SourceDocument.file`. */
  readonly file: string;
  /** Base for ids: the file's base name without extension, or `stdin`. */
  readonly base: string;
  /** Path whose extension decides the format (undefined for stdin: the content decides). */
  readonly path?: string;
  readonly bytes: Uint8Array;
}

/** A document waiting for its unique id. */
export interface PendingDocument {
  /** The id it wants; made unique with `-2`, `-3`, … by `assignIds`. */
  readonly idBase: string;
  readonly document: Omit<SourceDocument, 'id'>;
}

export interface InputOutcome {
  readonly pending: readonly PendingDocument[];
  readonly errors: readonly InputError[];
}

const NO_TEXT = 'no text (only header lines)';

function fromJson(input: InputBytes, parsed: JsonParse, encoding: string): InputOutcome {
  const pending = parsed.records.map((r): PendingDocument => {
    const file = parsed.single ? input.file : `${input.file}#${String(r.n)}`;
    const idBase = r.id ?? (parsed.single ? input.base : `${input.base}#${String(r.n)}`);
    return {
      idBase,
      document: { file, format: 'json', text: r.text, meta: r.meta, removed: r.removed, encoding },
    };
  });
  const errors = parsed.problems.map((p): InputError => ({
    file: p.n === undefined ? input.file : `${input.file}#${String(p.n)}`,
    reason: p.reason,
  }));
  return { pending, errors };
}

function single(
  input: InputBytes,
  format: InputFormat,
  content: ReturnType<typeof parseText>,
  encoding: string,
) {
  const document = { file: input.file, format, ...content, encoding };
  return { pending: [{ idBase: input.base, document }], errors: [] };
}

/** Decodes and reads one input; every failure is an `{file, reason}`. */
export function readInputBytes(
  input: InputBytes,
  options: NormalisedIngestOptions,
  checkpoint: () => void = () => undefined,
): InputOutcome {
  const fail = (reason: string): InputOutcome => ({ pending: [], errors: [{ file: input.file, reason }] });
  const decoded = decodeBytes(input.bytes);
  if (isDecodeFailure(decoded)) return fail(decoded.problem);
  // between the stages: an input over its read budget stops here (it throws; `readBytes` reports it)
  checkpoint();
  const forced = options.format === 'auto' ? undefined : options.format;
  const format = detectFormat(input.path, decoded.value.text, forced);
  checkpoint();
  if (format === 'json') {
    const lines = input.path !== undefined && isJsonLinesPath(input.path);
    return fromJson(input, parseJson(decoded.value.text, lines), decoded.value.encoding);
  }
  if (format === 'html') {
    const parsed = parseHtml(decoded.value.text);
    return isHtmlFailure(parsed)
      ? fail(parsed.problem)
      : single(input, 'html', parsed.value, decoded.value.encoding);
  }
  const parsed = parseText(decoded.value.text);
  return parsed.text === '' ? fail(NO_TEXT) : single(input, 'text', parsed, decoded.value.encoding);
}

/**
 * Per `taken` set: for each base, a `k` such that `<base>-2` … `<base>-(k-1)` are all taken, so a run of
 * records with one id is linear (the search starts there), not quadratic. Only ever a lower bound of the first
 * free suffix: `releaseId` lowers it, so the ids given are the same as a search from 2.
 */
const suffixHints = new WeakMap<Set<string>, Map<string, number>>();

/** The wanted id `base` if not taken, else `<base>-2`, `<base>-3`, …; the id returned is added to `taken`. */
export function uniqueId(base: string, taken: Set<string>): string {
  if (!taken.has(base)) {
    taken.add(base);
    return base;
  }
  let hints = suffixHints.get(taken);
  if (hints === undefined) suffixHints.set(taken, (hints = new Map()));
  let k = hints.get(base) ?? 2;
  while (taken.has(`${base}-${String(k)}`)) k++;
  const id = `${base}-${String(k)}`;
  taken.add(id);
  hints.set(base, k + 1);
  return id;
}

/** Frees an id given by `uniqueId` (removes it from `taken`), so it can be given again. */
export function releaseId(id: string, taken: Set<string>): void {
  taken.delete(id);
  const suffix = /-(\d+)$/u.exec(id);
  const hints = suffixHints.get(taken);
  if (suffix === null || hints === undefined) return;
  const base = id.slice(0, suffix.index);
  const k = Number(suffix[1]);
  if ((hints.get(base) ?? 2) > k) hints.set(base, k);
}

/** Gives every document a unique id, in order: the wanted id, else `<id>-2`, `<id>-3`, … */
export function assignIds(
  pending: readonly PendingDocument[],
  taken: Set<string> = new Set(),
): SourceDocument[] {
  return pending.map(({ idBase, document }) => ({ id: uniqueId(idBase, taken), ...document }));
}
