/**
 * Runs `eval dates` on one TIMEX folder: each document's body as a plain-text German article dated by its
 * document date, through clean and analyse as `lagebild brief` reads it, then the compare stage's temporal tagger
 * (`storyTemporal`, the tagger behind the timeline). Offsets in the cleaned text are mapped back to the body.
 */
import { escapeRegExp } from '../core/regexp.js';
import type { SourceDocument } from '../core/types.js';
import {
  evaluateDates,
  loadTimexDocuments,
  type DateSystem,
  type DatesReport,
  type PredictedTimex,
  type TimexType,
} from './dates.js';
import { DataError } from './errors.js';
import type { ProgressCallback } from './tasks.js';
import { basename, resolve } from 'node:path';

export interface DatesTask {
  readonly data: string;
  readonly limit?: number;
}

const TYPES: Record<string, TimexType> = { date: 'DATE', time: 'TIME', duration: 'DURATION', set: 'SET' };

/**
 * For each offset of `cleaned`, the offset of the same character in `original`: characters are matched in order,
 * white space may differ, and text the cleaning dropped is skipped by searching the next 24 characters ahead
 * (white space in them matching any white space).
 * `-1` where a character has no counterpart.
 */
export function alignOffsets(original: string, cleaned: string): Int32Array {
  const map = new Int32Array(cleaned.length + 1).fill(-1);
  let o = 0;
  for (let c = 0; c < cleaned.length; c++) {
    const ch = cleaned[c] as string;
    if (/\s/u.test(ch)) {
      while (o < original.length && /\s/u.test(original[o] as string) && original[o] !== ch) o++;
      if (original[o] === ch) map[c] = o++;
      continue;
    }
    while (o < original.length && /\s/u.test(original[o] as string)) o++;
    if (original[o] === ch) {
      map[c] = o++;
      continue;
    }
    const probe = new RegExp(
      cleaned
        .slice(c, c + 24)
        .trim()
        .split(/\s+/u)
        .map(escapeRegExp)
        .join('\\s+'),
      'gu',
    );
    probe.lastIndex = o;
    const found = probe.exec(original);
    if (found) {
      o = found.index;
      map[c] = o++;
    }
  }
  map[cleaned.length] = o;
  return map;
}

/** The lagebild system of `eval dates`. */
export async function loadLagebildDates(): Promise<DateSystem> {
  const [{ prepareArticles }, { storyTemporal }] = await Promise.all([
    import('../brief/index.js'),
    import('../compare/index.js'),
  ]);
  return (body, documentDate, name) => {
    const doc: SourceDocument = {
      id: name,
      format: 'text',
      text: body,
      meta: { language: 'de', ...(documentDate !== undefined ? { published: documentDate } : {}) },
      removed: [],
    };
    const [article] = prepareArticles([doc], { language: 'de' });
    if (!article) throw new DataError(`${name}: the document was refused by the cleaning stage`);
    const map = alignOffsets(body, article.text);
    const out: PredictedTimex[] = [];
    for (const e of storyTemporal([article])[0] ?? []) {
      const start = map[e.start] ?? -1;
      const last = map[e.end - 1] ?? -1;
      if (start < 0 || last < 0) throw new DataError(`${name}: „${e.text}“ not found in the original text`);
      out.push({ start, end: last + 1, value: e.value, type: TYPES[e.type] ?? 'DATE' });
    }
    return out;
  };
}

/** Measures one TIMEX folder; progress goes to the callback. Throws `DataError` on missing or bad data. */
export async function datesEval(task: DatesTask, onProgress?: ProgressCallback): Promise<DatesReport> {
  const { documents, format } = loadTimexDocuments(task.data);
  const system = await loadLagebildDates();
  return evaluateDates(documents, format, system, basename(resolve(task.data)), {
    ...(task.limit !== undefined ? { limit: task.limit } : {}),
    ...(onProgress !== undefined ? { onProgress } : {}),
  });
}
