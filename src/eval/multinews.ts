/**
 * Multi-News (Fabbri et al. 2019) summarisation evaluation: the JSONL loader, the systems, and the scoring
 * loop. Every system's output is cut to the same word budget and scored with the same ROUGE scorer.
 *
 * For ROUGE-Lsum the reference is put one sentence per line (split like the documents) and every system
 * writes one sentence per line; ROUGE-1/2/L do not see line breaks.
 */
import {
  first3,
  lead,
  lexrank,
  oracle,
  random,
  textrank,
  truncateWords,
  type BaselineOptions,
} from './baselines.js';
import { meanScores, RougeScorer, snowballStemmer, type RougeOptions, type RougeScores } from './rouge.js';
import { DataError, readDataFile } from './errors.js';
import { breakSentences } from './sentences.js';

export { DataError } from './errors.js';

export { first3, lead, lexrank, oracle, random, textrank, truncateWords } from './baselines.js';

export interface Cluster {
  readonly id: string;
  readonly documents: readonly string[];
  readonly summary: string;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** Parses Multi-News JSONL (`{"id", "documents": [str], "summary"}` per line). Throws `DataError` on bad input. */
export function parseClusters(text: string, file = 'input'): Cluster[] {
  const clusters: Cluster[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new DataError(`${file}:${i + 1}: not valid JSON (${(error as Error).message})`);
    }
    const record = value as { id?: unknown; documents?: unknown; summary?: unknown } | null;
    if (
      record === null ||
      typeof record !== 'object' ||
      !isStringArray(record.documents) ||
      typeof record.summary !== 'string'
    ) {
      throw new DataError(`${file}:${i + 1}: expected {"id", "documents": [string], "summary": string}`);
    }
    const id =
      typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : `line-${i + 1}`;
    clusters.push({ id, documents: record.documents, summary: record.summary });
  }
  return clusters;
}

/** The clusters of a Multi-News JSONL file; `DataError` when it holds none (an empty file scores nothing). */
export function loadClusters(file: string): Cluster[] {
  const clusters = parseClusters(readDataFile(file), file);
  if (clusters.length === 0)
    throw new DataError(`${file}: no clusters (expected one {"id", "documents", "summary"} per line)`);
  return clusters;
}

/** A summariser under test: one cluster and a word budget in, summary text out (one sentence per line). */
export type SummarySystem = (cluster: Cluster, words: number) => string;

export interface SystemsOptions {
  readonly language?: string;
}

/** The baselines, in table order (`lagebild` is added by the caller when available). */
export function baselineSystems(options: SystemsOptions = {}): Record<string, SummarySystem> {
  const b: BaselineOptions = { language: options.language ?? 'en' };
  return {
    lead: (c, w) => lead(c.documents, w, b),
    first3: (c, w) => first3(c.documents, w, b),
    textrank: (c, w) => textrank(c.documents, w, b),
    lexrank: (c, w) => lexrank(c.documents, w, b),
    random: (c, w) => random(c.documents, w, b),
    oracle: (c, w) => oracle(c.documents, w, c.summary, b),
  };
}

export interface SystemResult {
  readonly scores: RougeScores;
  /** Clusters where the system threw (scored as empty output). */
  readonly failures: number;
  readonly seconds: number;
  readonly note?: string;
}

export interface SummarizeReport {
  readonly task: 'summarize';
  readonly dataset: string;
  readonly n: number;
  readonly words: number;
  /** How ROUGE tokenised and stemmed, in words. */
  readonly scorer: string;
  readonly systems: Record<string, SystemResult>;
}

export interface SummarizeRunOptions {
  readonly words?: number;
  readonly language?: string;
  readonly rouge?: RougeOptions;
  /** Called after each cluster × system (for progress). */
  readonly onProgress?: (done: number, total: number) => void;
  /** Called with each system output (for `--out`). */
  readonly onOutput?: (system: string, id: string, summary: string) => void;
}

/** The reference, one sentence per line (for ROUGE-Lsum); every word kept. */
export function referenceLines(summary: string, language = 'en'): string {
  return breakSentences(summary, language);
}

export function describeScorer(options: RougeOptions): string {
  const stem = options.stem ?? true;
  if ((options.mode ?? 'en') === 'en') {
    return `rouge-score 0.1.2 tokenisation${stem ? ', Porter stemming' : ', no stemming'}`;
  }
  const language = options.language ?? 'en';
  const stemmer =
    stem && snowballStemmer(language) !== undefined ? `Snowball stemming (${language})` : 'no stemming';
  return `multilingual tokenisation (letters of every script), ${stemmer}`;
}

export function evaluateSummaries(
  clusters: readonly Cluster[],
  systems: Readonly<Record<string, SummarySystem>>,
  dataset: string,
  options: SummarizeRunOptions = {},
): SummarizeReport {
  const words = options.words ?? 250;
  const language = options.language ?? 'en';
  const rouge: RougeOptions = options.rouge ?? { mode: language === 'en' ? 'en' : 'multilingual', language };
  const scorer = new RougeScorer(rouge);
  const names = Object.keys(systems);
  const perSystem = new Map<string, { scores: RougeScores[]; failures: number; ms: number }>(
    names.map((n) => [n, { scores: [], failures: 0, ms: 0 }]),
  );
  const total = clusters.length * names.length;
  let done = 0;
  for (const cluster of clusters) {
    const reference = referenceLines(cluster.summary, language);
    for (const name of names) {
      const entry = perSystem.get(name)!;
      const started = performance.now();
      let summary = '';
      try {
        summary = truncateWords(systems[name]!(cluster, words), words);
      } catch {
        entry.failures++;
      }
      entry.ms += performance.now() - started;
      options.onOutput?.(name, cluster.id, summary);
      entry.scores.push(scorer.score(reference, summary));
      options.onProgress?.(++done, total);
    }
  }
  const result: Record<string, SystemResult> = {};
  for (const [name, entry] of perSystem) {
    result[name] = { scores: meanScores(entry.scores), failures: entry.failures, seconds: entry.ms / 1000 };
  }
  return {
    task: 'summarize',
    dataset,
    n: clusters.length,
    words,
    scorer: describeScorer(rouge),
    systems: result,
  };
}
