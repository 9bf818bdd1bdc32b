/**
 * The four evaluation tasks as functions of their data: summarize (ROUGE on Multi-News), extract (main text on the
 * trafilatura / scrapinghub sets), cluster (BCubed on pooled Multi-News / MMDS2025) and similarity (Pearson on
 * SemEval-2022). They measure and return reports; progress goes to a callback, never to a stream (the command-line
 * face is `src/cli/eval-command.ts`). Bad or missing data throws `DataError`.
 */
import { basename, dirname, resolve } from 'node:path';
import { loadClusterData } from './cluster-data.js';
import { evaluateClustering, type ClusterReport } from './cluster.js';
import { datasetNameOf } from './cluster-names.js';
import { DataError } from './errors.js';
import { detectExtractFormat, evaluateExtraction, type ExtractReport } from './extract.js';
import { readability } from './extractors.js';
import { loadLagebildExtractors, loadLagebildSummarizer } from './lagebild.js';
import { baselineSystems, evaluateSummaries, loadClusters, type SummarizeReport } from './multinews.js';
import { evaluateSimilarity, loadPairs, type SimilarityReport } from './similarity.js';

/** Called as a task advances: `done` of `total` units (cluster × system, page, article). */
export type ProgressCallback = (done: number, total: number) => void;

export interface SummarizeTask {
  readonly data: string;
  readonly words?: number;
  readonly lang?: string;
  readonly limit?: number;
  /** Each system's output for each cluster (what `--out` writes). */
  readonly onOutput?: (system: string, id: string, summary: string) => void;
}

export interface ExtractTask {
  readonly data: string;
  readonly limit?: number;
}

/** `multinews/clusters.jsonl` for a file, `extract-trafilatura` for a folder: the data set's short name. */
export function datasetName(path: string, isFile: boolean): string {
  const full = resolve(path);
  return isFile ? `${basename(dirname(full))}/${basename(full)}` : basename(full);
}

export interface SummarizeOutcome {
  readonly report: SummarizeReport;
  readonly notes: readonly string[];
}

/** ROUGE of lagebild and the baselines on one Multi-News-format file. */
export async function summarize(
  task: SummarizeTask,
  onProgress?: ProgressCallback,
): Promise<SummarizeOutcome> {
  const language = task.lang ?? 'en';
  const words = task.words ?? 250;
  const all = loadClusters(task.data);
  const clusters = task.limit !== undefined ? all.slice(0, task.limit) : all;
  const lagebild = await loadLagebildSummarizer(language);
  const systems = { ...lagebild.systems, ...baselineSystems({ language }) };
  const report = evaluateSummaries(clusters, systems, datasetName(task.data, true), {
    words,
    language,
    ...(onProgress !== undefined ? { onProgress } : {}),
    ...(task.onOutput !== undefined ? { onOutput: task.onOutput } : {}),
  });
  return { report, notes: lagebild.notes };
}

/** Main-text extraction of lagebild and readability on one data folder (format detected). */
export async function extract(task: ExtractTask, onProgress?: ProgressCallback): Promise<ExtractReport> {
  if (detectExtractFormat(task.data) === undefined) {
    throw new DataError(`${task.data}: not an extraction data set (no evaldata.json or ground-truth.json)`);
  }
  const lagebild = await loadLagebildExtractors();
  return evaluateExtraction(
    task.data,
    datasetName(task.data, false),
    { ...lagebild.systems, readability },
    {
      ...(task.limit !== undefined ? { limit: task.limit } : {}),
      notes: lagebild.notes,
      ...(onProgress !== undefined ? { onProgress } : {}),
    },
  );
}

/** Story clustering on pooled Multi-News (.jsonl) or MMDS2025 (.json), or a folder holding one. */
export function clusterEval(path: string, onProgress?: ProgressCallback): ClusterReport {
  const data = loadClusterData(path);
  return evaluateClustering(data, datasetNameOf(data.file), {}, onProgress);
}

/** Pearson of the clusterer's pair similarity with SemEval-2022 task 8 gold. */
export function similarityEval(path: string): SimilarityReport {
  return evaluateSimilarity(loadPairs(path), datasetNameOf(path));
}
