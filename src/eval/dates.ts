/**
 * `lagebild eval dates`: temporal expressions and their normalised values on a TIMEX2 or TIMEX3 corpus
 * (WikiWarsDE: `in/<doc>.sgm` + `keyinline/<doc>.key.xml`; TimeML: `*.tml`). The gold is read from the inline
 * annotations (tags removed give the text and the offsets); the system reads the document's `<TEXT>` with the
 * document date of `<DATETIME>` / `<DCT>`, fed through the same stages as `lagebild brief` (see dates-run.ts).
 *
 * Scorer (documented in docs/evaluation.md, after the TIMEX2 / TempEval-3 scorers HeidelTime is measured with):
 * - Only expressions inside the text are scored (the document date's own annotation is not).
 * - Matching is one-to-one: each gold expression takes the unused prediction that overlaps it most.
 * - **Strict extent**: same start and end (white space at the edges trimmed); **lenient**: any overlap.
 *   P = matched / predicted, R = matched / gold, F1 their harmonic mean.
 * - **Value accuracy**: over the leniently matched pairs, the share whose value is the gold value (exact, upper
 *   case). Also **value F1** (lenient match + right value, over predicted and gold) and **strict + value F1**.
 * - Types: TIMEX3's `type`; for TIMEX2 from the value (`P…` DURATION, `SET="YES"` or `XXXX-WXX-…` SET, a time of
 *   day `T…` TIME, else DATE).
 * - Split: a document is held out when the FNV-1a hash of its name is 0 mod 5 (about 20 %).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DataError } from './errors.js';
import { fnv1a } from './quotes.js';

export type TimexType = 'DATE' | 'DURATION' | 'SET' | 'TIME';
export const TIMEX_TYPES: readonly TimexType[] = ['DATE', 'DURATION', 'SET', 'TIME'];

export interface Timex {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: string;
  readonly type: TimexType;
}

export interface TimexDocument {
  readonly name: string;
  /** The tag-free text the gold offsets point into. */
  readonly text: string;
  /** Where the document's body (`<TEXT>`) starts and ends in `text`. */
  readonly bodyStart: number;
  readonly bodyEnd: number;
  /** The document date (ISO), when the document has one. */
  readonly documentDate?: string;
  /** Gold expressions inside the body. */
  readonly gold: readonly Timex[];
}

/** A system's expression with offsets into the text it was given (the body). */
export interface PredictedTimex {
  readonly start: number;
  readonly end: number;
  readonly value: string;
  readonly type: TimexType;
}

/** The system: the body text and the document date → expressions with offsets into that body. */
export type DateSystem = (body: string, documentDate: string | undefined, name: string) => PredictedTimex[];

export type TimexFormat = 'timex2' | 'timex3';

/** Whether a document is held out (about 20 %). */
export const isHeldOutDocument = (name: string): boolean => fnv1a(name) % 5 === 0;

export function typeOfTimex2(value: string, attributes: string): TimexType {
  if (/\bset\s*=\s*"yes"/iu.test(attributes) || /^XXXX-WXX/u.test(value)) return 'SET';
  if (/^P(\d|X|T)/u.test(value)) return 'DURATION';
  if (/T(\d|MO|AF|EV|NI|DT)/u.test(value)) return 'TIME';
  return 'DATE';
}

const TAG = /<(\/?)([A-Za-z0-9_]+)([^>]*)>/gu;

function attribute(attributes: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`, 'iu').exec(attributes);
  return m?.[1];
}

/**
 * Reads an inline-annotated file: the text with every tag removed, each TIMEX2/TIMEX3 with its offsets into it,
 * and where `<TEXT>` starts and ends. Entities are not decoded (the WikiWarsDE offsets count them as written).
 */
export function parseInline(
  source: string,
  where: string,
): {
  text: string;
  timexes: Timex[];
  format: TimexFormat | undefined;
  body: [number, number] | undefined;
  dct: string | undefined;
} {
  let text = '';
  let last = 0;
  const open: { start: number; attributes: string; tag: string }[] = [];
  const timexes: Timex[] = [];
  let format: TimexFormat | undefined;
  let bodyStart: number | undefined;
  let bodyEnd: number | undefined;
  let dctStart: number | undefined;
  let dct: string | undefined;
  for (const m of source.matchAll(TAG)) {
    text += source.slice(last, m.index);
    last = (m.index ?? 0) + m[0].length;
    const closing = m[1] === '/';
    const tag = (m[2] ?? '').toUpperCase();
    const attrs = m[3] ?? '';
    if (tag === 'TEXT') {
      if (closing) bodyEnd = text.length;
      else bodyStart = text.length;
    } else if (tag === 'DATETIME' || tag === 'DCT') {
      if (!closing) dctStart = text.length;
      else if (dctStart !== undefined) dct = text.slice(dctStart).trim();
    } else if (tag === 'TIMEX2' || tag === 'TIMEX3') {
      format = tag === 'TIMEX2' ? 'timex2' : 'timex3';
      if (m[0].endsWith('/>')) continue;
      if (!closing) {
        open.push({ start: text.length, attributes: attrs, tag });
        continue;
      }
      const o = open.pop();
      if (!o) throw new DataError(`${where}: </${tag}> without its opening tag`);
      const raw = text.slice(o.start);
      const lead = raw.length - raw.trimStart().length;
      const start = o.start + lead;
      const end = text.length - (raw.length - raw.trimEnd().length);
      const value = (attribute(o.attributes, tag === 'TIMEX2' ? 'val' : 'value') ?? '').trim().toUpperCase();
      const type =
        tag === 'TIMEX3'
          ? ((attribute(o.attributes, 'type') ?? 'DATE').toUpperCase() as TimexType)
          : typeOfTimex2(value, o.attributes);
      if (end > start) timexes.push({ start, end, text: text.slice(start, end), value, type });
    }
  }
  text += source.slice(last);
  if (open.length > 0) throw new DataError(`${where}: <${open[0]?.tag ?? 'TIMEX'}> never closed`);
  const dctIso = /\d{4}-\d{2}-\d{2}/u.exec(dct ?? '')?.[0];
  return {
    text,
    timexes,
    format,
    body: bodyStart !== undefined ? [bodyStart, bodyEnd ?? text.length] : undefined,
    dct: dctIso,
  };
}

/** The annotated files of a folder and their format: `keyinline/*.xml` (TIMEX2) or `*.tml` (TIMEX3). */
export function detectDatesFormat(dir: string): { files: string[]; format: TimexFormat } | undefined {
  const inline = join(dir, 'keyinline');
  // a file (or anything but a folder) given for the folder holds no data set: a DataError, not a crash (ENOTDIR)
  const isFolder = (path: string): boolean => existsSync(path) && statSync(path).isDirectory();
  const candidates = isFolder(inline)
    ? readdirSync(inline)
        .filter((f) => f.endsWith('.xml'))
        .map((f) => join(inline, f))
    : isFolder(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.tml'))
          .map((f) => join(dir, f))
      : [];
  const sorted = candidates.filter((f) => statSync(f).isFile()).sort();
  const first = sorted[0];
  if (first === undefined) return undefined;
  const head = readFileSync(first, 'utf8');
  if (/<TIMEX3\b/iu.test(head)) return { files: sorted, format: 'timex3' };
  if (/<TIMEX2\b/iu.test(head)) return { files: sorted, format: 'timex2' };
  return undefined;
}

const docName = (file: string): string => basename(file).replace(/(\.key)?\.(xml|tml)$/u, '');

/** Every document of a TIMEX2 / TIMEX3 folder with its gold; `DataError` when there is none or one is malformed. */
export function loadTimexDocuments(dir: string): { documents: TimexDocument[]; format: TimexFormat } {
  const detected = detectDatesFormat(dir);
  if (!detected)
    throw new DataError(
      `${dir}: not a TIMEX data set (no keyinline/*.xml with TIMEX2, no *.tml with TIMEX3)`,
    );
  const documents = detected.files.map((file) => {
    const parsed = parseInline(readFileSync(file, 'utf8'), file);
    const name = docName(file);
    const raw = join(dir, 'in', `${name}.sgm`);
    if (existsSync(raw)) {
      const plain = parseInline(readFileSync(raw, 'utf8'), raw);
      if (plain.text !== parsed.text)
        throw new DataError(`${file}: its text without tags differs from ${raw}`);
    }
    const [bodyStart, bodyEnd] = parsed.body ?? [0, parsed.text.length];
    return {
      name,
      text: parsed.text,
      bodyStart,
      bodyEnd,
      ...(parsed.dct !== undefined ? { documentDate: parsed.dct } : {}),
      gold: parsed.timexes.filter((t) => t.start >= bodyStart && t.end <= bodyEnd),
    };
  });
  return { documents, format: detected.format };
}

// ---------------------------------------------------------------------------------------------------------------
// Scoring

export interface TypeScores {
  readonly gold: number;
  readonly predicted: number;
  readonly strict: number;
  readonly lenient: number;
  readonly valueRight: number;
}

export interface DateScores {
  readonly documents: number;
  readonly gold: number;
  readonly predicted: number;
  readonly strict: { readonly p: number; readonly r: number; readonly f: number; readonly matched: number };
  readonly lenient: { readonly p: number; readonly r: number; readonly f: number; readonly matched: number };
  /** Right values over leniently matched pairs. */
  readonly valueAccuracy: number;
  readonly valueF1: number;
  readonly strictValueF1: number;
  /** Gold type → counts (predicted: predictions of that type). */
  readonly byType: Readonly<Record<TimexType, TypeScores>>;
  /** Error kind → count. */
  readonly errors: Readonly<Record<string, number>>;
  /** A few examples per error kind: `text (gold value) → predicted text (value)`. */
  readonly examples: Readonly<Record<string, readonly string[]>>;
}

export interface DatesReport {
  readonly dataset: string;
  readonly format: TimexFormat;
  readonly dev: DateScores;
  readonly heldOut: DateScores;
  /** Documents of each split. */
  readonly split: { readonly dev: readonly string[]; readonly heldOut: readonly string[] };
}

interface Counts {
  documents: number;
  gold: number;
  predicted: number;
  strict: number;
  lenient: number;
  valueRight: number;
  strictValue: number;
  byType: Record<
    TimexType,
    { gold: number; predicted: number; strict: number; lenient: number; valueRight: number }
  >;
  errors: Record<string, number>;
  examples: Record<string, string[]>;
}

function emptyCounts(): Counts {
  const byType = Object.fromEntries(
    TIMEX_TYPES.map((t) => [t, { gold: 0, predicted: 0, strict: 0, lenient: 0, valueRight: 0 }]),
  ) as Counts['byType'];
  return {
    documents: 0,
    gold: 0,
    predicted: 0,
    strict: 0,
    lenient: 0,
    valueRight: 0,
    strictValue: 0,
    byType,
    errors: {},
    examples: {},
  };
}

const EXAMPLES = 8;

function note(c: Counts, kind: string, example: string): void {
  c.errors[kind] = (c.errors[kind] ?? 0) + 1;
  const list = (c.examples[kind] ??= []);
  if (list.length < EXAMPLES) list.push(example);
}

/** The kind of a value error: the year, the precision (one value starts the other), or another difference. */
export function valueErrorKind(gold: string, predicted: string): string {
  if (predicted.startsWith(gold) || gold.startsWith(predicted)) return 'value: other precision';
  if (gold.length === predicted.length && gold.slice(4) === predicted.slice(4) && /^\d{4}/u.test(gold))
    return 'value: wrong year';
  if (/^(PAST|PRESENT|FUTURE)_REF$/u.test(gold)) return 'value: gold is a reference (…_REF)';
  if (/^P(\d|X|T)/u.test(gold) !== /^P(\d|X|T)/u.test(predicted)) return 'value: duration vs point';
  return 'value: other';
}

/** A span as trimmed text (for comparing extents). */
interface Span {
  readonly start: number;
  readonly end: number;
}

const overlap = (a: Span, b: Span): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Scores one document's predictions (offsets into `doc.text`) into `c`. */
export function scoreDocument(doc: TimexDocument, predicted: readonly Timex[], c: Counts): void {
  c.documents++;
  c.gold += doc.gold.length;
  c.predicted += predicted.length;
  for (const p of predicted) c.byType[p.type].predicted++;
  const used = new Set<number>();
  const show = (t: Timex): string => `„${t.text}“ (${t.value || '–'})`;
  for (const g of doc.gold) {
    c.byType[g.type].gold++;
    let best = -1;
    let most = 0;
    predicted.forEach((p, i) => {
      const o = overlap(g, p);
      if (o > most && !used.has(i)) {
        most = o;
        best = i;
      }
    });
    const p = predicted[best];
    if (!p) {
      note(c, `missed ${g.type}`, show(g));
      continue;
    }
    used.add(best);
    c.lenient++;
    c.byType[g.type].lenient++;
    const strict = p.start === g.start && p.end === g.end;
    if (strict) {
      c.strict++;
      c.byType[g.type].strict++;
    } else {
      const kind =
        p.start <= g.start && p.end >= g.end
          ? 'extent: too long'
          : p.start >= g.start && p.end <= g.end
            ? 'extent: too short'
            : 'extent: shifted';
      note(c, kind, `${show(g)} → ${show(p)}`);
    }
    if (p.value === g.value) {
      c.valueRight++;
      c.byType[g.type].valueRight++;
      if (strict) c.strictValue++;
    } else note(c, valueErrorKind(g.value, p.value), `${show(g)} → ${show(p)}`);
  }
  predicted.forEach((p, i) => {
    if (!used.has(i)) note(c, `spurious ${p.type}`, show(p));
  });
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

function finish(c: Counts): DateScores {
  const prf = (matched: number) => {
    const p = ratio(matched, c.predicted);
    const r = ratio(matched, c.gold);
    return { p, r, f: f1(p, r), matched };
  };
  return {
    documents: c.documents,
    gold: c.gold,
    predicted: c.predicted,
    strict: prf(c.strict),
    lenient: prf(c.lenient),
    valueAccuracy: ratio(c.valueRight, c.lenient),
    valueF1: prf(c.valueRight).f,
    strictValueF1: prf(c.strictValue).f,
    byType: c.byType,
    errors: c.errors,
    examples: c.examples,
  };
}

/** Predictions with offsets into the body → timexes with offsets into the document text. */
export function placePredictions(doc: TimexDocument, predicted: readonly PredictedTimex[]): Timex[] {
  return predicted.map((p) => {
    const start = doc.bodyStart + p.start;
    const end = doc.bodyStart + p.end;
    return { start, end, text: doc.text.slice(start, end), value: p.value.toUpperCase(), type: p.type };
  });
}

export interface DatesOptions {
  readonly limit?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

/** Runs the system on every document and scores dev and held-out documents apart. */
export function evaluateDates(
  documents: readonly TimexDocument[],
  format: TimexFormat,
  system: DateSystem,
  dataset: string,
  options: DatesOptions = {},
): DatesReport {
  const docs = options.limit !== undefined ? documents.slice(0, options.limit) : documents;
  const dev = emptyCounts();
  const heldOut = emptyCounts();
  const split = { dev: [] as string[], heldOut: [] as string[] };
  docs.forEach((doc, i) => {
    const held = isHeldOutDocument(doc.name);
    (held ? split.heldOut : split.dev).push(doc.name);
    const body = doc.text.slice(doc.bodyStart, doc.bodyEnd);
    const predicted = placePredictions(doc, system(body, doc.documentDate, doc.name));
    scoreDocument(doc, predicted, held ? heldOut : dev);
    options.onProgress?.(i + 1, docs.length);
  });
  return { dataset, format, dev: finish(dev), heldOut: finish(heldOut), split };
}

export { emptyCounts as emptyDateCounts, finish as finishDateCounts };
