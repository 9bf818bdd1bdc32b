/**
 * Every evaluation task on every data set present under a data root (by default `../shared/data`, beside the
 * repository): what `npm run eval` runs (its command-line face is `src/cli/eval-command.ts`). A missing data
 * folder is a note, never a failure. Progress and each finished task go to a listener; nothing is printed here.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClusterReport } from './cluster.js';
import type { EntitiesReport } from './entities.js';
import { entitiesEval } from './entities-run.js';
import { DataError } from './errors.js';
import type { ExtractReport } from './extract.js';
import type { SummarizeReport } from './multinews.js';
import { table } from './report.js';
import type { SimilarityReport } from './similarity.js';
import { quotesEval } from './quotes-run.js';
import type { QuotesReport } from './quotes.js';
import { datesEval } from './dates-run.js';
import { metaEval } from './meta-run.js';
import type { MetaReport } from './meta.js';
import type { DatesReport } from './dates.js';
import { clusterEval, extract, similarityEval, summarize } from './tasks.js';

/** The repository root: the nearest folder above this file with a package.json. */
export function repoRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) return resolve(from, '../../..');
    dir = up;
  }
  return dir;
}

export const SUMMARIZE_SETS = [{ name: 'multinews', file: 'clusters.jsonl' }] as const;
export const EXTRACT_SETS = ['extract-trafilatura', 'extract-scrapinghub'] as const;
/** Story clustering: the pooled Multi-News clusters and MMDS2025 (dev). */
export const CLUSTER_SETS = ['multinews/clusters.jsonl', 'cluster-mmds2025'] as const;
export const SIMILARITY_SETS = ['similarity-semeval2022'] as const;
/** Data sets in the shared folder that no task of this harness scores yet. */
export const UNSCORED_SETS = [] as const;

export interface AllOptions {
  readonly dataRoot?: string;
  readonly words?: number;
}

/** One finished task, as the listener receives it. */
export type TaskDone =
  | { readonly task: 'summarize'; readonly report: SummarizeReport; readonly notes: readonly string[] }
  | { readonly task: 'extract'; readonly report: ExtractReport }
  | { readonly task: 'cluster'; readonly report: ClusterReport }
  | { readonly task: 'similarity'; readonly report: SimilarityReport }
  | { readonly task: 'quotes'; readonly report: QuotesReport }
  | { readonly task: 'dates'; readonly report: DatesReport }
  | { readonly task: 'entities'; readonly report: EntitiesReport }
  | { readonly task: 'meta'; readonly report: MetaReport };

/** What `runAll` tells as it goes: progress of the task named by `label`, and each task when it is done. */
export interface AllListener {
  readonly onProgress?: (label: string, done: number, total: number) => void;
  readonly onTaskDone?: (done: TaskDone) => void;
}

export interface AllResult {
  /** The data root the tasks read (absolute). */
  readonly dataRoot: string;
  readonly summarize: SummarizeReport[];
  readonly extract: ExtractReport[];
  readonly cluster: ClusterReport[];
  readonly similarity: SimilarityReport[];
  readonly quotes: QuotesReport[];
  readonly dates: DatesReport[];
  readonly entities: EntitiesReport[];
  readonly meta: MetaReport[];
  readonly notes: string[];
}

const pct = (x: number): string => (100 * x).toFixed(2);
const dec = (x: number): string => x.toFixed(3);

/** One line per system and data set, with each task's headline figures. */
export function summaryTable(result: AllResult): string {
  const rows: string[][] = [];
  for (const r of result.summarize) {
    for (const [name, s] of Object.entries(r.systems)) {
      rows.push([
        `summarize ${r.dataset} (${r.n}, ${r.words} w)`,
        name,
        `R1 ${pct(s.scores.rouge1.f)}  R2 ${pct(s.scores.rouge2.f)}  RL ${pct(s.scores.rougeL.f)}`,
      ]);
    }
  }
  for (const r of result.extract) {
    for (const [name, s] of Object.entries(r.systems)) {
      if (s.stored === true && !/^(trafilatura|readability_js) /.test(name)) continue;
      const de = s.byLanguage?.de;
      rows.push([
        `extract ${r.dataset} (${r.n})`,
        name,
        `P ${dec(s.p)}  R ${dec(s.r)}  F1 ${dec(s.f)}` +
          (de !== undefined ? `  | de: R ${dec(de.r)}  F1 ${dec(de.f)}` : ''),
      ]);
    }
  }
  for (const r of result.cluster) {
    const s = r.systems['lagebild'];
    if (s === undefined) continue;
    rows.push([
      `cluster ${r.dataset} (${String(r.n)})`,
      'lagebild',
      `B3 P ${dec(s.bcubed.p)}  R ${dec(s.bcubed.r)}  F1 ${dec(s.bcubed.f)}  pair F1 ${dec(s.pairwise.f)}  ${String(s.predicted)}/${String(s.gold)} stories  worst ${dec(r.worst.share)}`,
    ]);
    const worst = [...r.order.shuffled].sort((a, b) => a.scores.all.f - b.scores.all.f)[0];
    if (worst !== undefined)
      rows.push([
        `cluster ${r.dataset} (${String(r.n)})`,
        'shuffled arrivals',
        `B3 P ${dec(worst.scores.all.p)}  R ${dec(worst.scores.all.r)}  F1 ${dec(worst.scores.all.f)}  ` +
          `drop ${dec(r.order.drop)} (dev ${dec(r.order.dropDev)}, held-out ${dec(r.order.dropHeldOut)})  ` +
          `batch permutations identical ${String(r.order.batch.identical)}/${String(r.order.batch.permutations)}`,
      ]);
  }
  for (const r of result.quotes) {
    for (const [split, q] of [
      ['dev', r.dev],
      ['held-out', r.heldOut],
    ] as const) {
      rows.push([
        `quotes ${r.dataset} ${split} (${String(q.articles)})`,
        'lagebild',
        `direct P ${dec(q.p)}  R ${dec(q.r)}  F1 ${dec(q.f)}  speaker ${dec(q.speakerAccuracy)}  indirect ${dec(q.indirectRecall)}`,
      ]);
    }
  }
  for (const r of result.dates) {
    for (const [split, d] of [
      ['dev', r.dev],
      ['held-out', r.heldOut],
    ] as const) {
      rows.push([
        `dates ${r.dataset} ${split} (${String(d.documents)})`,
        'lagebild',
        `strict F1 ${dec(d.strict.f)}  lenient F1 ${dec(d.lenient.f)}  value acc ${dec(d.valueAccuracy)}`,
      ]);
    }
  }
  for (const r of result.entities) {
    for (const [split, e] of [
      ['dev', r.dev],
      ['held-out', r.heldOut],
    ] as const) {
      rows.push([
        `entities ${r.dataset} ${split} (${String(e.sentences)})`,
        'lagebild',
        `P ${dec(e.p)}  R ${dec(e.r)}  F1 ${dec(e.f)}  PER ${dec(e.byType.PER.f)}  LOC ${dec(e.byType.LOC.f)}  ORG ${dec(e.byType.ORG.f)}`,
      ]);
    }
  }
  for (const r of result.meta) {
    for (const [split, m] of [
      ['dev', r.dev],
      ['held-out', r.heldOut],
    ] as const) {
      rows.push([
        `meta ${r.dataset} ${split} (${String(m.pages)})`,
        'lagebild',
        `title ${dec(m.title)}  authors ${dec(m.authors)}  date ${dec(m.date)}  outlet ${dec(m.outlet)}  text F1 ${dec(m.text.f)}`,
      ]);
    }
  }
  for (const r of result.similarity) {
    const de = r.byPair['de-de'];
    rows.push([
      `similarity ${r.dataset} (${String(r.n)})`,
      'lagebild',
      `Pearson ${dec(r.pearson)}` +
        (de !== undefined
          ? `  | de-de: ${dec(de.pearson)} (dev ${dec(de.dev.pearson)}, held-out ${dec(de.heldOut.pearson)})`
          : ''),
    ]);
  }
  return table(['task', 'system', 'figures'], rows, 3);
}

/** A result with no task run yet (every list empty): what `runAll` fills, one list per task. */
export function emptyResult(dataRoot: string): AllResult {
  return {
    dataRoot,
    summarize: [],
    extract: [],
    cluster: [],
    similarity: [],
    quotes: [],
    dates: [],
    entities: [],
    meta: [],
    notes: [],
  };
}

/** Runs every task whose data is present under the data root; a data set that is missing or unreadable is a note. */
export async function runAll(options: AllOptions = {}, listener: AllListener = {}): Promise<AllResult> {
  const root = resolve(options.dataRoot ?? join(repoRoot(), '..', 'shared', 'data'));
  const result = emptyResult(root);
  const progressOf =
    (label: string) =>
    (done: number, total: number): void =>
      listener.onProgress?.(label, done, total);
  if (!existsSync(root)) {
    result.notes.push(`no data folder at ${root}: nothing evaluated`);
  }
  for (const set of SUMMARIZE_SETS) {
    const file = join(root, set.name, set.file);
    if (!existsSync(file)) {
      result.notes.push(`skipped summarize ${set.name}: ${file} not found`);
      continue;
    }
    try {
      const { report, notes } = await summarize(
        { data: file, ...(options.words ? { words: options.words } : {}) },
        progressOf('eval summarize'),
      );
      result.summarize.push(report);
      result.notes.push(...notes);
      listener.onTaskDone?.({ task: 'summarize', report, notes });
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      result.notes.push(`skipped summarize ${set.name}: ${error.message}`);
    }
  }
  for (const name of EXTRACT_SETS) {
    const dir = join(root, name);
    if (!existsSync(dir)) {
      result.notes.push(`skipped extract ${name}: ${dir} not found`);
      continue;
    }
    try {
      const report = await extract({ data: dir }, progressOf('eval extract'));
      result.extract.push(report);
      listener.onTaskDone?.({ task: 'extract', report });
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      result.notes.push(`skipped extract ${name}: ${error.message}`);
    }
  }
  runClusterTasks(root, result, listener);
  await runQuoteTasks(root, result, listener);
  await runDateTasks(root, result, listener);
  await runEntityTasks(root, result, listener);
  await runMetaTasks(root, result, listener);
  for (const name of UNSCORED_SETS as readonly string[]) {
    if (existsSync(join(root, name))) result.notes.push(`${name}: present, no evaluation task for it yet`);
  }
  return result;
}

/** The quotes sets `npm run eval` scores (quotes and speakers; floors in floors.ts). */
export const QUOTE_SETS = ['quotes-de'] as const;

/** `eval quotes` on every quotes set present (a missing or unreadable one is a note). */
async function runQuoteTasks(root: string, result: AllResult, listener: AllListener): Promise<void> {
  for (const name of QUOTE_SETS) {
    const path = join(root, name);
    if (!existsSync(path)) {
      result.notes.push(`skipped quotes ${name}: ${path} not found`);
      continue;
    }
    try {
      const report = await quotesEval({ data: path }, (done, total) =>
        listener.onProgress?.(`quotes ${name}`, done, total),
      );
      result.quotes.push(report);
      listener.onTaskDone?.({ task: 'quotes', report });
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      result.notes.push(`skipped quotes ${name}: ${error.message}`);
    }
  }
}

/** `eval cluster` and `eval similarity` on every data set present (a missing one is a note). */
function runClusterTasks(root: string, result: AllResult, listener: AllListener): void {
  const tasks = [
    ...CLUSTER_SETS.map((name) => ({ name, kind: 'cluster' as const })),
    ...SIMILARITY_SETS.map((name) => ({ name, kind: 'similarity' as const })),
  ];
  for (const { name, kind } of tasks) {
    const path = join(root, name);
    if (!existsSync(path)) {
      result.notes.push(`skipped ${kind} ${name}: ${path} not found`);
      continue;
    }
    try {
      if (kind === 'cluster') {
        const report = clusterEval(path, (done, total) => listener.onProgress?.('eval cluster', done, total));
        result.cluster.push(report);
        listener.onTaskDone?.({ task: 'cluster', report });
      } else {
        const report = similarityEval(path);
        result.similarity.push(report);
        listener.onTaskDone?.({ task: 'similarity', report });
      }
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      result.notes.push(`skipped ${kind} ${name}: ${error.message}`);
    }
  }
}

/** The TIMEX sets `npm run eval` scores (dates: extent and value; floors in floors.ts). */
export const DATE_SETS = ['timex-de'] as const;

/** `eval dates` on every TIMEX set present (a missing or unreadable one is a note). */
async function runDateTasks(root: string, result: AllResult, listener: AllListener): Promise<void> {
  for (const name of DATE_SETS) {
    const path = join(root, name);
    if (!existsSync(path)) {
      result.notes.push(`skipped dates ${name}: ${path} not found`);
      continue;
    }
    try {
      const report = await datesEval({ data: path }, (done, total) =>
        listener.onProgress?.(`dates ${name}`, done, total),
      );
      result.dates.push(report);
      listener.onTaskDone?.({ task: 'dates', report });
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      result.notes.push(`skipped dates ${name}: ${error.message}`);
    }
  }
}

/** The entity sets `npm run eval` scores (GermEval 2014; floors in floors.ts). */
export const ENTITY_SETS = ['ner-de'] as const;

/** `eval entities` on every entity set present (a missing or unreadable one is a note). */
async function runEntityTasks(root: string, result: AllResult, listener: AllListener): Promise<void> {
  for (const name of ENTITY_SETS) {
    const path = join(root, name);
    if (!existsSync(path)) {
      result.notes.push(`skipped entities ${name}: ${path} not found`);
      continue;
    }
    try {
      const report = await entitiesEval({ data: path }, (done, total) =>
        listener.onProgress?.(`entities ${name}`, done, total),
      );
      result.entities.push(report);
      listener.onTaskDone?.({ task: 'entities', report });
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      result.notes.push(`skipped entities ${name}: ${error.message}`);
    }
  }
}

/** The page sets `npm run eval` scores for metadata and main text (Fundus; floors in floors.ts). */
export const META_SETS = ['extract-fundus-de'] as const;

/** `eval meta` on every page set present (a missing or unreadable one is a note). */
async function runMetaTasks(root: string, result: AllResult, listener: AllListener): Promise<void> {
  for (const name of META_SETS) {
    const path = join(root, name);
    if (!existsSync(path)) {
      result.notes.push(`skipped meta ${name}: ${path} not found`);
      continue;
    }
    try {
      const report = await metaEval({ data: path }, (done, total) =>
        listener.onProgress?.(`meta ${name}`, done, total),
      );
      result.meta.push(report);
      listener.onTaskDone?.({ task: 'meta', report });
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      result.notes.push(`skipped meta ${name}: ${error.message}`);
    }
  }
}
